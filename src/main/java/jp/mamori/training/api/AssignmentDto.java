package jp.mamori.training.api;

import java.time.Instant;
import java.time.LocalDate;
import jp.mamori.training.AssignmentOrigin;
import jp.mamori.training.AssignmentStatus;
import jp.mamori.training.TrainingAssignment;

/** An assignment as the API shows it. */
public record AssignmentDto(long id, long version, long courseId, String courseTitle, long userId, String userName,
                            Long departmentId, String cycle, AssignmentOrigin origin, LocalDate assignedOn,
                            LocalDate dueOn, AssignmentStatus status, int attemptsUsed, int attemptsLeft,
                            Integer bestScore, Instant completedAt, String exemptionReason) {

    static AssignmentDto of(TrainingAssignment assignment) {
        var user = assignment.getUser();
        return new AssignmentDto(assignment.getId(), assignment.getVersion(), assignment.getCourse().getId(),
                assignment.getCourse().getTitle(), user.getId(), user.getDisplayName(),
                user.getDepartment() == null ? null : user.getDepartment().getId(), assignment.getCycle(),
                assignment.getOrigin(), assignment.getAssignedOn(), assignment.getDueOn(), assignment.getStatus(),
                assignment.getAttemptsUsed(), assignment.attemptsLeft(), assignment.getBestScore(),
                assignment.getCompletedAt(), assignment.getExemptionReason());
    }
}
