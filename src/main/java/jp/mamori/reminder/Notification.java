package jp.mamori.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One reminder to one person about one stage of one obligation. Created only by the sweep
 * (idempotently, in SQL); the recipient marks it read.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String kind;

    @Column(name = "subject_key", nullable = false, length = 128)
    private String subjectKey;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false, length = 16)
    private String stage;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_role", nullable = false, length = 24)
    private RecipientRole recipientRole;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(length = 500)
    private String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Severity severity;

    @Column(name = "fire_date", nullable = false)
    private LocalDate fireDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sweep_id")
    private Long sweepId;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Stage getStage() {
        return Stage.parse(stage);
    }

    public long getRecipientId() {
        return recipientId;
    }

    public RecipientRole getRecipientRole() {
        return recipientRole;
    }

    public String getSubject() {
        return subject;
    }

    public String getLink() {
        return link;
    }

    public Severity getSeverity() {
        return severity;
    }

    public LocalDate getFireDate() {
        return fireDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getSweepId() {
        return sweepId;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    void markRead(Instant when) {
        if (readAt == null) {
            readAt = when;
        }
    }
}
