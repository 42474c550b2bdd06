package jp.mamori.safeguard;

import java.time.LocalDate;

/**
 * An answer to a check item. For "not met", the follow-up's owner, due date and description
 * may be given; otherwise the item's owner (or the checker) and the default delay apply.
 */
public record AnswerValues(CheckResult result, String naReason, String comment, Long followUpOwnerId,
                           LocalDate followUpDueDate, String followUpDescription) {

    public static AnswerValues of(CheckResult result, String naReason, String comment) {
        return new AnswerValues(result, naReason, comment, null, null, null);
    }
}
