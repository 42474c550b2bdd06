package jp.mamori.reminder;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Sends the mail outbox; one node at a time in the cluster. */
@DisallowConcurrentExecution
class MailDispatchJob implements Job {

    private final MailDispatcher dispatcher;

    MailDispatchJob(MailDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            throw new JobExecutionException("Reminder mail dispatch failed", e, false);
        }
    }
}
