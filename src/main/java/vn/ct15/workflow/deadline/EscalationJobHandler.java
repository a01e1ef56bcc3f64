package vn.ct15.workflow.deadline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import vn.ct15.workflow.process.EngineJobs;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.notification.MailJob;

/**
 * After a task's due date: gathers every task of the same duty in the same cycle that is still
 * open past the same due date (one escalation per duty, not per unit), marks them escalated,
 * e-mails each late unit's heads and Phòng Nội vụ (naming the late units), and gives Phòng Nội vụ a
 * "Đôn đốc" task (a {@code ct15-urge} instance of its own, see {@link Urge}). Units that finished are
 * not named.
 *
 * <p>A cycle is the tasks' process instance, or, where every unit's work is a process instance of
 * its own (the periodic report), the instance of another process that carries the same business key
 * (the period's). The escalations of one cycle fall due together. They must not run side by side, or
 * two would escalate the same units; they must not fight over a row either, or the losers fail and
 * wait. So they run as exclusive jobs of the cycle's instance, one after another: an escalation of a
 * unit's own instance first queues itself as such a job on the cycle ({@link Config#onCycle}); the
 * first to run escalates the duty, the others find their tasks escalated. Nothing here updates the
 * cycle's rows, so a unit's report, Phòng Nội vụ's urging or the cycle's next step never collide
 * with an escalation.
 */
class EscalationJobHandler implements JobHandler<EscalationJobHandler.Config> {

  private static final Logger LOG = LoggerFactory.getLogger(EscalationJobHandler.class);
  static final String ESCALATED = "ct15Escalated";
  static final String UNIT_TEMPLATE = "task-overdue-unit";
  static final String COORDINATOR_TEMPLATE = "task-overdue-coordinator";
  /** How many late units' names fit into one mail job; the rest are counted. */
  static final int NAMES_IN_MAIL = 60;

  /**
   * @param onCycle whether this is the job queued on the cycle's instance (else the task's own timer)
   */
  record Config(String taskId, Date due, boolean onCycle) implements JobHandlerConfiguration {

    Config(String taskId, Date due) {
      this(taskId, due, false);
    }

    @Override
    public String toCanonicalString() {
      return taskId + ":" + due.getTime() + (onCycle ? ":cycle" : "");
    }

    static Config parse(String canonical) {
      String[] parts = canonical.split(":");
      return new Config(parts[0], new Date(Long.parseLong(parts[1])), parts.length > 2);
    }
  }

  private final ObjectProvider<OrganisationDirectory> directory;
  private final ObjectProvider<Deadlines> deadlines;
  private final Duration urgeWithin;

  EscalationJobHandler(ObjectProvider<OrganisationDirectory> directory, ObjectProvider<Deadlines> deadlines, Duration urgeWithin) {
    this.directory = directory;
    this.deadlines = deadlines;
    this.urgeWithin = urgeWithin;
  }

  @Override
  public String getType() {
    return DeadlineWatchPlugin.ESCALATION;
  }

