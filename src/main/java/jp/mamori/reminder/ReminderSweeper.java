package jp.mamori.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.mamori.shared.time.JapaneseDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sweep: asks every {@link ObligationSource} for its open obligations, works out each
 * one's latest stage due today and its recipients, and creates the notifications that do not
 * exist yet. Running it twice, on two nodes at once, or again after a crash creates each
 * notification exactly once; the database's identity constraint guarantees it.
 */
@Service
public class ReminderSweeper {

    private static final Logger log = LoggerFactory.getLogger(ReminderSweeper.class);
    private static final int SUBJECT_LENGTH = 500;

    private final List<ObligationSource> sources;
    private final RecipientDirectory directory;
    private final LeadTimeRepository leadTimes;
    private final NotificationWriter writer;
    private final SweepLog sweepLog;
    private final Outbox outbox;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    ReminderSweeper(List<ObligationSource> sources, RecipientDirectory directory, LeadTimeRepository leadTimes,
                    NotificationWriter writer, SweepLog sweepLog, Outbox outbox,
                    PlatformTransactionManager transactions, Clock clock) {
        this.sources = sources;
        this.directory = directory;
        this.leadTimes = leadTimes;
        this.writer = writer;
        this.sweepLog = sweepLog;
        this.outbox = outbox;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Sweeps for today (Tokyo). A source that fails does not stop the others; the sweep is then
     * recorded as failed and the failure rethrown, and the next sweep makes up for it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public SweepResult sweep(SweepTrigger trigger) {
        long startNanos = System.nanoTime();
        Instant started = clock.instant();
        LocalDate today = LocalDate.ofInstant(started, JapaneseDates.TOKYO);
        long sweepId = sweepLog.start(today, trigger, started);
        SweepCounts counts = new SweepCounts();
        List<RuntimeException> failures = new ArrayList<>();
        try (NotificationWriter.Batch batch = writer.open(sweepId, clock, counts)) {
            Plan plan = new Plan(today, leadTimesByKind(), new Addressing(directory), batch, counts);
            LocalDate horizon = today.plusDays(plan.longestLead);
            for (ObligationSource source : sources) {
                try {
                    readOnly.executeWithoutResult(status -> {
                        try (Stream<Obligation> obligations = source.openObligationsDueBy(horizon)) {
                            obligations.forEach(plan::add);
                        }
                    });
                } catch (RuntimeException e) {
                    log.error("Obligation source {} failed during sweep {}", source.getClass().getName(), sweepId, e);
                    failures.add(e);
                }
            }
            batch.flush();
        } catch (RuntimeException e) {
            sweepLog.fail(sweepId, counts, clock.instant(), e);
            throw e;
        }
        if (!failures.isEmpty()) {
            sweepLog.fail(sweepId, counts, clock.instant(), failures.getFirst());
            throw failures.getFirst();
        }
        outbox.releaseDigests(today, clock.instant());
        sweepLog.complete(sweepId, counts, clock.instant());
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        log.info("Sweep {} for {} ({}): {} obligations, {} candidates, {} new notifications in {} ms", sweepId, today,
                trigger, counts.obligations(), counts.candidates(), counts.created(), took.toMillis());
        return new SweepResult(sweepId, today, counts.obligations(), counts.candidates(), counts.created(), took);
    }

    private Map<String, LeadTimes> leadTimesByKind() {
        Map<String, LeadTimes> byKind = new HashMap<>();
        leadTimes.findAll().forEach(leadTime -> byKind.put(leadTime.getKind(), leadTime.leadTimes()));
        byKind.putIfAbsent(LeadTime.DEFAULT_KIND, LeadTimes.DEFAULT);
        return byKind;
    }

    /** Turns obligations into candidate rows for one sweep date. */
    private static final class Plan {

        private final LocalDate today;
        private final Map<String, LeadTimes> byKind;
        private final LeadTimes fallback;
        private final Addressing addressing;
        private final NotificationWriter.Batch batch;
        private final SweepCounts counts;
        private final int longestLead;

        Plan(LocalDate today, Map<String, LeadTimes> byKind, Addressing addressing, NotificationWriter.Batch batch,
             SweepCounts counts) {
            this.today = today;
            this.byKind = byKind;
            this.fallback = byKind.get(LeadTime.DEFAULT_KIND);
            this.addressing = addressing;
            this.batch = batch;
            this.counts = counts;
            this.longestLead = byKind.values().stream().mapToInt(LeadTimes::longestLead).max().orElse(0);
        }

        void add(Obligation obligation) {
            counts.obligation();
            if (obligation.kind().length() > 64 || obligation.subjectKey().length() > 128) {
                log.warn("Obligation {}/{} skipped: kind or subject key too long", obligation.kind(), obligation.subjectKey());
                return;
            }
            LeadTimes leadTimes = byKind.getOrDefault(obligation.kind(), fallback);
            Stage stage = leadTimes.latestStage(obligation.dueDate(), today);
            if (stage == null) {
                return;
            }
            String code = stage.code();
            LocalDate fireDate = stage.fireDate(obligation.dueDate(), leadTimes.overdueEveryDays());
            String subject = obligation.subject().length() > SUBJECT_LENGTH
                    ? obligation.subject().substring(0, SUBJECT_LENGTH) : obligation.subject();
            String link = obligation.link() != null && obligation.link().length() > SUBJECT_LENGTH ? null : obligation.link();
            addressing.address(obligation, stage, (recipient, role) -> batch.add(new NotificationWriter.Row(
                    obligation.kind(), obligation.subjectKey(), obligation.dueDate(), code, recipient, role, subject, link,
                    obligation.severity(), fireDate)));
        }
    }
}
