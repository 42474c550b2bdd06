package jp.mamori.audit.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.mamori.audit.Audit;
import jp.mamori.audit.AuditKind;
import jp.mamori.audit.AuditPlan;
import jp.mamori.audit.AuditStatus;
import jp.mamori.audit.ChecklistAnswer;
import jp.mamori.audit.ChecklistItem;
import jp.mamori.audit.ChecklistSource;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;

/** The records the audit API reads and writes. */
final class AuditDtos {

    private AuditDtos() {
    }

    record AuditRequest(Long version,
                        @NotNull(message = "{validation.required}") AuditKind kind,
                        @Size(max = 200, message = "{validation.maxLength}") String processName,
                        Set<Long> departmentIds,
                        @NotNull(message = "{validation.required}") LocalDate plannedDate,
                        @NotNull(message = "{validation.required}") Long leadAuditorId,
                        Set<Long> auditorIds,
                        @Size(max = 2000, message = "{validation.maxLength}") String scope,
                        @Size(max = 2000, message = "{validation.maxLength}") String criteria) {

        AuditPlan plan() {
            return new AuditPlan(kind, processName, departmentIds, plannedDate, leadAuditorId, auditorIds, scope, criteria);
        }
    }

    record AuditDto(long id, long version, int fiscalYear, AuditKind kind, String processName, String subject,
                    List<Long> departmentIds, LocalDate plannedDate, long leadAuditorId, String leadAuditor,
                    List<Long> auditorIds, String scope, String criteria, AuditStatus status, LocalDate conductedOn,
                    String conclusion, Instant reportedAt, String reportedBy, Instant acknowledgedAt,
                    String acknowledgedBy, String acknowledgementComment, String cancelledReason,
                    List<ChecklistItemDto> checklist, List<FindingDtos.FindingDto> findings) {

        static AuditDto of(Audit audit, List<ChecklistItem> checklist, List<FindingDtos.FindingDto> findings) {
            return new AuditDto(audit.getId(), audit.getVersion(), audit.getFiscalYear(), audit.getKind(),
                    audit.getProcessName(), audit.subject(),
                    audit.getDepartments().stream().map(Department::getId).sorted().toList(), audit.getPlannedDate(),
                    audit.getLeadAuditor().getId(), audit.getLeadAuditor().getDisplayName(),
                    audit.getAuditors().stream().map(UserAccount::getId).sorted().toList(), audit.getScope(),
                    audit.getCriteria(), audit.getStatus(), audit.getConductedOn(), audit.getConclusion(),
                    audit.getReportedAt(), name(audit.getReportedBy()), audit.getAcknowledgedAt(),
                    name(audit.getAcknowledgedBy()), audit.getAcknowledgementComment(), audit.getCancelledReason(),
                    checklist == null ? null : checklist.stream().map(ChecklistItemDto::of).toList(), findings);
        }
    }

    record ChecklistItemDto(long id, long version, ChecklistSource source, String safeguardCode, String clauseRef,
                            String question, ChecklistAnswer answer, String notes, String evidence, String answeredBy,
                            Instant answeredAt) {

        static ChecklistItemDto of(ChecklistItem item) {
            return new ChecklistItemDto(item.getId(), item.getVersion(), item.getSource(), item.getSafeguardCode(),
                    item.getClauseRef(), item.getQuestion(), item.getAnswer(), item.getNotes(), item.getEvidence(),
                    name(item.getAnsweredBy()), item.getAnsweredAt());
        }
    }

    record ClauseRequest(@Size(max = 200, message = "{validation.maxLength}") String clauseRef,
                         @Size(max = 2000, message = "{validation.maxLength}") String question) {
    }

    record ChecklistAddition(List<String> safeguardCodes, List<ClauseRequest> clauses) {
    }

    record ChecklistAnswerRequest(Long version,
                                  @NotNull(message = "{validation.required}") ChecklistAnswer answer,
                                  @Size(max = 2000, message = "{validation.maxLength}") String notes,
                                  @Size(max = 2000, message = "{validation.maxLength}") String evidence) {
    }

    record ReportRequest(Long version, LocalDate conductedOn,
                         @Size(max = 4000, message = "{validation.maxLength}") String conclusion) {
    }

    record AcknowledgementRequest(Long version, @Size(max = 2000, message = "{validation.maxLength}") String comment) {
    }

    record CancellationRequest(Long version, @Size(max = 1000, message = "{validation.maxLength}") String reason) {
    }

    static String name(UserAccount user) {
        return user == null ? null : user.getDisplayName();
    }
}