  @Override
  public void execute(Config config, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    TaskEntity task = commandContext.getTaskManager().findTaskById(config.taskId());
    if (task == null || task.getDueDate() == null || task.getVariableLocal(ESCALATED) != null) {
      return;
    }
    ProcessEngineConfigurationImpl engine = commandContext.getProcessEngineConfiguration();
    String businessKey = task.getProcessInstance() == null ? null : task.getProcessInstance().getBusinessKey();
    ProcessInstance cycle = config.onCycle() ? null : cycleOf(engine, task, businessKey);
    if (cycle != null) {
      queueOnCycle(config, cycle, commandContext);
      return;
    }
    OrganisationDirectory units = directory.getObject();
    Date now = ClockUtil.getCurrentTime();
    TaskQuery sameDuty = engine.getTaskService().createTaskQuery().taskDefinitionKey(task.getTaskDefinitionKey())
        .dueDate(task.getDueDate());
    if (config.onCycle()) {
      sameDuty.processInstanceBusinessKey(businessKey);
    } else {
      sameDuty.processInstanceId(task.getProcessInstanceId());
    }
    List<TaskEntity> late = new ArrayList<>();
    for (Task candidate : sameDuty.list()) {
      TaskEntity entity = commandContext.getTaskManager().findTaskById(candidate.getId());
      if (entity.getVariableLocal(ESCALATED) == null && !entity.getDueDate().after(now)) {
        late.add(entity);
      }
    }
    Set<String> lateUnits = new LinkedHashSet<>();
    for (TaskEntity lateTask : late) {
      lateTask.setVariableLocal(ESCALATED, now);
      String unit = TaskFacts.unitOf(lateTask);
      if (unit != null && lateUnits.add(unit)) {
        Map<String, Object> model = TaskFacts.model(lateTask, units, deadlines.getObject());
        for (User head : units.heads(unit)) {
          new MailJob(UNIT_TEMPLATE, head.getId(), null, model).enqueue(lateTask.getExecution());
        }
      }
    }
    if (lateUnits.isEmpty()) {
      return;
    }
    List<String> names = lateUnits.stream().map(units::unitName).toList();
    Map<String, Object> model = TaskFacts.model(task, units, deadlines.getObject());
    model.remove("unit");
    model.remove("unitId");
    model.put("lateUnits", names.subList(0, Math.min(NAMES_IN_MAIL, names.size())));
    model.put("lateCount", names.size());
    String coordinator = units.unitOfKind(UnitKind.COORDINATOR.code());
    for (User member : units.members(coordinator)) {
      new MailJob(COORDINATOR_TEMPLATE, member.getId(), null, model).enqueue(task.getExecution());
    }
    urge(engine, task, businessKey, lateUnits, names);
  }

  /**
   * The cycle's instance when the task's own instance is one unit's part of it: a running instance of
   * another process with the same business key; null when the task's instance is the cycle.
   */
  private static ProcessInstance cycleOf(ProcessEngineConfigurationImpl engine, TaskEntity task, String businessKey) {
    if (businessKey == null) {
      return null;
    }
    String ownKey = task.getProcessDefinition().getKey();
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKeyNotIn(ownKey).list().stream().findFirst().orElse(null);
  }

  /** Queues this escalation as an exclusive job of the cycle's instance, which runs the cycle's escalations in turn. */
  private static void queueOnCycle(Config config, ProcessInstance cycle, CommandContext commandContext) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(DeadlineWatchPlugin.ESCALATION);
    job.setJobHandlerConfigurationRaw(new Config(config.taskId(), config.due(), true).toCanonicalString());
    job.setExclusive(true);
    EngineJobs.onInstance(job, (ExecutionEntity) cycle);
    commandContext.getJobManager().send(job);
  }

  /** Gives Phòng Nội vụ its "Đôn đốc" task: an instance of {@value Urge#KEY}, apart from the cycle's own. */
  private void urge(ProcessEngineConfigurationImpl engine, TaskEntity task, String businessKey, Set<String> unitIds,
      List<String> names) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Urge.DUTY, task.getName());
    variables.put(Urge.DUE, TaskFacts.format(task.getDueDate(), deadlines.getObject()));
    variables.put(Urge.LATE_UNITS, String.join("\n", names));
    variables.put(Urge.LATE_UNIT_IDS, String.join(",", unitIds));
    variables.put(Urge.URGE_DUE_DATE, new Date(ClockUtil.getCurrentTime().getTime() + urgeWithin.toMillis()));
    variables.put(Urge.CYCLE_INSTANCE, task.getProcessInstanceId());
    String cycle = businessKey != null ? businessKey : task.getProcessInstanceId();
    engine.getRuntimeService().createProcessInstanceByKey(Urge.KEY)
        .businessKey(Urge.KEY + ":" + cycle + ":" + task.getTaskDefinitionKey()).setVariables(variables).execute();
    LOG.info("Escalated {} late unit(s) of {} in {}", unitIds.size(), task.getTaskDefinitionKey(), cycle);
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
