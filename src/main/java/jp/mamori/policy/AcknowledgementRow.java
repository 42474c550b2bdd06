package jp.mamori.policy;

import java.time.Instant;

/** One active worker and when (if at all) they acknowledged a version. */
public record AcknowledgementRow(long userId, String displayName, String department, Instant acknowledgedAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
