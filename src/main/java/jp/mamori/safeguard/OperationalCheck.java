package jp.mamori.safeguard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.persistence.VersionedEntity;

/**
 * An operational check (運用の確認) of one department: the items due in the periods containing
 * {@code asOf}, for its checker to answer.
 */
@Entity
@Table(name = "operational_check")
public class OperationalCheck extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checker_id", nullable = false)
    private UserAccount checker;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected OperationalCheck() {
    }

    OperationalCheck(Department department, UserAccount checker, LocalDate asOf, Instant createdAt, String createdBy) {
        this.department = department;
        this.checker = checker;
        this.asOf = asOf;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Department getDepartment() {
        return department;
    }

    public UserAccount getChecker() {
        return checker;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
