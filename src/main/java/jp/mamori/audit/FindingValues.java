package jp.mamori.audit;

import java.time.LocalDate;

/**
 * A finding as the auditor records it. For a nonconformity, the owner and due date of its
 * corrective action may be given; by default the department's manager, within the usual days.
 */
public record FindingValues(Long checklistItemId, FindingGrade grade, String clauseRef, String description,
                            String evidence, Long departmentId, Long actionOwnerId, LocalDate actionDueDate) {
}
