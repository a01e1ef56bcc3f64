package vn.ct15.workflow.deadline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.notification.MailJob;

/**
 * After a task's due date: gathers every task of the same duty in the same cycle that is still
 * open past the same due date (one escalation per duty, not per unit), marks them escalated,
 * e-mails each late unit's heads and Phòng Nội vụ (naming the late units), and gives Phòng Nội vụ a
 * "Đôn đốc" task in the cycle. Units that finished are not named.
 *
 * <p>A cycle is the tasks' process instance, or, where every unit's work is a process instance of
 * its own (the periodic report), all instances carrying the cycle's business key; the "Đôn đốc" task
 * then starts in the one instance that models it. The escalations of one cycle's units fall due
 * together and may run side by side (on several workers or nodes): each first updates the cycle's
 * instance row, so only one of them commits the escalation; the others fail on that row and are
 * retried at once (see {@link WatchJobRetryCmd}), finding their tasks escalated.
 */
class EscalationJobHandler implements JobHandler<EscalationJobHandler.Config> {

  private static final Logger LOG = LoggerFactory.getLogger(EscalationJobHandler.class);
  static final String ESCALATED = "ct15Escalated";
  static final String UNIT_TEMPLATE = "task-overdue-unit";
  static final String COORDINATOR_TEMPLATE = "task-overdue-coordinator";
  /** How many late units' names fit into one mail job; the rest are counted. */
  static final int NAMES_IN_MAIL = 60;

  record Config(String taskId, Date due) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return taskId + ":" + due.getTime();
    }

    static Config parse(String canonical) {
      String[] parts = canonical.split(":");
      return new Config(parts[0], new Date(Long.parseLong(parts[1])));
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
    OrganisationDirectory units = directory.getObject();
    Date now = ClockUtil.getCurrentTime();
    String businessKey = task.getProcessInstance() == null ? null : task.getProcessInstance().getBusinessKey();
    String anchor = urgeInstance(engine, businessKey);
    String cycleInstance = anchor != null ? anchor : task.getProcessInstanceId();
    // the escalations of one cycle conflict on this row: one commits, the others are retried
    commandContext.getExecutionManager().findExecutionById(cycleInstance).forceUpdate();
    TaskQuery sameDuty = engine.getTaskService().createTaskQuery().taskDefinitionKey(task.getTaskDefinitionKey())
        .dueDate(task.getDueDate());
    if (anchor != null) {
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
    urge(engine, task, cycleInstance, lateUnits, names);
  }

  /**
   * The instance of the cycle that models "Đôn đốc", when the cycle is more than the task's own
   * instance (its business key is shared with instances of other processes), else null.
   */
  private static String urgeInstance(ProcessEngineConfigurationImpl engine, String businessKey) {
    if (businessKey == null) {
      return null;
    }
    return engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(businessKey)
        .messageEventSubscriptionName(Urge.MESSAGE).list().stream().map(Execution::getProcessInstanceId)
        .findFirst().orElse(null);
  }

  /** Starts the cycle's "Đôn đốc" event subprocess for Phòng Nội vụ, where the model has one. */
  private void urge(ProcessEngineConfigurationImpl engine, TaskEntity task, String cycleInstance, Set<String> unitIds,
      List<String> names) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Urge.DUTY, task.getName());
    variables.put(Urge.DUE, TaskFacts.format(task.getDueDate(), deadlines.getObject()));
    variables.put(Urge.LATE_UNITS, String.join("\n", names));
    variables.put(Urge.LATE_UNIT_IDS, String.join(",", unitIds));
    variables.put(Urge.URGE_DUE_DATE, new Date(ClockUtil.getCurrentTime().getTime() + urgeWithin.toMillis()));
    try {
      engine.getRuntimeService().createMessageCorrelation(Urge.MESSAGE).processInstanceId(cycleInstance)
          .setVariablesToTriggeredScope(variables).correlate();
    } catch (MismatchingMessageCorrelationException noUrgeStep) {
      LOG.warn("Process {} has no '{}' event subprocess; late units were told by e-mail only",
          task.getProcessDefinitionId(), Urge.MESSAGE);
    }
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
