package jp.mamori.reminder;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that must be done by a date: a yearly ledger review, a training, a consignee
 * re-evaluation, a corrective action, a breach report.
 *
 * @param kind         a stable code of the kind of obligation, e.g. {@code ledger.review};
 *                     lead times are configured per kind, and {@code reminder.kind.<kind>}
 *                     is its label key
 * @param subjectKey   a stable identity of the record within its kind, e.g. the entry's id;
 *                     (kind, subjectKey, dueDate, stage) identifies a notification
 * @param subject      what the person sees, e.g. the ledger entry's name
 * @param responsibleUserId who must act (may be null when only a department is responsible)
 * @param departmentId the responsible department, for escalation to its manager (may be null)
 * @param dueDate      the day it is due
 * @param link         the route of the record in the UI, e.g. {@code ledger/42}
 * @param severity     how serious missing it is
 */
public record Obligation(String kind, String subjectKey, String subject, Long responsibleUserId, Long departmentId,
                         LocalDate dueDate, String link, Severity severity) {

    public Obligation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(severity, "severity");
    }
}
