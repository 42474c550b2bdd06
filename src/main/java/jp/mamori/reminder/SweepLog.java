package jp.mamori.reminder;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sweep's own records, each statement committed at once: a sweep that dies leaves a
 * RUNNING row behind, which is exactly what an administrator needs to see.
 */
@Component
class SweepLog {

    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final JdbcTemplate jdbc;

    SweepLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long start(LocalDate sweepDate, SweepTrigger trigger, Instant startedAt) {
        return jdbc.queryForObject("""
                insert into reminder_sweep (sweep_date, trigger, node, started_at, status)
                values (?, ?, ?, ?, 'RUNNING') returning id
                """, Long.class, sweepDate, trigger.name(), NODE, Timestamp.from(startedAt));
    }

    void complete(long id, SweepCounts counts, Instant finishedAt) {
        finish(id, SweepStatus.COMPLETED, counts, finishedAt, null);
    }

    void fail(long id, SweepCounts counts, Instant finishedAt, Throwable cause) {
        String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        finish(id, SweepStatus.FAILED, counts, finishedAt, error.length() > 1000 ? error.substring(0, 1000) : error);
    }

    private void finish(long id, SweepStatus status, SweepCounts counts, Instant finishedAt, String error) {
        jdbc.update("""
                update reminder_sweep set status = ?, finished_at = ?, obligations = ?, candidates = ?, created = ?, error = ?
                where id = ?
                """, status.name(), Timestamp.from(finishedAt), counts.obligations(), counts.candidates(), counts.created(),
                error, id);
    }

    /** When the latest sweep that ran to its end started. */
    Optional<Instant> lastCompletedStart() {
        Timestamp last = jdbc.queryForObject("select max(started_at) from reminder_sweep where status = 'COMPLETED'",
                Timestamp.class);
        return Optional.ofNullable(last).map(Timestamp::toInstant);
    }
}
