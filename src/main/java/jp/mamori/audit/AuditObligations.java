package jp.mamori.audit;

import java.time.LocalDate;
import java.util.stream.Stream;
import jp.mamori.reminder.Obligation;
import jp.mamori.reminder.ObligationSource;
import jp.mamori.reminder.Severity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A planned audit is owed by its lead auditor on its planned date, until its report is issued. */
@Component
class AuditObligations implements ObligationSource {

    static final String KIND = "audit.planned";

    private final AuditRepository audits;

    AuditObligations(AuditRepository audits) {
        this.audits = audits;
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<Obligation> openObligationsDueBy(LocalDate horizon) {
        return audits.findUnreportedPlannedBy(horizon).stream()
                .map(audit -> new Obligation(KIND, String.valueOf(audit.getId()), audit.subject(),
                        audit.getLeadAuditor().getId(),
                        audit.getDepartments().size() == 1 ? audit.getDepartments().iterator().next().getId() : null,
                        audit.getPlannedDate(), "audits/" + audit.getId(), Severity.NORMAL))
                .toList().stream();
    }
}
