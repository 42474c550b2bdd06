package jp.mamori.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.StaleRecordException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators run and tune: the schedule, lead times, sweeps and the mail delivery log. */
@Service
public class ReminderAdminService {

    private static final String KIND_PATTERN = "[a-z0-9][a-z0-9._-]{0,63}";

    private final ReminderScheduleRepository schedules;
    private final LeadTimeRepository leadTimes;
    private final SweepRunRepository sweeps;
    private final DeliveryRepository deliveries;
    private final NotificationRepository notifications;
    private final SweepScheduler scheduler;
    private final ReminderSweeper sweeper;
    private final MailDispatcher dispatcher;
    private final Outbox outbox;
    private final Clock clock;

    ReminderAdminService(ReminderScheduleRepository schedules, LeadTimeRepository leadTimes, SweepRunRepository sweeps,
                         DeliveryRepository deliveries, NotificationRepository notifications, SweepScheduler scheduler,
                         ReminderSweeper sweeper, MailDispatcher dispatcher, Outbox outbox, Clock clock) {
        this.schedules = schedules;
        this.leadTimes = leadTimes;
        this.sweeps = sweeps;
        this.deliveries = deliveries;
        this.notifications = notifications;
        this.scheduler = scheduler;
        this.sweeper = sweeper;
        this.dispatcher = dispatcher;
        this.outbox = outbox;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public ReminderSchedule schedule() {
        return schedules.findFirstByOrderByIdAsc().orElseThrow();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<Instant> nextSweep() {
        return scheduler.nextSweep();
    }

    /** Changes when the sweep runs (a Quartz cron expression, Tokyo time); every node follows. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ReminderSchedule changeSchedule(String cron, long expectedVersion) {
        if (!SweepScheduler.isValid(cron)) {
            throw RuleViolation.onField("cron", "reminder.schedule.invalid");
        }
        ReminderSchedule schedule = schedules.findFirstByOrderByIdAsc().orElseThrow();
        StaleRecordException.check(schedule, expectedVersion);
        schedule.setSweepCron(cron.strip());
        ReminderSchedule saved = schedules.saveAndFlush(schedule);
        scheduler.apply(saved.getSweepCron());
        return saved;
    }

    /** Runs a sweep now, in the caller's thread, and tells what it did. */
    @PreAuthorize("hasRole('ADMIN')")
    public SweepResult sweepNow() {
        return sweeper.sweep(SweepTrigger.MANUAL);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<LeadTime> leadTimes() {
        return leadTimes.findAllByOrderByKindAsc();
    }

    /** Creates or changes a kind's lead times; {@code id} null creates. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public LeadTime saveLeadTime(Long id, Long expectedVersion, String kind, String daysBefore, int overdueEveryDays) {
        List<Integer> days = LeadTimes.parseDays(daysBefore, "daysBefore");
        if (overdueEveryDays < 1 || overdueEveryDays > LeadTimes.MAX_OVERDUE_EVERY) {
            throw RuleViolation.onField("overdueEveryDays", "reminder.leadTime.invalidEvery", LeadTimes.MAX_OVERDUE_EVERY);
        }
        LeadTimes values = new LeadTimes(days, overdueEveryDays);
        if (id != null) {
            LeadTime existing = leadTimes.findById(id).orElseThrow();
            if (expectedVersion != null) {
                StaleRecordException.check(existing, expectedVersion);
            }
            existing.apply(values);
            return leadTimes.saveAndFlush(existing);
        }
        String code = kind == null ? "" : kind.strip();
        if (!code.matches(KIND_PATTERN)) {
            throw RuleViolation.onField("kind", "reminder.leadTime.invalidKind");
        }
        if (leadTimes.findByKind(code).isPresent()) {
            throw RuleViolation.onField("kind", "reminder.leadTime.kindTaken", code);
        }
        return leadTimes.saveAndFlush(new LeadTime(code, values));
    }

    /** Removes a kind's own lead times, so that the default applies again. The default stays. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deleteLeadTime(long id) {
        LeadTime leadTime = leadTimes.findById(id).orElseThrow();
        if (leadTime.isDefault()) {
            throw new RuleViolation("reminder.leadTime.defaultStays");
        }
        leadTimes.delete(leadTime);
    }

    /** Kinds with lead times of their own or with notifications, for choosing a kind to configure. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> knownKinds() {
        Set<String> kinds = new TreeSet<>(notifications.allKinds());
        leadTimes.findAll().forEach(leadTime -> kinds.add(leadTime.getKind()));
        kinds.remove(LeadTime.DEFAULT_KIND);
        return List.copyOf(kinds);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<SweepRun> sweeps(Pageable pageable) {
        return sweeps.findAll(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "startedAt")));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long sweepCount() {
        return sweeps.count();
    }

    /** The delivery log, newest first; only failures, missing configuration and missing addresses when asked. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<NotificationDelivery> deliveries(boolean problemsOnly, Pageable pageable) {
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "notificationId"));
        return problemsOnly ? deliveries.findProblems(newestFirst) : deliveries.findAllWithNotification(newestFirst);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long deliveryCount(boolean problemsOnly) {
        return problemsOnly ? deliveries.countProblems() : deliveries.count();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public boolean mailConfigured() {
        return dispatcher.isMailConfigured();
    }

    /** Sends a failed or unsent mail again at the next dispatch. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean retry(long notificationId) {
        return outbox.retry(notificationId, clock.instant()) == 1;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int retryAllProblems() {
        return outbox.retryAllProblems(clock.instant());
    }
}
