package jp.mamori.reminder;

import java.time.Duration;
import java.time.LocalDate;

/**
 * What a sweep did: obligations read from the sources, candidate notifications (one per
 * recipient of each obligation's latest stage) and those newly created; the rest existed.
 */
public record SweepResult(long sweepId, LocalDate sweepDate, long obligations, long candidates, long created,
                          Duration duration) {
}
