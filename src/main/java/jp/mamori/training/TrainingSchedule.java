package jp.mamori.training;

import java.util.TimeZone;
import jp.mamori.shared.time.JapaneseDates;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Runs the assignment rules every night at 01:15 Tokyo time, on one node of the cluster. */
@Configuration(proxyBeanMethods = false)
class TrainingSchedule {

    @Bean
    JobDetail trainingSweepJob() {
        return JobBuilder.newJob(SweepJob.class).withIdentity("trainingSweep", "training").storeDurably().build();
    }

    @Bean
    Trigger trainingSweepTrigger() {
        return TriggerBuilder.newTrigger().forJob("trainingSweep", "training").withIdentity("trainingSweep", "training")
                .withSchedule(CronScheduleBuilder.cronSchedule("0 15 1 * * ?")
                        .inTimeZone(TimeZone.getTimeZone(JapaneseDates.TOKYO))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @DisallowConcurrentExecution
    static class SweepJob extends QuartzJobBean {

        private final TrainingSweep sweep;

        SweepJob(TrainingSweep sweep) {
            this.sweep = sweep;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            sweep.run();
        }
    }
}
