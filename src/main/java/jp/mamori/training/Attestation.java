package jp.mamori.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * The signed pledge that closes a training: who, which course version, which pledge version,
 * with what score, when and from where. There is no way to change one, in this class or in
 * the database (a trigger refuses UPDATE and DELETE).
 */
@Entity
@Immutable
@Table(name = "attestation")
public class Attestation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private TrainingAssignment assignment;

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Column(name = "course_version", nullable = false)
    private int courseVersion;

    @Column(name = "submission_passed", nullable = false)
    private boolean submissionPassed;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "pledge_version", nullable = false)
    private int pledgeVersion;

    @Column(nullable = false)
    private int score;

    @Column(name = "attested_at", nullable = false)
    private Instant attestedAt;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    protected Attestation() {
    }

    Attestation(TrainingAssignment assignment, QuizSubmission submission, int pledgeVersion, Instant attestedAt,
                String clientAddress) {
        this.assignment = assignment;
        this.submissionId = submission.getId();
        this.courseVersion = submission.getCourseVersion();
        this.submissionPassed = submission.isPassed();
        this.userId = assignment.getUser().getId();
        this.courseId = assignment.getCourse().getId();
        this.pledgeVersion = pledgeVersion;
        this.score = submission.getScore();
        this.attestedAt = attestedAt;
        this.clientAddress = clientAddress;
    }

    public Long getId() {
        return id;
    }

    public TrainingAssignment getAssignment() {
        return assignment;
    }

    public long getSubmissionId() {
        return submissionId;
    }

    public int getCourseVersion() {
        return courseVersion;
    }

    public long getUserId() {
        return userId;
    }

    public long getCourseId() {
        return courseId;
    }

    public int getPledgeVersion() {
        return pledgeVersion;
    }

    public int getScore() {
        return score;
    }

    public Instant getAttestedAt() {
        return attestedAt;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
