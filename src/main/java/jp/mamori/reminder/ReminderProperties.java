package jp.mamori.reminder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the reminder engine ({@code mamori.reminder.*}). The schedule and lead times are
 * data, edited by administrators; these are operational knobs.
 *
 * @param chunkSize          notifications written per statement and commit during a sweep
 * @param writers            connections writing chunks in parallel during a sweep
 * @param catchUpOnStart     run a sweep at start when the last scheduled one was missed
 * @param mailInterval       how often the outbox is dispatched
 * @param mailBatchSize      mails claimed per transaction
 * @param mailMaxAttempts    attempts before a mail is marked failed
 * @param mailFirstRetry     back-off after the first failure, doubled after each further one
 * @param mailMaxRetry       the longest back-off
 * @param linkBaseUrl        the application's address, to turn record links into URLs in mails
 */
@ConfigurationProperties("mamori.reminder")
public record ReminderProperties(
        @DefaultValue("5000") int chunkSize,
        @DefaultValue("2") int writers,
        @DefaultValue("true") boolean catchUpOnStart,
        @DefaultValue("30s") Duration mailInterval,
        @DefaultValue("50") int mailBatchSize,
        @DefaultValue("8") int mailMaxAttempts,
        @DefaultValue("1m") Duration mailFirstRetry,
        @DefaultValue("6h") Duration mailMaxRetry,
        @DefaultValue("http://localhost:8080") String linkBaseUrl) {

    /** The pause before attempt {@code failedAttempts + 1}. */
    public Duration backOff(int failedAttempts) {
        Duration delay = mailFirstRetry.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return delay.compareTo(mailMaxRetry) > 0 ? mailMaxRetry : delay;
    }
}
