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

/** An answered comprehension test: which answers, the score, pass or fail. Never changed. */
@Entity
@Immutable
@Table(name = "quiz_submission")
public class QuizSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private TrainingAssignment assignment;

    @Column(nullable = false)
    private int attempt;

    @Column(name = "course_version", nullable = false)
    private int courseVersion;

    /** The chosen answers as {@code questionId:choice,choice;…}, in the order they were shown. */
    @Column(nullable = false, columnDefinition = "text")
    private String answers;

    @Column(name = "correct_count", nullable = false)
    private int correctCount;

    @Column(name = "question_count", nullable = false)
    private int questionCount;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    protected QuizSubmission() {
    }

    QuizSubmission(TrainingAssignment assignment, int attempt, int courseVersion, String answers, int correctCount,
                   int questionCount, int score, boolean passed, Instant submittedAt, String clientAddress) {
        this.assignment = assignment;
        this.attempt = attempt;
        this.courseVersion = courseVersion;
        this.answers = answers;
        this.correctCount = correctCount;
        this.questionCount = questionCount;
        this.score = score;
        this.passed = passed;
        this.submittedAt = submittedAt;
        this.clientAddress = clientAddress;
    }

    public Long getId() {
        return id;
    }

    public TrainingAssignment getAssignment() {
        return assignment;
    }

    public int getAttempt() {
        return attempt;
    }

    public int getCourseVersion() {
        return courseVersion;
    }

    public String getAnswers() {
        return answers;
    }

    public int getCorrectCount() {
        return correctCount;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public int getScore() {
        return score;
    }

    public boolean isPassed() {
        return passed;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
