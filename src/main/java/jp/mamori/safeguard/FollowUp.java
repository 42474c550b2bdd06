package jp.mamori.safeguard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * What must be done about an item found not met: an owner, a due date and whether it is done.
 * Becomes a corrective action once the internal-audit module adopts it.
 */
@Entity
@Table(name = "safeguard_follow_up")
@Audited
public class FollowUp extends VersionedEntity implements HistoryLabel {

    @NotAudited
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "answer_id", nullable = false, unique = true)
    private CheckAnswer answer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private UserAccount owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private FollowUpStatus status = FollowUpStatus.OPEN;

    @Column(nullable = false, length = 2000)
    private String description;

    @NotAudited
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_note", length = 2000)
    private String doneNote;

    protected FollowUp() {
    }

    FollowUp(CheckAnswer answer, UserAccount owner, LocalDate dueDate, String description, Instant openedAt) {
        this.answer = answer;
        this.owner = owner;
        this.dueDate = dueDate;
        this.description = description;
        this.openedAt = openedAt;
    }

    void reopen(UserAccount owner, LocalDate dueDate, String description) {
        this.owner = owner;
        this.dueDate = dueDate;
        this.description = description;
        this.status = FollowUpStatus.OPEN;
        this.doneAt = null;
        this.doneNote = null;
    }

    void complete(String note, Instant at) {
        this.status = FollowUpStatus.DONE;
        this.doneNote = note;
        this.doneAt = at;
    }

    public CheckAnswer getAnswer() {
        return answer;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public String getDescription() {
        return description;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneNote() {
        return doneNote;
    }

    @Override
    public String historyLabel() {
        return answer.getItem().getCode();
    }
}
