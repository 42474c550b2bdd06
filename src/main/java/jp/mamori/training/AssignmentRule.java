package jp.mamori.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.mamori.organisation.Department;
import jp.mamori.shared.history.HistoryLabel;
import jp.mamori.shared.persistence.VersionedEntity;
import jp.mamori.shared.security.Role;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** Who must take a course: everyone, a department, holders of a role, or new hires within N days. */
@Entity
@Table(name = "assignment_rule")
@Audited
public class AssignmentRule extends VersionedEntity implements HistoryLabel {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RuleScope scope;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Role role;

    @Column(name = "within_days")
    private Integer withinDays;

    protected AssignmentRule() {
    }

    AssignmentRule(Course course, RuleScope scope, Department department, Role role, Integer withinDays) {
        this.course = course;
        this.scope = scope;
        this.department = scope == RuleScope.DEPARTMENT ? department : null;
        this.role = scope == RuleScope.ROLE ? role : null;
        this.withinDays = scope == RuleScope.NEW_HIRES ? withinDays : null;
    }

    public Course getCourse() {
        return course;
    }

    public RuleScope getScope() {
        return scope;
    }

    public Department getDepartment() {
        return department;
    }

    public Role getRole() {
        return role;
    }

    public Integer getWithinDays() {
        return withinDays;
    }

    @Override
    public String historyLabel() {
        return course.getTitle() + " / " + scope;
    }
}
