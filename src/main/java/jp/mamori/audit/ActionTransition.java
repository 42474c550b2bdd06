package jp.mamori.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import jp.mamori.organisation.UserAccount;
import org.hibernate.annotations.Immutable;

/**
 * One step of a corrective action's timeline: from which step to which, who, when, with what
 * comment and what the step recorded. Written once; the database refuses any change.
 */
@Entity
@Immutable
@Table(name = "corrective_action_transition")
public class ActionTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id", nullable = false, updatable = false)
    private CorrectiveAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 24, updatable = false)
    private CorrectiveActionStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 24, updatable = false)
    private CorrectiveActionStatus to;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id", updatable = false)
    private UserAccount actor;

    @Column(name = "actor_name", nullable = false, length = 100, updatable = false)
    private String actorName;

    @Column(length = 2000, updatable = false)
    private String comment;

    @Column(length = 4000, updatable = false)
    private String detail;

    @Column(name = "due_date", updatable = false)
    private LocalDate dueDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", updatable = false)
    private UserAccount owner;

    protected ActionTransition() {
    }

    ActionTransition(CorrectiveAction action, CorrectiveActionStatus from, CorrectiveActionStatus to, Instant actedAt,
                     UserAccount actor, String actorName, String comment, String detail, LocalDate dueDate,
                     UserAccount owner) {
        this.action = action;
        this.from = from;
        this.to = to;
        this.actedAt = actedAt;
        this.actor = actor;
        this.actorName = actorName;
        this.comment = comment;
        this.detail = detail;
        this.dueDate = dueDate;
        this.owner = owner;
    }

    public Long getId() {
        return id;
    }

    public CorrectiveAction getAction() {
        return action;
    }

    /** Null for the row that raised the action. */
    public CorrectiveActionStatus getFrom() {
        return from;
    }

    public CorrectiveActionStatus getTo() {
        return to;
    }

    public Instant getActedAt() {
        return actedAt;
    }

    public UserAccount getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public String getComment() {
        return comment;
    }

    public String getDetail() {
        return detail;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public UserAccount getOwner() {
        return owner;
    }
}
