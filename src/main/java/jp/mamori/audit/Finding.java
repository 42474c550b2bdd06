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
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** What an auditor found: graded, tied to the clause it concerns, its evidence and the department. */
@Entity
@Table(name = "audit_finding")
@Audited
public class Finding extends VersionedEntity implements HistoryLabel {

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audit_id", nullable = false)
    private Audit audit;

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checklist_item_id")
    private ChecklistItem checklistItem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private FindingGrade grade;

    @Column(name = "clause_ref", nullable = false, length = 200)
    private String clauseRef;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(nullable = false, length = 4000)
    private String evidence;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FindingStatus status = FindingStatus.OPEN;

    @NotAudited
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by_id", nullable = false)
    private UserAccount recordedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closing_note", length = 2000)
    private String closingNote;

    protected Finding() {
    }

    Finding(Audit audit, ChecklistItem checklistItem, UserAccount recordedBy, Instant recordedAt) {
        this.audit = audit;
        this.checklistItem = checklistItem;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void describe(FindingGrade grade, String clauseRef, String description, String evidence, Department department) {
        this.grade = grade;
        this.clauseRef = clauseRef;
        this.description = description;
        this.evidence = evidence;
        this.department = department;
    }

    void correctionStarted() {
        this.status = FindingStatus.IN_CORRECTION;
    }

    void close(String note, Instant at) {
        this.status = FindingStatus.CLOSED;
        this.closingNote = note;
        this.closedAt = at;
    }

    public Audit getAudit() {
        return audit;
    }

    public ChecklistItem getChecklistItem() {
        return checklistItem;
    }

    public FindingGrade getGrade() {
        return grade;
    }

    public String getClauseRef() {
        return clauseRef;
    }

    public String getDescription() {
        return description;
    }

    public String getEvidence() {
        return evidence;
    }

    public Department getDepartment() {
        return department;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public UserAccount getRecordedBy() {
        return recordedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosingNote() {
        return closingNote;
    }

    /** "F-12", the reference auditors and departments quote. */
    public String reference() {
        return "F-" + getId();
    }

    @Override
    public String historyLabel() {
        return reference();
    }
}
