package jp.mamori.audit.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import jp.mamori.audit.CorrectiveActionStatus;
import jp.mamori.audit.Finding;
import jp.mamori.audit.FindingGrade;
import jp.mamori.audit.FindingService;
import jp.mamori.audit.FindingStatus;
import jp.mamori.audit.FindingValues;

/** The records the findings API reads and writes. */
final class FindingDtos {

    private FindingDtos() {
    }

    record FindingRequest(@NotNull(message = "{validation.required}") Long auditId,
                          Long checklistItemId,
                          @NotNull(message = "{validation.required}") FindingGrade grade,
                          @Size(max = 200, message = "{validation.maxLength}") String clauseRef,
                          @Size(max = 4000, message = "{validation.maxLength}") String description,
                          @Size(max = 4000, message = "{validation.maxLength}") String evidence,
                          Long departmentId,
                          Long actionOwnerId,
                          LocalDate actionDueDate) {

        FindingValues values() {
            return new FindingValues(checklistItemId, grade, clauseRef, description, evidence, departmentId,
                    actionOwnerId, actionDueDate);
        }
    }

    record FindingDto(long id, long version, String reference, long auditId, Long checklistItemId, FindingGrade grade,
                      String clauseRef, String description, String evidence, long departmentId, String department,
                      FindingStatus status, Instant recordedAt, String recordedBy, Instant closedAt,
                      String closingNote, Long correctiveActionId, CorrectiveActionStatus correctiveActionStatus,
                      LocalDate correctiveActionDueDate) {

        static FindingDto of(FindingService.Entry entry) {
            Finding finding = entry.finding();
            return new FindingDto(finding.getId(), finding.getVersion(), finding.reference(),
                    finding.getAudit().getId(),
                    finding.getChecklistItem() == null ? null : finding.getChecklistItem().getId(), finding.getGrade(),
                    finding.getClauseRef(), finding.getDescription(), finding.getEvidence(),
                    finding.getDepartment().getId(), finding.getDepartment().getName(), finding.getStatus(),
                    finding.getRecordedAt(), AuditDtos.name(finding.getRecordedBy()), finding.getClosedAt(),
                    finding.getClosingNote(), entry.action() == null ? null : entry.action().getId(),
                    entry.action() == null ? null : entry.action().getStatus(),
                    entry.action() == null ? null : entry.action().getDueDate());
        }
    }

    record ClosureRequest(Long version, @Size(max = 2000, message = "{validation.maxLength}") String note) {
    }
}
