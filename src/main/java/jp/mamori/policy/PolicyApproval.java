package jp.mamori.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** Top management's recorded decision on a version: who, when, approved or returned, and why. Never changed. */
@Entity
@Immutable
@Table(name = "policy_approval")
public class PolicyApproval {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApprovalDecision decision;

    @Column(name = "decided_by_id", nullable = false)
    private long decidedById;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(length = 2000)
    private String comment;

    protected PolicyApproval() {
    }

    PolicyApproval(long versionId, ApprovalDecision decision, long decidedById, String decidedBy, Instant decidedAt,
                   String comment) {
        this.versionId = versionId;
        this.decision = decision;
        this.decidedById = decidedById;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public long getVersionId() {
        return versionId;
    }

    public ApprovalDecision getDecision() {
        return decision;
    }

    public long getDecidedById() {
        return decidedById;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getComment() {
        return comment;
    }
}
