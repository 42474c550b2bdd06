package jp.mamori.reminder;

import jp.mamori.shared.security.SystemActor;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The scheduled (or catch-up, or requested) sweep, never running twice at once in the cluster. */
@DisallowConcurrentExecution
class SweepJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(SweepJob.class);

    private final ReminderSweeper sweeper;
    private final SweepScheduler schedule;

    SweepJob(ReminderSweeper sweeper, SweepScheduler schedule) {
        this.sweeper = sweeper;
        this.schedule = schedule;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String requested = context.getMergedJobDataMap().getString(SweepScheduler.TRIGGER_DATA);
        SweepTrigger trigger = requested == null ? SweepTrigger.SCHEDULED : SweepTrigger.valueOf(requested);
        // Quartz's own misfire handling may have swept already since the catch-up was requested.
        if (trigger == SweepTrigger.CATCH_UP && !schedule.sweepMissed()) {
            log.info("Catch-up sweep not needed any more");
            return;
        }
        try {
            SystemActor.run(() -> sweeper.sweep(trigger));
        } catch (RuntimeException e) {
            throw new JobExecutionException("Reminder sweep failed", e, false);
        }
    }
}
