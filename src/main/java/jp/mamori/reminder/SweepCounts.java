package jp.mamori.reminder;

import java.util.concurrent.atomic.LongAdder;

/** Running totals of a sweep, added to by the reading thread and the writers at once. */
final class SweepCounts {

    private final LongAdder obligations = new LongAdder();
    private final LongAdder candidates = new LongAdder();
    private final LongAdder created = new LongAdder();

    void obligation() {
        obligations.increment();
    }

    void candidates(int count) {
        candidates.add(count);
    }

    void created(int count) {
        created.add(count);
    }

    long obligations() {
        return obligations.sum();
    }

    long candidates() {
        return candidates.sum();
    }

    long created() {
        return created.sum();
    }
}
