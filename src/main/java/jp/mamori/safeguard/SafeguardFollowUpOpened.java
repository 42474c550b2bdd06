package jp.mamori.safeguard;

import java.time.LocalDate;

/**
 * A "not met" answer opened a follow-up. Published so that the audit module can adopt it as a
 * corrective action once it exists.
 */
public record SafeguardFollowUpOpened(long followUpId, String itemCode, String clauseRef, long departmentId,
                                      long ownerId, LocalDate dueDate, String description) {
}
