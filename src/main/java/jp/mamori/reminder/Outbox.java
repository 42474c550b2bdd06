package jp.mamori.reminder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mail outbox in SQL. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so two
 * dispatchers never send the same mail, and a dispatcher that dies releases its claim with
 * its transaction.
 */
@Component
class Outbox {

    private static final String PENDING_MAIL = """
            select d.notification_id, d.recipient_id, d.attempts, n.kind, n.subject, n.due_date, n.stage, n.link,
                   n.severity, n.recipient_role
            from notification_delivery d join notification n on n.id = d.notification_id
            """;

    private final JdbcTemplate jdbc;

    Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A notification to be mailed, with what the mail says. */
    record PendingMail(long notificationId, long recipientId, int attempts, String kind, String subject,
                       LocalDate dueDate, Stage stage, String link, Severity severity, RecipientRole role) {
    }

    /**
     * Makes the held digest rows of everybody who has not had today's digest yet sendable, and
     * marks them as served for today: one digest per person per day, whichever node sweeps.
     */
    int releaseDigests(LocalDate today, Instant now) {
        return jdbc.update("""
                with released as (
                    update notification_preference set last_digest_on = ?
                    where daily_digest and (last_digest_on is null or last_digest_on < ?)
                    returning user_id
                )
                update notification_delivery d set next_attempt_at = ?
                from released r
                where d.recipient_id = r.user_id and d.status = 'PENDING' and d.digest and d.next_attempt_at is null
                """, today, today, utc(now));
    }

    int markNotConfigured(Instant now, String reason) {
        return jdbc.update("""
                update notification_delivery set status = 'NOT_CONFIGURED', last_attempt_at = ?, last_error = ?,
                       next_attempt_at = null
                where status = 'PENDING' and next_attempt_at <= ?
                """, utc(now), reason, utc(now));
    }

    /** Single mails due now; call inside a transaction, which holds the claim. */
    List<PendingMail> claimSingles(Instant now, int limit) {
        return jdbc.query(PENDING_MAIL + """
                where d.status = 'PENDING' and not d.digest and d.next_attempt_at <= ?
                order by d.next_attempt_at
                limit ?
                for update of d skip locked
                """, Outbox::pendingMail, utc(now), limit);
    }

    List<Long> digestRecipientsDue(Instant now, int limit) {
        return jdbc.queryForList("""
                select distinct recipient_id from notification_delivery
                where status = 'PENDING' and digest and next_attempt_at <= ?
                limit ?
                """, Long.class, utc(now), limit);
    }

    /**
     * A person's whole due digest, claimed through their preference row so that one digest
     * is never split between two dispatchers; empty when someone else holds it.
     */
    List<PendingMail> claimDigest(long recipientId, Instant now) {
        List<Long> locked = jdbc.queryForList(
                "select user_id from notification_preference where user_id = ? for update skip locked", Long.class,
                recipientId);
        if (locked.isEmpty()) {
            return List.of();
        }
        return jdbc.query(PENDING_MAIL + """
                where d.recipient_id = ? and d.status = 'PENDING' and d.digest and d.next_attempt_at <= ?
                order by n.due_date, n.id
                for update of d
                """, Outbox::pendingMail, recipientId, utc(now));
    }

    void markSent(List<Long> notificationIds, Instant now) {
        jdbc.batchUpdate("""
                update notification_delivery set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_attempt_at = ?,
                       last_error = null, next_attempt_at = null
                where notification_id = ?
                """, notificationIds, 500, (ps, id) -> {
            ps.setObject(1, utc(now));
            ps.setObject(2, utc(now));
            ps.setLong(3, id);
        });
    }

    void markNoAddress(long notificationId, Instant now, String reason) {
        jdbc.update("""
                update notification_delivery set status = 'NO_ADDRESS', attempts = attempts + 1, last_attempt_at = ?,
                       last_error = ?, next_attempt_at = null
                where notification_id = ?
                """, utc(now), reason, notificationId);
    }

    /** Records a failed attempt: pending again at {@code retryAt}, or failed for good when it is null. */
    void markAttemptFailed(long notificationId, Instant now, String error, Instant retryAt) {
        jdbc.update("""
                update notification_delivery set status = ?, attempts = attempts + 1, last_attempt_at = ?, last_error = ?,
                       next_attempt_at = ?
                where notification_id = ?
                """, retryAt == null ? DeliveryStatus.FAILED.name() : DeliveryStatus.PENDING.name(), utc(now),
                truncate(error), retryAt == null ? null : utc(retryAt), notificationId);
    }

    int retry(long notificationId, Instant now) {
        return jdbc.update("""
                update notification_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?, last_error = null
                where notification_id = ? and status in ('FAILED', 'NOT_CONFIGURED', 'NO_ADDRESS')
                """, utc(now), notificationId);
    }

    int retryAllProblems(Instant now) {
        return jdbc.update("""
                update notification_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?, last_error = null
                where status in ('FAILED', 'NOT_CONFIGURED', 'NO_ADDRESS')
                """, utc(now));
    }

    /** Someone turned the digest off: what waits for their digest goes out as single mails. */
    int releaseHeldAsSingles(long recipientId, Instant now) {
        return jdbc.update("""
                update notification_delivery set digest = false, next_attempt_at = coalesce(next_attempt_at, ?)
                where recipient_id = ? and status = 'PENDING' and digest
                """, utc(now), recipientId);
    }

    private static PendingMail pendingMail(ResultSet rs, int row) throws SQLException {
        return new PendingMail(rs.getLong("notification_id"), rs.getLong("recipient_id"), rs.getInt("attempts"),
                rs.getString("kind"), rs.getString("subject"), rs.getObject("due_date", LocalDate.class),
                Stage.parse(rs.getString("stage")), rs.getString("link"), Severity.valueOf(rs.getString("severity")),
                RecipientRole.valueOf(rs.getString("recipient_role")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
