package jp.mamori.safeguard;

import java.time.LocalDate;
import java.util.stream.Stream;
import jp.mamori.reminder.Obligation;
import jp.mamori.reminder.ObligationSource;
import jp.mamori.reminder.Severity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Open follow-ups of unmet items, due on their due date, owed by their owner. */
@Component
class SafeguardFollowUpObligations implements ObligationSource {

    static final String KIND = "safeguard.followUp";

    private final FollowUpRepository followUps;

    SafeguardFollowUpObligations(FollowUpRepository followUps) {
        this.followUps = followUps;
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<Obligation> openObligationsDueBy(LocalDate horizon) {
        return followUps.findOpen().stream()
                .filter(f -> !f.getDueDate().isAfter(horizon))
                .map(f -> new Obligation(KIND, String.valueOf(f.getId()),
                        f.getAnswer().getItem().getCode() + " " + f.getAnswer().getDepartment().getName(),
                        f.getOwner().getId(), f.getAnswer().getDepartment().getId(), f.getDueDate(),
                        SafeguardCheckObligations.LINK,
                        f.getAnswer().getItem().getRequirement() == Requirement.MANDATORY ? Severity.HIGH : Severity.NORMAL))
                .toList().stream();
    }
}
