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
import vn.ct15.workflow.process.PermanentFailure;

/**
 * What happens to a job that failed. A job that lost an optimistic-locking race — another
 * transaction changed the same rows first — did not fail: it runs again at once, with its retries
 * untouched and no exception recorded, as Camunda itself does for jobs without a retry cycle; the
 * retry cycle's delay ({@code failedJobRetryTimeCycle}, e.g. every 5 minutes, 10 times) and the
 * incident after the last try stay for real failures, such as a mail server that is down or a broken
 * template. A {@link PermanentFailure} (a signing key missing or expired) becomes an incident at once:
 * waiting would not mend it.
 *
 * <p>Camunda retries jobs that belong to no BPMN activity (our mails, reminders and escalations) at
 * once, three times; these wait out a mail server outage instead, by the engine's
 * {@code failedJobRetryTimeCycle}, and end as an incident in Cockpit.
 */
class WatchJobRetryCmd extends DefaultJobRetryCmd {

  static final Set<String> TYPES = Set.of(MailJob.TYPE, DeadlineWatchPlugin.REMINDER, DeadlineWatchPlugin.ESCALATION);

  WatchJobRetryCmd(String jobId, Throwable exception) {
    super(jobId, exception);
  }

  @Override
  public Object execute(CommandContext commandContext) {
    JobEntity job = getJob();
    if (job != null && lostRace(exception)) {
      job.setLockOwner(null);
      job.setLockExpirationTime(null);
      job.setDuedate(ClockUtil.getCurrentTime());
      notifyAcquisition(commandContext);
      return null;
    }
    if (job != null && PermanentFailure.in(exception)) {
      job.setLockOwner(null);
      job.setLockExpirationTime(null);
      logException(job);
      job.setRetries(0);
      notifyAcquisition(commandContext);
      return null;
    }
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

  private static boolean lostRace(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }
}
