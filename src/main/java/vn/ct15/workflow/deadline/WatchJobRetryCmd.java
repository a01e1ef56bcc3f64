package vn.ct15.workflow.deadline;

import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import vn.ct15.workflow.notification.MailJob;

/**
 * Camunda retries jobs that belong to no BPMN activity (our mails, reminders and escalations) at
 * once, three times; these wait out a mail server outage instead, by the engine's
 * {@code failedJobRetryTimeCycle} (e.g. R10/PT5M), and end as an incident in Cockpit.
 *
 * <p>An escalation that lost the race for its cycle to another escalation of the same cycle
 * (optimistic locking, see {@link EscalationJobHandler}) is no failure: it runs again at once, with
 * its retries untouched, and then finds its task escalated.
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
    if (DeadlineWatchPlugin.ESCALATION.equals(job.getJobHandlerType()) && lostRace(exception)) {
      job.setLockOwner(null);
      job.setLockExpirationTime(null);
      job.setDuedate(ClockUtil.getCurrentTime());
      notifyAcquisition(commandContext);
      return null;
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

  private static boolean lostRace(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }
}
