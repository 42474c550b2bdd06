package jp.mamori.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** The record of one sweep, written by the sweep itself outside any transaction so that a crash leaves a trace. */
@Entity
@Immutable
@Table(name = "reminder_sweep")
public class SweepRun {

    @Id
    private Long id;

    @Column(name = "sweep_date", nullable = false)
    private LocalDate sweepDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SweepTrigger trigger;

    @Column(length = 200)
    private String node;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SweepStatus status;

    @Column(nullable = false)
    private long obligations;

    @Column(nullable = false)
    private long candidates;

    @Column(nullable = false)
    private long created;

    @Column(length = 1000)
    private String error;

    protected SweepRun() {
    }

    public Long getId() {
        return id;
    }

    public LocalDate getSweepDate() {
        return sweepDate;
    }

    public SweepTrigger getTrigger() {
        return trigger;
    }

    public String getNode() {
        return node;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public SweepStatus getStatus() {
        return status;
    }

    public long getObligations() {
        return obligations;
    }

    public long getCandidates() {
        return candidates;
    }

    public long getCreated() {
        return created;
    }

    public String getError() {
        return error;
    }

    public Duration duration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }
}
