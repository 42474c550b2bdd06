package jp.mamori.reminder;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * A feature's contribution to the reminder engine. Implement it as a Spring bean; the sweep
 * asks every source for its open obligations.
 */
public interface ObligationSource {

    /**
     * Every obligation that is still open (not done) and due on or before {@code horizon},
     * overdue ones included. A completed obligation simply stops being returned. The stream is
     * consumed inside a read-only transaction and closed by the caller.
     */
    Stream<Obligation> openObligationsDueBy(LocalDate horizon);
}
