package jp.mamori.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A worker's acknowledgement that they read a published version. Never changed (a trigger refuses it). */
@Entity
@Immutable
@Table(name = "policy_acknowledgement")
public class Acknowledgement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "acknowledged_at", nullable = false)
    private Instant acknowledgedAt;

    protected Acknowledgement() {
    }

    Acknowledgement(long versionId, long userId, Instant acknowledgedAt) {
        this.versionId = versionId;
        this.userId = userId;
        this.acknowledgedAt = acknowledgedAt;
    }

    public Long getId() {
        return id;
    }

    public long getVersionId() {
        return versionId;
    }

    public long getUserId() {
        return userId;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
