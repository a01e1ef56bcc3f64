package vn.ct15.workflow.deadline;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import vn.ct15.workflow.notification.MailJob;

/**
 * Camunda retries jobs that belong to no BPMN activity (our mails, reminders and escalations) at
 * once, three times; these wait out a mail server outage instead, by the engine's
 * {@code failedJobRetryTimeCycle} (e.g. R10/PT5M), and end as an incident in Cockpit.
 */
class WatchJobRetryCmd extends DefaultJobRetryCmd {

  static final Set<String> TYPES = Set.of(MailJob.TYPE, DeadlineWatchPlugin.REMINDER, DeadlineWatchPlugin.ESCALATION);

  WatchJobRetryCmd(String jobId, Throwable exception) {
    super(jobId, exception);
  }

  @Override
  public Object execute(CommandContext commandContext) {
    JobEntity job = getJob();
    String cycle = commandContext.getProcessEngineConfiguration().getFailedJobRetryTimeCycle();
    if (job == null || !TYPES.contains(job.getJobHandlerType()) || cycle == null || cycle.isBlank()) {
      return super.execute(commandContext);
    }
    DurationHelper retryCycle;
    try {
      retryCycle = getDurationHelper(cycle);
    } catch (Exception e) {
      throw new ProcessEngineException("Invalid failedJobRetryTimeCycle '" + cycle + "'", e);
    }
    if (isFirstJobExecution(job)) {
      initializeRetries(job, retryCycle.getTimes());
    }
    job.setLockOwner(null);
    job.setLockExpirationTime(null);
    job.setDuedate(retryCycle.getDateAfter());
    logException(job);
    decrementRetries(job);
    notifyAcquisition(commandContext);
    return null;
  }
}
