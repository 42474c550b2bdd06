package jp.mamori.audit;

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
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.reminder.Severity;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A corrective action (是正処置): what was corrected at once, why it happened, the plan with
 * its owner and due date, what was done and whether it proved effective. The state changes
 * only through {@link CorrectiveActionService#transition}; every change is also kept as an
 * {@link ActionTransition}.
 */
@Entity
@Table(name = "corrective_action")
@Audited
public class CorrectiveAction extends VersionedEntity implements HistoryLabel {

    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ActionSource source;

    @NotAudited
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "finding_id", unique = true)
    private Finding finding;

    @NotAudited
    @Column(name = "follow_up_id")
    private Long followUpId;

    @NotAudited
    @Column(name = "incident_id")
    private Long incidentId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "clause_ref", length = 200)
    private String clauseRef;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private UserAccount owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private CorrectiveActionStatus status = CorrectiveActionStatus.IMMEDIATE_CORRECTION;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "immediate_correction", length = 4000)
    private String immediateCorrection;

    @Column(name = "root_cause", length = 4000)
    private String rootCause;

    @Column(length = 4000)
    private String plan;

    @Column(length = 4000)
    private String implementation;

    @Column(name = "implemented_at")
    private Instant implementedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "implemented_by_id")
    private UserAccount implementedBy;

    @Column(length = 4000)
    private String verification;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "verified_by_id")
    private UserAccount verifiedBy;

    @NotAudited
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @NotAudited
    @Column(name = "raised_by", nullable = false, length = 64)
    private String raisedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected CorrectiveAction() {
    }

    CorrectiveAction(ActionSource source, String title, String description, String clauseRef, Department department,
                     UserAccount owner, LocalDate dueDate, Instant raisedAt, String raisedBy) {
        this.source = source;
        this.title = title;
        this.description = description;
        this.clauseRef = clauseRef;
        this.department = department;
        this.owner = owner;
        this.dueDate = dueDate;
        this.raisedAt = raisedAt;
        this.raisedBy = raisedBy;
    }

    void linkFinding(Finding finding) {
        this.finding = finding;
    }

    void linkFollowUp(long followUpId) {
        this.followUpId = followUpId;
    }

    void linkIncident(Long incidentId) {
        this.incidentId = incidentId;
    }

    void recordImmediateCorrection(String text) {
        this.immediateCorrection = text;
    }

    void recordRootCause(String text) {
        this.rootCause = text;
    }

    void recordPlan(String text, UserAccount owner, LocalDate dueDate) {
        this.plan = text;
        this.owner = owner;
        this.dueDate = dueDate;
    }

    void recordImplementation(String text, UserAccount by, Instant at) {
        this.implementation = text;
        this.implementedBy = by;
        this.implementedAt = at;
    }

    void recordVerification(String text, UserAccount by, Instant at, boolean effective) {
        this.verification = text;
        this.verifiedBy = by;
        this.verifiedAt = at;
        this.closedAt = effective ? at : null;
    }

    void moveTo(CorrectiveActionStatus status) {
        this.status = status;
    }

    public ActionSource getSource() {
        return source;
    }

    public Finding getFinding() {
        return finding;
    }

    public Long getFollowUpId() {
        return followUpId;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getClauseRef() {
        return clauseRef;
    }

    public Department getDepartment() {
        return department;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public CorrectiveActionStatus getStatus() {
        return status;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getImmediateCorrection() {
        return immediateCorrection;
    }

    public String getRootCause() {
        return rootCause;
    }

    public String getPlan() {
        return plan;
    }

    public String getImplementation() {
        return implementation;
    }

    public Instant getImplementedAt() {
        return implementedAt;
    }

    public UserAccount getImplementedBy() {
        return implementedBy;
    }

    public String getVerification() {
        return verification;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public UserAccount getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isClosed() {
        return status == CorrectiveActionStatus.CLOSED;
    }

    /** Overdue when its due date has passed and it is not implemented yet. */
    public boolean isOverdue(LocalDate today) {
        return status.isBeforeImplementation() && dueDate.isBefore(today);
    }

    /** A major nonconformity and an incident are urgent; anything else is normal. */
    public Severity severity() {
        if (source == ActionSource.INCIDENT) {
            return Severity.HIGH;
        }
        return finding == null ? Severity.NORMAL : finding.getGrade().severity();
    }

    /** "CA-7", the reference people quote. */
    public String reference() {
        return "CA-" + getId();
    }

    @Override
    public String historyLabel() {
        return reference() + " " + title;
    }
}
