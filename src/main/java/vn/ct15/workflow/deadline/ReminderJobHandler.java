package vn.ct15.workflow.deadline;

import java.time.Duration;
import java.util.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.notification.MailJob;
import vn.ct15.workflow.notification.MailJobHandler;

/**
 * At an offset before a task's due date: one reminder e-mail to each person who can do the task
 * (its assignee; else its candidate users and the members of its candidate groups), personalised,
 * sent by the reminder job itself over one connection to the mail server; a person the server does
 * not take (an outage) gets a mail job of their own instead, retried as every mail job.
 */
class ReminderJobHandler implements JobHandler<ReminderJobHandler.Config> {

  static final String TEMPLATE = "task-reminder";

  record Config(String taskId, Duration offset, Date due) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return taskId + ":" + offset + ":" + due.getTime();
    }

    static Config parse(String canonical) {
      String[] parts = canonical.split(":");
      return new Config(parts[0], Duration.parse(parts[1]), new Date(Long.parseLong(parts[2])));
    }
  }

  private final ObjectProvider<OrganisationDirectory> directory;
  private final ObjectProvider<Deadlines> deadlines;
  private final MailJobHandler mails;

  ReminderJobHandler(ObjectProvider<OrganisationDirectory> directory, ObjectProvider<Deadlines> deadlines,
      MailJobHandler mails) {
    this.directory = directory;
    this.deadlines = deadlines;
    this.mails = mails;
  }

  @Override
  public String getType() {
    return DeadlineWatchPlugin.REMINDER;
  }

  @Override
  public void execute(Config config, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    TaskEntity task = commandContext.getTaskManager().findTaskById(config.taskId());
    if (task == null || task.getDueDate() == null || !task.getDueDate().after(ClockUtil.getCurrentTime())) {
      return; // done, or already late: the escalation speaks now
    }
    Map<String, Object> model = TaskFacts.model(task, directory.getObject(), deadlines.getObject());
    model.put("daysLeft", Math.max(0, config.offset().toDays()));
    model.put("offset", describe(config.offset()));
    Map<String, User> people = recipients(task, commandContext.getProcessEngineConfiguration().getIdentityService());
    List<MailJob> letters = people.keySet().stream().map(userId -> new MailJob(TEMPLATE, userId, task.getId(), model)).toList();
    mails.sendNowOrEnqueue(letters, people, task.getExecution(), commandContext);
  }

  /**
   * The assignee if there is one, else every candidate user and every member of a candidate group, by
   * id, in that order; read once here, so the mails need no second query for their addresses.
   */
  static Map<String, User> recipients(TaskEntity task, IdentityService identityService) {
    Map<String, User> people = new LinkedHashMap<>();
    if (task.getAssignee() != null) {
      identityService.createUserQuery().userId(task.getAssignee()).list().forEach(user -> people.put(user.getId(), user));
      return people;
    }
    List<String> candidates = new ArrayList<>();
    for (IdentityLink link : task.getIdentityLinks()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        candidates.add(link.getUserId());
      } else if (link.getGroupId() != null) {
        identityService.createUserQuery().memberOfGroup(link.getGroupId()).list().forEach(user -> people.putIfAbsent(user.getId(), user));
      }
    }
    if (!candidates.isEmpty()) {
      identityService.createUserQuery().userIdIn(candidates.toArray(String[]::new)).list()
          .forEach(user -> people.putIfAbsent(user.getId(), user));
    }
    return people;
  }

  static String describe(Duration offset) {
    if (offset.toDays() > 0 && offset.toHoursPart() == 0) {
      return offset.toDays() + " ngày";
    }
    return offset.toHours() > 0 ? offset.toHours() + " giờ" : offset.toMinutes() + " phút";
  }

  @Override
  public Config newConfiguration(String canonicalString) {
    return Config.parse(canonicalString);
  }

  @Override
  public void onDelete(Config configuration, JobEntity jobEntity) {
    // nothing to clean up
  }
}
