package jp.mamori.audit.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.mamori.audit.ActionSource;
import jp.mamori.audit.ActionTransition;
import jp.mamori.audit.CorrectiveAction;
import jp.mamori.audit.CorrectiveActionStatus;
import jp.mamori.audit.RaiseRequest;
import jp.mamori.audit.TransitionRequest;

/** The records the corrective-action API reads and writes. */
final class ActionDtos {

    private ActionDtos() {
    }

    record RaiseBody(@NotNull(message = "{validation.required}") ActionSource source,
                     Long incidentId,
                     @Size(max = 300, message = "{validation.maxLength}") String title,
                     @Size(max = 4000, message = "{validation.maxLength}") String description,
                     @Size(max = 200, message = "{validation.maxLength}") String clauseRef,
                     Long departmentId,
                     @NotNull(message = "{validation.required}") Long ownerId,
                     LocalDate dueDate) {

        RaiseRequest request() {
            return new RaiseRequest(source, incidentId, title, description, clauseRef, departmentId, ownerId, dueDate);
        }
    }

    /** {@code to} is the step to move to; the other fields are what the step being left produced. */
    record TransitionBody(@NotNull(message = "{validation.required}") CorrectiveActionStatus to,
                          Long version,
                          @Size(max = 2000, message = "{validation.maxLength}") String comment,
                          @Size(max = 4000, message = "{validation.maxLength}") String immediateCorrection,
                          @Size(max = 4000, message = "{validation.maxLength}") String rootCause,
                          @Size(max = 4000, message = "{validation.maxLength}") String plan,
                          Long ownerId,
                          LocalDate dueDate,
                          @Size(max = 4000, message = "{validation.maxLength}") String implementation,
                          @Size(max = 4000, message = "{validation.maxLength}") String verification) {

        TransitionRequest request() {
            return new TransitionRequest(to, version, comment, immediateCorrection, rootCause, plan, ownerId, dueDate,
                    implementation, verification);
        }
    }

    record TransitionDto(long id, CorrectiveActionStatus from, CorrectiveActionStatus to, Instant actedAt,
                         String actor, String comment, String detail, LocalDate dueDate, Long ownerId) {

        static TransitionDto of(ActionTransition transition) {
            return new TransitionDto(transition.getId(), transition.getFrom(), transition.getTo(),
                    transition.getActedAt(), transition.getActorName(), transition.getComment(),
                    transition.getDetail(), transition.getDueDate(),
                    transition.getOwner() == null ? null : transition.getOwner().getId());
        }
    }

    record ActionDto(long id, long version, String reference, ActionSource source, Long findingId, Long followUpId,
                     Long incidentId, String title, String description, String clauseRef, Long departmentId,
                     String department, long ownerId, String owner, CorrectiveActionStatus status,
                     Set<CorrectiveActionStatus> nextSteps, LocalDate dueDate, boolean overdue,
                     String immediateCorrection, String rootCause, String plan, String implementation,
                     Instant implementedAt, String implementedBy, String verification, Instant verifiedAt,
                     String verifiedBy, Instant raisedAt, String raisedBy, Instant closedAt,
                     List<TransitionDto> timeline) {

        static ActionDto of(CorrectiveAction action, LocalDate today, List<ActionTransition> timeline) {
            return new ActionDto(action.getId(), action.getVersion(), action.reference(), action.getSource(),
                    action.getFinding() == null ? null : action.getFinding().getId(), action.getFollowUpId(),
                    action.getIncidentId(), action.getTitle(), action.getDescription(), action.getClauseRef(),
                    action.getDepartment() == null ? null : action.getDepartment().getId(),
                    action.getDepartment() == null ? null : action.getDepartment().getName(),
                    action.getOwner().getId(), action.getOwner().getDisplayName(), action.getStatus(),
                    action.getStatus().next(), action.getDueDate(), action.isOverdue(today),
                    action.getImmediateCorrection(), action.getRootCause(), action.getPlan(),
                    action.getImplementation(), action.getImplementedAt(), AuditDtos.name(action.getImplementedBy()),
                    action.getVerification(), action.getVerifiedAt(), AuditDtos.name(action.getVerifiedBy()),
                    action.getRaisedAt(), action.getRaisedBy(), action.getClosedAt(),
                    timeline == null ? null : timeline.stream().map(TransitionDto::of).toList());
        }
    }

    record Adopted(int adopted) {
    }
}
