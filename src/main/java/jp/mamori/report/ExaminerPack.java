package jp.mamori.report;

import com.vaadin.flow.internal.CurrentInstance;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import jp.mamori.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Builds the examiner pack from every contributed {@link ExaminerPackPart}: on the caller's
 * thread for the API, or in the background for the UI, which follows the {@link PackBuild}.
 * Background builds run as the person who asked, so every part applies that person's rights;
 * they take turns, so that two builds never compete for the machine's few cores.
 */
@Service
public class ExaminerPack {

    static final String BUILDERS = "hasRole('PRIVACY_MANAGER')";

    private static final Logger LOG = LoggerFactory.getLogger(ExaminerPack.class);

    private final List<ExaminerPackPart> parts;
    private final PackAssembler assembler;
    private final Semaphore turns = new Semaphore(1, true);

    ExaminerPack(List<ExaminerPackPart> parts, PackAssembler assembler) {
        this.parts = List.copyOf(parts);
        this.assembler = assembler;
    }

    /** The parts in pack order, as the contents list them. */
    @PreAuthorize(BUILDERS)
    public List<ExaminerPackPart> parts() {
        return parts.stream().sorted(Comparator.comparingInt(ExaminerPackPart::order)).toList();
    }

    /** Writes the zip for the period to {@code out}, on the caller's thread. */
    @PreAuthorize(BUILDERS)
    public void write(ReportPeriod period, Locale locale, OutputStream out) {
        inTurn(() -> assembler.assemble(parts, period, locale, out, progress -> { }));
    }

    /** Starts building in the background and returns at once. */
    @PreAuthorize(BUILDERS)
    public PackBuild start(ReportPeriod period, Locale locale) {
        return start(parts, period, locale);
    }

    /** The same with chosen parts; tests use it to see how a failing part is reported. */
    PackBuild start(List<ExaminerPackPart> chosen, ReportPeriod period, Locale locale) {
        Authentication requester = SecurityContextHolder.getContext().getAuthentication();
        PackBuild build = new PackBuild(period);
        Thread.ofVirtual().name("examiner-pack").start(() -> {
            CurrentInstance.clearAll();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(requester);
            SecurityContextHolder.setContext(context);
            try {
                Path zip = Files.createTempFile("examiner-pack", ".zip");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip))) {
                    inTurn(() -> assembler.assemble(chosen, period, locale, out, build::progressed));
                } catch (RuntimeException | IOException e) {
                    Files.deleteIfExists(zip);
                    throw e;
                }
                build.finished(zip);
            } catch (RuleViolation e) {
                build.failed(e);
            } catch (RuntimeException | IOException e) {
                LOG.error("Examiner pack for {} failed", period, e);
                build.failed(new RuleViolation("report.error.failed", e.getMessage() == null
                        ? e.getClass().getSimpleName() : e.getMessage()));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        return build;
    }

    private void inTurn(Runnable work) {
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("Interrupted while waiting to build the pack", e));
        }
        try {
            work.run();
        } finally {
            turns.release();
        }
    }
}
