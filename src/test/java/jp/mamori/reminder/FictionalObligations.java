package jp.mamori.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A made-up feature's obligations, set by each test. It can also die half-way through a sweep
 * the way a killed process does: with an {@link Error} that nothing in the sweep handles.
 */
public class FictionalObligations implements ObligationSource {

    /** Stands for the process being killed: unlike an exception, the sweep does not survive it. */
    public static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash");
        }
    }

    private volatile List<Obligation> obligations = List.of();
    private volatile int crashAfter = -1;

    public void set(List<Obligation> obligations) {
        this.obligations = List.copyOf(obligations);
        this.crashAfter = -1;
    }

    public void crashAfter(int count) {
        this.crashAfter = count;
    }

    public void clear() {
        set(List.of());
    }

    @Override
    public Stream<Obligation> openObligationsDueBy(LocalDate horizon) {
        Stream<Obligation> open = obligations.stream().filter(o -> !o.dueDate().isAfter(horizon));
        int limit = crashAfter;
        if (limit < 0) {
            return open;
        }
        AtomicInteger seen = new AtomicInteger();
        return open.peek(o -> {
            if (seen.incrementAndGet() > limit) {
                throw new SimulatedCrash();
            }
        });
    }
}
