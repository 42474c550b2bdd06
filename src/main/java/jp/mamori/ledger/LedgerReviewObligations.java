package jp.mamori.ledger;

import java.time.LocalDate;
import java.util.stream.Stream;
import jp.mamori.reminder.Obligation;
import jp.mamori.reminder.ObligationSource;
import jp.mamori.reminder.Severity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every entry in force must be reviewed by its next review date: the owner is reminded, the
 * department's manager hears of it when it is overdue. Special-care and My Number entries
 * weigh more.
 */
@Component
class LedgerReviewObligations implements ObligationSource {

    static final String KIND = "ledger.review";

    /** An entry whose review is due, as the query reads it. */
    record Due(Long id, String reference, String name, Long ownerId, Long departmentId, LocalDate nextReviewDate,
               Boolean specialCare, Boolean myNumber) {
    }

    private final LedgerEntryRepository entries;

    LedgerReviewObligations(LedgerEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<Obligation> openObligationsDueBy(LocalDate horizon) {
        return entries.findReviewsDueBy(horizon).stream().map(due -> new Obligation(KIND, String.valueOf(due.id()),
                due.reference() + " " + due.name(), due.ownerId(), due.departmentId(), due.nextReviewDate(),
                "ledger/" + due.id(),
                Boolean.TRUE.equals(due.specialCare()) || Boolean.TRUE.equals(due.myNumber()) ? Severity.HIGH
                        : Severity.NORMAL));
    }
}
