package jp.mamori.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.mamori.shared.RuleViolation;

/**
 * A pack being built in the background: how far it is, and the zip once it is done (or why it
 * failed). The zip lives in a temporary file until {@link #discard()}.
 */
public final class PackBuild {

    public enum State { RUNNING, DONE, FAILED }

    private final ReportPeriod period;
    private volatile double progress;
    private volatile State state = State.RUNNING;
    private volatile Path file;
    private volatile RuleViolation failure;
    private volatile boolean discarded;

    PackBuild(ReportPeriod period) {
        this.period = period;
    }

    public ReportPeriod period() {
        return period;
    }

    /** From 0 to 1. */
    public double progress() {
        return progress;
    }

    public State state() {
        return state;
    }

    /** Why the build failed, as a translatable message; null unless {@link State#FAILED}. */
    public RuleViolation failure() {
        return failure;
    }

    public String fileName() {
        return period.packFileName("zip");
    }

    public long size() {
        try {
            return Files.size(requireDone());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InputStream open() {
        try {
            return Files.newInputStream(requireDone());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the zip, now or as soon as it is written; the person built another one or left. */
    public void discard() {
        discarded = true;
        delete(file);
        file = null;
    }

    void progressed(double value) {
        progress = Math.max(progress, Math.min(1.0, value));
    }

    void finished(Path zip) {
        file = zip;
        progress = 1.0;
        state = State.DONE;
        if (discarded) {
            discard();
        }
    }

    void failed(RuleViolation reason) {
        failure = reason;
        state = State.FAILED;
    }

    private static void delete(Path zip) {
        if (zip != null) {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Path requireDone() {
        Path done = file;
        if (state != State.DONE || done == null) {
            throw new IllegalStateException("The pack is not ready");
        }
        return done;
    }
}
