package jp.mamori.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.mamori.organisation.OrganisationProfile;
import jp.mamori.organisation.OrganisationService;
import jp.mamori.reminder.Obligation;
import jp.mamori.reminder.ObligationSource;
import jp.mamori.reminder.Severity;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A corrective action is owed by its owner on its due date until it is implemented; then its
 * effectiveness must be verified within the configured days, by the privacy manager unless
 * they own the action. Overdue ones escalate through the department.
 */
@Component
class CorrectiveActionObligations implements ObligationSource {

    static final String DUE = "corrective-action.due";
    static final String VERIFICATION = "corrective-action.verification";

    private final CorrectiveActionRepository actions;
    private final OrganisationService organisation;
    private final AuditSettings settings;

    CorrectiveActionObligations(CorrectiveActionRepository actions, OrganisationService organisation,
                                AuditSettings settings) {
        this.actions = actions;
        this.organisation = organisation;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<Obligation> openObligationsDueBy(LocalDate horizon) {
        Long privacyManagerId = organisation.profile().map(OrganisationProfile::getPrivacyManager)
                .map(manager -> manager.getId()).orElse(null);
        List<Obligation> owed = new ArrayList<>();
        for (CorrectiveAction action : actions.findRunning()) {
            Long departmentId = action.getDepartment() == null ? null : action.getDepartment().getId();
            String subject = action.reference() + " " + action.getTitle();
            if (action.getStatus().isBeforeImplementation()) {
                if (!action.getDueDate().isAfter(horizon)) {
                    owed.add(new Obligation(DUE, String.valueOf(action.getId()), subject, action.getOwner().getId(),
                            departmentId, action.getDueDate(), link(action), action.severity()));
                }
            } else if (action.getStatus() == CorrectiveActionStatus.VERIFICATION) {
                LocalDate due = action.getImplementedAt().atZone(JapaneseDates.TOKYO).toLocalDate()
                        .plusDays(settings.verificationDays());
                Long verifier = privacyManagerId != null && !privacyManagerId.equals(action.getOwner().getId())
                        ? privacyManagerId : null;
                if (!due.isAfter(horizon)) {
                    owed.add(new Obligation(VERIFICATION, String.valueOf(action.getId()), subject, verifier,
                            departmentId, due, link(action), Severity.NORMAL));
                }
            }
        }
        return owed.stream();
    }

    private static String link(CorrectiveAction action) {
        return "corrective-actions/" + action.getId();
    }
}
