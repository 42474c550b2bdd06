package jp.mamori.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

/**
 * One audit of the programme: a department, or a process across departments, on a planned
 * date, by a lead auditor and a team; its report and the audited department's acknowledgement.
 */
@Entity
@Table(name = "audit")
@Audited
public class Audit extends VersionedEntity implements HistoryLabel {

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuditKind kind = AuditKind.DEPARTMENT;

    @Column(name = "process_name", length = 200)
    private String processName;

    @ManyToMany(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @JoinTable(name = "audit_department", joinColumns = @JoinColumn(name = "audit_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> departments = new HashSet<>();

    @Column(name = "planned_date", nullable = false)
    private LocalDate plannedDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_auditor_id", nullable = false)
    private UserAccount leadAuditor;

    @ManyToMany(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @JoinTable(name = "audit_auditor", joinColumns = @JoinColumn(name = "audit_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> auditors = new HashSet<>();

    @Column(length = 2000)
    private String scope;

    @Column(length = 2000)
    private String criteria;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuditStatus status = AuditStatus.PLANNED;

    @Column(name = "conducted_on")
    private LocalDate conductedOn;

    @Column(length = 4000)
    private String conclusion;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reported_by_id")
    private UserAccount reportedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "acknowledged_by_id")
    private UserAccount acknowledgedBy;

    @Column(name = "acknowledgement_comment", length = 2000)
    private String acknowledgementComment;

    @Column(name = "cancelled_reason", length = 1000)
    private String cancelledReason;

    void plan(int fiscalYear, AuditKind kind, String processName, Set<Department> departments, LocalDate plannedDate,
              UserAccount leadAuditor, Set<UserAccount> auditors, String scope, String criteria) {
        this.fiscalYear = fiscalYear;
        this.kind = kind;
        this.processName = kind == AuditKind.PROCESS ? processName : null;
        this.departments = new HashSet<>(departments);
        this.plannedDate = plannedDate;
        this.leadAuditor = leadAuditor;
        this.auditors = new HashSet<>(auditors);
        this.auditors.remove(leadAuditor);
        this.scope = scope;
        this.criteria = criteria;
    }

    void start(LocalDate day) {
        if (status == AuditStatus.PLANNED) {
            status = AuditStatus.IN_PROGRESS;
            conductedOn = day;
        }
    }

    void report(LocalDate conductedOn, String conclusion, UserAccount by, Instant at) {
        this.conductedOn = conductedOn;
        this.conclusion = conclusion;
        this.reportedBy = by;
        this.reportedAt = at;
        this.status = AuditStatus.REPORTED;
    }

    void acknowledge(UserAccount by, Instant at, String comment) {
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
        this.acknowledgementComment = comment;
        this.status = AuditStatus.ACKNOWLEDGED;
    }

    void cancel(String reason) {
        this.cancelledReason = reason;
        this.status = AuditStatus.CANCELLED;
    }

    /** The lead auditor first, then the team. */
    public Set<UserAccount> team() {
        Set<UserAccount> team = new LinkedHashSet<>();
        team.add(leadAuditor);
        auditors.stream().sorted(Comparator.comparing(UserAccount::getDisplayName)).forEach(team::add);
        return team;
    }

    public boolean isTeamMember(long userId) {
        return team().stream().anyMatch(member -> member.getId() == userId);
    }

    /** Whether the person manages one of the audited departments. */
    public boolean isManagedBy(long userId) {
        return departments.stream().anyMatch(d -> d.getManager() != null && d.getManager().getId() == userId);
    }

    /** What is audited, as people name it: the department, or the process and its departments. */
    public String subject() {
        String names = departments.stream().map(Department::getName).sorted().collect(Collectors.joining("、"));
        return kind == AuditKind.PROCESS ? processName + "（" + names + "）" : names;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public AuditKind getKind() {
        return kind;
    }

    public String getProcessName() {
        return processName;
    }

    public Set<Department> getDepartments() {
        return departments;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public UserAccount getLeadAuditor() {
        return leadAuditor;
    }

    public Set<UserAccount> getAuditors() {
        return auditors;
    }

    public String getScope() {
        return scope;
    }

    public String getCriteria() {
        return criteria;
    }

    public AuditStatus getStatus() {
        return status;
    }

    public LocalDate getConductedOn() {
        return conductedOn;
    }

    public String getConclusion() {
        return conclusion;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public UserAccount getReportedBy() {
        return reportedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public UserAccount getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public String getAcknowledgementComment() {
        return acknowledgementComment;
    }

    public String getCancelledReason() {
        return cancelledReason;
    }

    @Override
    public String historyLabel() {
        return fiscalYear + " " + subject();
    }
}
