package jp.mamori.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A question of an audit's checklist: a safeguard catalogue item or a clause of the standard,
 * copied when added so that a later catalogue edit does not rewrite what was audited.
 */
@Entity
@Table(name = "audit_checklist_item")
@Audited
public class ChecklistItem extends VersionedEntity implements HistoryLabel {

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audit_id", nullable = false)
    private Audit audit;

    @NotAudited
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ChecklistSource source;

    @NotAudited
    @Column(name = "safeguard_code", length = 40)
    private String safeguardCode;

    @NotAudited
    @Column(name = "clause_ref", length = 200)
    private String clauseRef;

    @NotAudited
    @Column(nullable = false, length = 2000)
    private String question;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ChecklistAnswer answer;

    @Column(length = 2000)
    private String notes;

    @Column(length = 2000)
    private String evidence;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "answered_by_id")
    private UserAccount answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected ChecklistItem() {
    }

    ChecklistItem(Audit audit, int sortOrder, ChecklistSource source, String safeguardCode, String clauseRef,
                  String question) {
        this.audit = audit;
        this.sortOrder = sortOrder;
        this.source = source;
        this.safeguardCode = safeguardCode;
        this.clauseRef = clauseRef;
        this.question = question;
    }

    void answer(ChecklistAnswer answer, String notes, String evidence, UserAccount by, Instant at) {
        this.answer = answer;
        this.notes = notes;
        this.evidence = evidence;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public Audit getAudit() {
        return audit;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public ChecklistSource getSource() {
        return source;
    }

    public String getSafeguardCode() {
        return safeguardCode;
    }

    public String getClauseRef() {
        return clauseRef;
    }

    public String getQuestion() {
        return question;
    }

    public ChecklistAnswer getAnswer() {
        return answer;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public String getNotes() {
        return notes;
    }

    public String getEvidence() {
        return evidence;
    }

    public UserAccount getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    /** The reference shown in lists: the catalogue code and the clause. */
    public String reference() {
        if (safeguardCode == null) {
            return clauseRef == null ? "" : clauseRef;
        }
        return clauseRef == null ? safeguardCode : safeguardCode + " / " + clauseRef;
    }

    @Override
    public String historyLabel() {
        return reference();
    }
}
