package jp.mamori.safeguard.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.safeguard.AnswerValues;
import jp.mamori.safeguard.CheckAnswer;
import jp.mamori.safeguard.CheckResult;
import jp.mamori.safeguard.FollowUp;
import jp.mamori.safeguard.FollowUpStatus;
import jp.mamori.safeguard.OperationalCheck;
import jp.mamori.safeguard.SafeguardEvidence;

/** The records the operational-check API reads and writes. */
final class CheckDtos {

    private CheckDtos() {
    }

    record CreateCheck(@NotNull(message = "{validation.required}") Long departmentId,
                       @NotNull(message = "{validation.required}") Long checkerId,
                       LocalDate asOf) {
    }

    record CheckDto(long id, long departmentId, String department, long checkerId, String checker, LocalDate asOf,
                    Instant createdAt, List<AnswerDto> answers) {

        static CheckDto of(OperationalCheck check, List<CheckAnswer> answers) {
            return new CheckDto(check.getId(), check.getDepartment().getId(), check.getDepartment().getName(),
                    check.getChecker().getId(), check.getChecker().getDisplayName(), check.getAsOf(),
                    check.getCreatedAt(), answers == null ? null : answers.stream().map(AnswerDto::of).toList());
        }
    }

    record AnswerDto(long id, long version, long checkId, String itemCode, String framework, String requirement,
                     String text, String clauseRef, long departmentId, LocalDate periodStart, LocalDate periodEnd,
                     CheckResult result, String naReason, String comment, String answeredBy, Instant answeredAt) {

        static AnswerDto of(CheckAnswer answer) {
            return new AnswerDto(answer.getId(), answer.getVersion(), answer.getCheck().getId(),
                    answer.getItem().getCode(), answer.getItem().getHeading().getFramework().getCode(),
                    answer.getItem().getRequirement().name(), answer.getItem().getTextJa(),
                    answer.getItem().getClauseRef(), answer.getDepartment().getId(), answer.getPeriod().start(),
                    answer.getPeriod().end(), answer.getResult(), answer.getNaReason(), answer.getComment(),
                    answer.getAnsweredBy() == null ? null : answer.getAnsweredBy().getUsername(), answer.getAnsweredAt());
        }
    }

    record AnswerRequest(Long version,
                         @NotNull(message = "{validation.required}") CheckResult result,
                         @Size(max = 1000, message = "{validation.maxLength}") String naReason,
                         @Size(max = 2000, message = "{validation.maxLength}") String comment,
                         Long followUpOwnerId,
                         LocalDate followUpDueDate,
                         @Size(max = 2000, message = "{validation.maxLength}") String followUpDescription) {

        AnswerValues values() {
            return new AnswerValues(result, naReason, comment, followUpOwnerId, followUpDueDate, followUpDescription);
        }
    }

    record EvidenceDto(long id, long answerId, String fileName, String contentType, long size, String sha256,
                       String uploadedBy, Instant uploadedAt) {

        static EvidenceDto of(SafeguardEvidence evidence) {
            return new EvidenceDto(evidence.getId(), evidence.getAnswer().getId(), evidence.getFileName(),
                    evidence.getContentType(), evidence.getSizeBytes(), evidence.getSha256(), evidence.getUploadedBy(),
                    evidence.getUploadedAt());
        }
    }

    record FollowUpDto(long id, long version, long answerId, String itemCode, long departmentId, long ownerId,
                       LocalDate dueDate, FollowUpStatus status, String description, String doneNote) {

        static FollowUpDto of(FollowUp followUp) {
            return new FollowUpDto(followUp.getId(), followUp.getVersion(), followUp.getAnswer().getId(),
                    followUp.getAnswer().getItem().getCode(), followUp.getAnswer().getDepartment().getId(),
                    followUp.getOwner().getId(), followUp.getDueDate(), followUp.getStatus(), followUp.getDescription(),
                    followUp.getDoneNote());
        }
    }

    record CompleteFollowUp(Long version, @Size(max = 2000, message = "{validation.maxLength}") String note) {
    }
}
