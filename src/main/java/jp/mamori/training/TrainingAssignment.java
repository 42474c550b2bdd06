package jp.mamori.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One worker's duty to take one course in one cycle: {@code FY2026} for an annual course,
 * {@code ONCE} otherwise. The unique (course, worker, cycle) makes applying rules repeatable.
 */
@Entity
@Table(name = "training_assignment")
@Audited
public class TrainingAssignment extends VersionedEntity implements HistoryLabel {

    /** The cycle of a course that is taken once (at hiring or ad hoc). */
    public static final String ONCE = "ONCE";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(nullable = false, length = 16)
    private String cycle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssignmentOrigin origin;

    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssignmentStatus status = AssignmentStatus.ASSIGNED;

    @Column(name = "attempts_used", nullable = false)
    private int attemptsUsed;

    @Column(name = "extra_attempts", nullable = false)
    private int extraAttempts;

    @Column(name = "best_score")
    private Integer bestScore;

    @Column(name = "failed_on")
    private LocalDate failedOn;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "exemption_reason", length = 500)
    private String exemptionReason;

    protected TrainingAssignment() {
    }

    TrainingAssignment(Course course, UserAccount user, String cycle, AssignmentOrigin origin, LocalDate assignedOn,
                       LocalDate dueOn) {
        this.course = course;
        this.user = user;
        this.cycle = cycle;
        this.origin = origin;
        this.assignedOn = assignedOn;
        this.dueOn = dueOn;
    }

    public Course getCourse() {
        return course;
    }

    public UserAccount getUser() {
        return user;
    }

    public String getCycle() {
        return cycle;
    }

    public AssignmentOrigin getOrigin() {
        return origin;
    }

    public LocalDate getAssignedOn() {
        return assignedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public int getAttemptsUsed() {
        return attemptsUsed;
    }

    public int getExtraAttempts() {
        return extraAttempts;
    }

    /** Attempts this worker may make in all: the course's allowance plus any granted since. */
    public int attemptsAllowed() {
        return course.getMaxAttempts() + extraAttempts;
    }

    public int attemptsLeft() {
        return Math.max(0, attemptsAllowed() - attemptsUsed);
    }

    public Integer getBestScore() {
        return bestScore;
    }

    public LocalDate getFailedOn() {
        return failedOn;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getExemptionReason() {
        return exemptionReason;
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueOn.isBefore(today);
    }

    void recordAttempt(int score, boolean passed, LocalDate today) {
        attemptsUsed++;
        bestScore = bestScore == null ? score : Math.max(bestScore, score);
        if (passed) {
            status = AssignmentStatus.PASSED;
        } else if (attemptsLeft() == 0) {
            status = AssignmentStatus.FAILED;
            failedOn = today;
        }
    }

    void complete(Instant when) {
        status = AssignmentStatus.COMPLETED;
        completedAt = when;
    }

    void exempt(String reason) {
        status = AssignmentStatus.EXEMPTED;
        exemptionReason = reason;
    }

    void grantAttempt() {
        extraAttempts++;
        if (status == AssignmentStatus.FAILED) {
            status = AssignmentStatus.ASSIGNED;
            failedOn = null;
        }
    }

    void moveDueDate(LocalDate newDueOn) {
        dueOn = newDueOn;
    }

    @Override
    public String historyLabel() {
        return course.getTitle() + " / " + user.getDisplayName() + " (" + cycle + ")";
    }
}
