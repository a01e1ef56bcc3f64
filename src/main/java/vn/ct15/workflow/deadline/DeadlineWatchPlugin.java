package vn.ct15.workflow.deadline;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.EngineJobs;
import vn.ct15.workflow.process.EngineLists;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.notification.MailJobHandler;
import vn.ct15.workflow.notification.Mailer;

/**
 * Watches the due date of every user task of every process, with no change to the models: when a
 * task with a due date is created (or its due date changes), timer jobs are scheduled for each
 * reminder offset before it and for the escalation after it; when the task ends they are removed. A
 * task escalated once and then given a due date ahead (an extension) is watched afresh.
 * The jobs run on Camunda's job executor, so a cluster sends each mail once, failures are retried
 * and end as incidents in Cockpit.
 */
@Component
class DeadlineWatchPlugin extends AbstractProcessEnginePlugin {

  static final String REMINDER = "ct15-reminder";
  static final String ESCALATION = "ct15-escalation";

  private final DeadlineWatchProperties properties;
  private final ObjectProvider<OrganisationDirectory> directory;
  private final ObjectProvider<Deadlines> deadlines;
  private final ObjectProvider<Mailer> mailer;

  DeadlineWatchPlugin(DeadlineWatchProperties properties, ObjectProvider<OrganisationDirectory> directory,
      ObjectProvider<Deadlines> deadlines, ObjectProvider<Mailer> mailer) {
    this.properties = properties;
    this.directory = directory;
    this.deadlines = deadlines;
    this.mailer = mailer;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = EngineLists.of(configuration::getCustomJobHandlers,
        configuration::setCustomJobHandlers);
    MailJobHandler mails = new MailJobHandler(mailer);
    handlers.add(new ReminderJobHandler(directory, deadlines, mails));
    handlers.add(new EscalationJobHandler(directory, deadlines, properties.escalation().urgeWithin()));
    handlers.add(mails);
    configuration.setFailedJobCommandFactory(WatchJobRetryCmd::new);

    List<BpmnParseListener> listeners = EngineLists.of(configuration::getCustomPostBPMNParseListeners,
        configuration::setCustomPostBPMNParseListeners);
    TaskListener schedule = this::schedule;
    TaskListener unschedule = task -> unschedule((TaskEntity) task);
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, schedule);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, schedule);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, unschedule);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, unschedule);
      }
    });
  }

  /** (Re)schedules the task's reminder and escalation timers for its current due date. */
  private void schedule(DelegateTask delegateTask) {
    TaskEntity task = (TaskEntity) delegateTask;
    Date due = task.getDueDate();
    List<JobEntity> existing = jobsOf(task);
    if (due != null && !existing.isEmpty() && existing.stream().allMatch(job -> scheduledFor(job, due))) {
      return;
    }
    existing.forEach(JobEntity::delete);
    if (due == null || task.getExecution() == null) {
      return;
    }
    Date now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
    if (TaskListener.EVENTNAME_UPDATE.equals(delegateTask.getEventName()) && due.after(now)
        && task.getVariableLocal(EscalationJobHandler.ESCALATED) != null) {
      // a due date moved ahead (an extension granted): the task is late no more, and is escalated again if
      // it is still open at its new date
      task.removeVariableLocal(EscalationJobHandler.ESCALATED);
    }
    for (Duration offset : properties.reminders().before()) {
      Date at = new Date(due.getTime() - offset.toMillis());
      if (at.after(now)) {
        timer(task, REMINDER, new ReminderJobHandler.Config(task.getId(), offset, due).toCanonicalString(), at);
      }
    }
    if (!Urge.TASK.equals(task.getTaskDefinitionKey())) {
      Date at = new Date(due.getTime() + properties.escalation().after().toMillis());
      timer(task, ESCALATION, new EscalationJobHandler.Config(task.getId(), due).toCanonicalString(), at);
    }
  }

  private static boolean scheduledFor(JobEntity job, Date due) {
    String configuration = job.getJobHandlerConfigurationRaw();
    return configuration.endsWith(":" + due.getTime());
  }

  private void unschedule(TaskEntity task) {
    jobsOf(task).forEach(JobEntity::delete);
  }

  private static List<JobEntity> jobsOf(TaskEntity task) {
    ExecutionEntity execution = task.getExecution();
    if (execution == null) {
      return List.of();
    }
    // the execution's cached jobs: no query for an execution created in this command (a new task's)
    return execution.getJobs().stream()
        .filter(job -> REMINDER.equals(job.getJobHandlerType()) || ESCALATION.equals(job.getJobHandlerType()))
        .filter(job -> Objects.requireNonNullElse(job.getJobHandlerConfigurationRaw(), "").startsWith(task.getId() + ":"))
        .toList();
  }

  private static void timer(TaskEntity task, String type, String configuration, Date at) {
    TimerEntity timer = new TimerEntity();
    timer.setJobHandlerType(type);
    timer.setJobHandlerConfigurationRaw(configuration);
    timer.setDuedate(at);
    EngineJobs.on(timer, task.getExecution());
    // a reminder only reads its task and queues mails, so the reminders of a cycle's units run side by
    // side; an escalation may start the instance's "Đôn đốc" task and stays exclusive
    timer.setExclusive(!REMINDER.equals(type));
    Context.getCommandContext().getJobManager().schedule(timer);
  }
}
