package jp.mamori.reminder;

import static org.quartz.CronScheduleBuilder.cronSchedule;
import static org.quartz.SimpleScheduleBuilder.simpleSchedule;
import static org.quartz.TriggerBuilder.newTrigger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import jp.mamori.shared.time.JapaneseDates;
import org.quartz.CronExpression;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.SchedulingException;
import org.springframework.stereotype.Component;

/**
 * Keeps the clustered Quartz store in line with the reminder schedule: the sweep job on its
 * cron trigger (Tokyo time; a misfire fires once at once) and the mail dispatcher every few
 * seconds. At start it also runs a catch-up sweep when the last scheduled one was missed.
 * Each node may install the same jobs and triggers at once; only a changed trigger is replaced.
 */
@Component
class SweepScheduler {

    static final JobKey SWEEP_JOB = JobKey.jobKey("sweep", "reminder");
    static final JobKey MAIL_JOB = JobKey.jobKey("mail-dispatch", "reminder");
    static final String TRIGGER_DATA = "trigger";

    private static final TriggerKey SWEEP_TRIGGER = TriggerKey.triggerKey("sweep-schedule", "reminder");
    private static final TriggerKey MAIL_TRIGGER = TriggerKey.triggerKey("mail-dispatch", "reminder");
    private static final TimeZone TOKYO = TimeZone.getTimeZone(JapaneseDates.TOKYO);
    private static final Logger log = LoggerFactory.getLogger(SweepScheduler.class);
    /** Widening windows, so that a cron firing every second is not walked through for a whole year. */
    private static final Duration[] LOOK_BACK = {Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(8),
            Duration.ofDays(32), Duration.ofDays(367)};

    private final Scheduler scheduler;
    private final ReminderScheduleRepository schedules;
    private final SweepLog sweepLog;
    private final Clock clock;
    private final ReminderProperties properties;

    SweepScheduler(Scheduler scheduler, ReminderScheduleRepository schedules, SweepLog sweepLog, Clock clock,
                   ReminderProperties properties) {
        this.scheduler = scheduler;
        this.schedules = schedules;
        this.sweepLog = sweepLog;
        this.clock = clock;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void install() {
        try {
            scheduler.addJob(JobBuilder.newJob(SweepJob.class).withIdentity(SWEEP_JOB).storeDurably().requestRecovery()
                    .withDescription("Reminder sweep").build(), true);
            scheduler.addJob(JobBuilder.newJob(MailDispatchJob.class).withIdentity(MAIL_JOB).storeDurably()
                    .withDescription("Reminder mail dispatch").build(), true);
            apply(cron());
            installMailTrigger();
            if (properties.catchUpOnStart() && sweepMissed()) {
                log.info("The last scheduled reminder sweep was missed: sweeping now");
                scheduler.triggerJob(SWEEP_JOB, new JobDataMap(Map.of(TRIGGER_DATA, SweepTrigger.CATCH_UP.name())));
            }
        } catch (SchedulerException e) {
            throw new SchedulingException("Cannot install the reminder jobs", e);
        }
    }

    /** Puts the sweep on this cron expression, unless it already is. */
    void apply(String cron) {
        try {
            Trigger existing = scheduler.getTrigger(SWEEP_TRIGGER);
            if (existing instanceof CronTrigger current && current.getCronExpression().equals(cron)
                    && current.getTimeZone().getID().equals(TOKYO.getID())) {
                return;
            }
            replace(existing, newTrigger().withIdentity(SWEEP_TRIGGER).forJob(SWEEP_JOB)
                    .withSchedule(cronSchedule(cron).inTimeZone(TOKYO).withMisfireHandlingInstructionFireAndProceed())
                    .build());
            log.info("Reminder sweep scheduled at '{}' (Asia/Tokyo)", cron);
        } catch (SchedulerException e) {
            throw new SchedulingException("Cannot schedule the reminder sweep", e);
        }
    }


    Optional<Instant> nextSweep() {
        try {
            return Optional.ofNullable(scheduler.getTrigger(SWEEP_TRIGGER)).map(Trigger::getNextFireTime).map(Date::toInstant);
        } catch (SchedulerException e) {
            throw new SchedulingException("Cannot read the reminder schedule", e);
        }
    }

    /** True when no sweep has completed since the last time the schedule should have fired. */
    boolean sweepMissed() {
        Optional<Instant> due = previousFireTime(cron(), clock.instant());
        if (due.isEmpty()) {
            return false;
        }
        Optional<Instant> last = sweepLog.lastCompletedStart();
        return last.isEmpty() || last.get().isBefore(due.get());
    }

    /** The last time before {@code now} the cron expression fired, looking back at most a year. */
    static Optional<Instant> previousFireTime(String cron, Instant now) {
        CronExpression expression = expression(cron);
        for (Duration lookBack : LOOK_BACK) {
            Date previous = null;
            Date next = expression.getTimeAfter(Date.from(now.minus(lookBack)));
            while (next != null && !next.toInstant().isAfter(now)) {
                previous = next;
                next = expression.getTimeAfter(next);
            }
            if (previous != null) {
                return Optional.of(previous.toInstant());
            }
        }
        return Optional.empty();
    }

    static boolean isValid(String cron) {
        return cron != null && CronExpression.isValidExpression(cron.strip());
    }

    private static CronExpression expression(String cron) {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TOKYO);
            return expression;
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException("Invalid cron expression: " + cron, e);
        }
    }

    private String cron() {
        return schedules.findFirstByOrderByIdAsc().map(ReminderSchedule::getSweepCron).orElse(ReminderSchedule.DEFAULT_CRON);
    }

    private void installMailTrigger() throws SchedulerException {
        long interval = properties.mailInterval().toMillis();
        Trigger existing = scheduler.getTrigger(MAIL_TRIGGER);
        if (existing instanceof SimpleTrigger current && current.getRepeatInterval() == interval) {
            return;
        }
        replace(existing, newTrigger().withIdentity(MAIL_TRIGGER).forJob(MAIL_JOB)
                .withSchedule(simpleSchedule().withIntervalInMilliseconds(interval).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build());
    }

    private void replace(Trigger existing, Trigger trigger) throws SchedulerException {
        if (existing != null) {
            scheduler.rescheduleJob(trigger.getKey(), trigger);
            return;
        }
        try {
            scheduler.scheduleJob(trigger);
        } catch (ObjectAlreadyExistsException e) {
            // another node installed it a moment ago
            scheduler.rescheduleJob(trigger.getKey(), trigger);
        }
    }
}
