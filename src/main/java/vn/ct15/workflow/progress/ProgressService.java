package vn.ct15.workflow.progress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.Unit;
import vn.ct15.workflow.extension.ExtensionProcess;
import vn.ct15.workflow.progress.ProgressMatrix.Cell;
import vn.ct15.workflow.progress.ProgressMatrix.Column;
import vn.ct15.workflow.progress.ProgressMatrix.Row;
import vn.ct15.workflow.plan.Duty;
import vn.ct15.workflow.plan.PlanSections;
import vn.ct15.workflow.process.CommonVariables;

/**
 * Builds the plan year's unit × duty matrix from the engine's history.
 *
 * <p>The number of database queries is constant, whatever the number of units and tasks: one for
 * the cycles' process instances, one for all their tasks (finished and open alike), one for all
 * their {@code unitId} variables, one for the due dates before an extension, and, only for tasks outside a per-unit scope (a lead unit's or
 * Phòng Nội vụ's own duty), one identity-link query per process key of the configured duties, and two
 * per process of an on-demand duty (its instances started in the year, their tasks). No
 * query is issued per instance, unit or task; the matrix is assembled in memory.
 */
@Component
class ProgressService {

  /** The totals' count of cells whose task was extended (beside the count per state and "total"). */
  static final String EXTENDED = "extended";
  private static final Set<String> CANCELLED = Set.of(HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED,
      HistoricProcessInstance.STATE_INTERNALLY_TERMINATED);

  private final HistoryService historyService;
  private final OrganisationDirectory directory;
  private final ProgressProperties properties;
  private final PlanSections sections;
  private final java.time.ZoneId zone;

  ProgressService(HistoryService historyService, OrganisationDirectory directory, ProgressProperties properties,
      PlanSections sections, vn.ct15.workflow.deadline.Deadlines deadlines) {
    this.historyService = historyService;
    this.directory = directory;
    this.properties = properties;
    this.sections = sections;
    this.zone = deadlines.zone();
  }

  /**
   * @param processKey only this process's duties, or all when null/blank
   * @param cockpitInstanceUrl the Cockpit address a process instance id is appended to
   */
  ProgressMatrix matrix(int year, String processKey, String cockpitInstanceUrl) {
    Date now = ClockUtil.getCurrentTime();
    List<Duty> duties = sections.duties().stream()
        .filter(duty -> processKey == null || processKey.isBlank() || duty.process().equals(processKey)).toList();
    Map<String, Duty> dutyByCycleAndTask = new HashMap<>();
    duties.forEach(duty -> dutyByCycleAndTask.put(duty.businessKey(year) + "|" + duty.task(), duty));
    String[] businessKeys = duties.stream().filter(duty -> !duty.onDemand()).map(duty -> duty.businessKey(year))
        .distinct().toArray(String[]::new);
    String[] taskKeys = duties.stream().map(Duty::task).distinct().toArray(String[]::new);

    Map<String, HistoricProcessInstance> instances = new HashMap<>();
    Map<String, String> businessKeyByInstance = new HashMap<>();
    List<HistoricTaskInstance> candidates = new ArrayList<>();
    if (businessKeys.length > 0) {
      // query 1: the cycles' instances; a cancelled cycle (deleted instance) does not count
      historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKeyIn(businessKeys).list().stream()
          .filter(instance -> !CANCELLED.contains(instance.getState()))
          .forEach(instance -> {
            instances.put(instance.getId(), instance);
            businessKeyByInstance.put(instance.getId(), instance.getBusinessKey());
          });
      // query 2: every task of those duties, finished and open
      candidates.addAll(historyService.createHistoricTaskInstanceQuery()
          .processInstanceBusinessKeyIn(businessKeys).taskDefinitionKeyIn(taskKeys).list());
    }
    // on-demand duties (requests raised any time: supervision, difficulties): the instances started
    // in the plan year, two queries per such process
    Date yearStart = Date.from(java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
    Date yearEnd = Date.from(java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
    duties.stream().filter(Duty::onDemand).map(Duty::process).distinct().forEach(process -> {
      historyService.createHistoricProcessInstanceQuery().processDefinitionKey(process)
          .startedAfter(new Date(yearStart.getTime() - 1)).startedBefore(yearEnd).list().stream()
          .filter(instance -> !CANCELLED.contains(instance.getState()))
          .forEach(instance -> {
            instances.put(instance.getId(), instance);
            businessKeyByInstance.put(instance.getId(), Duty.onDemandKey(process));
          });
      candidates.addAll(historyService.createHistoricTaskInstanceQuery().processDefinitionKey(process)
          .taskDefinitionKeyIn(taskKeys).list());
    });

    Map<String, Map<String, List<HistoricTaskInstance>>> byUnitAndDuty = new HashMap<>();
    if (!instances.isEmpty()) {
      // tasks deleted with a cancelled scope were never done nor due any more, and are left out
      List<HistoricTaskInstance> tasks = candidates.stream()
          .filter(task -> instances.containsKey(task.getProcessInstanceId()))
          .filter(task -> dutyOf(task, businessKeyByInstance, dutyByCycleAndTask) != null)
          .filter(task -> task.getEndTime() == null || TaskEntity.DELETE_REASON_COMPLETED.equals(task.getDeleteReason()))
          .toList();
      Map<String, String> unitByTask = units(tasks, instances.values());
      for (HistoricTaskInstance task : tasks) {
        String unit = unitByTask.get(task.getId());
        if (unit != null) {
          byUnitAndDuty.computeIfAbsent(unit, id -> new HashMap<>())
              .computeIfAbsent(dutyOf(task, businessKeyByInstance, dutyByCycleAndTask).id(), id -> new ArrayList<>())
              .add(task);
        }
      }
    }

    Map<String, Date> originalDues = originalDues(instances.keySet());
    List<Row> rows = new ArrayList<>();
    for (String unit : unitOrder(byUnitAndDuty.keySet())) {
      Map<String, Cell> cells = new LinkedHashMap<>();
      Map<String, List<HistoricTaskInstance>> unitTasks = byUnitAndDuty.get(unit);
      for (Duty duty : duties) {
        List<HistoricTaskInstance> attempts = unitTasks.get(duty.id());
        if (attempts != null) {
          cells.put(duty.id(), cell(attempts, now, cockpitInstanceUrl, originalDues));
        }
      }
      rows.add(new Row(unit, directory.unitName(unit), cells, count(cells.values())));
    }
    List<Column> columns = duties.stream().map(duty -> new Column(duty.id(), duty.process(), duty.task(),
        duty.businessKey(year), duty.label(),
        count(rows.stream().map(row -> row.cells().get(duty.id())).filter(cell -> cell != null).toList()))).toList();
    List<ProgressMatrix.State> states = List.of(TaskState.values()).stream()
        .map(state -> new ProgressMatrix.State(state.code(), state.label(), "#" + state.fill())).toList();
    return new ProgressMatrix(year, processKey == null || processKey.isBlank() ? null : processKey, now,
        properties.dueSoon().toDays(), states, columns, rows,
        count(rows.stream().flatMap(row -> row.cells().values().stream()).toList()));
  }

  private static Duty dutyOf(HistoricTaskInstance task, Map<String, String> businessKeyByInstance, Map<String, Duty> duties) {
    return duties.get(businessKeyByInstance.get(task.getProcessInstanceId()) + "|" + task.getTaskDefinitionKey());
  }

  /**
   * The unit of each task: the {@code unitId} variable of the per-unit scope the task runs in (its
   * execution, or a variable of the task itself), else the group the task was offered to.
   */
  Map<String, String> units(List<HistoricTaskInstance> tasks, Collection<HistoricProcessInstance> instances) {
    Map<String, String> byTask = new HashMap<>();
    if (tasks.isEmpty()) {
      return byTask;
    }
    // query 3: all unitId variables of the cycles, in one go
    Map<String, String> byScope = new HashMap<>();
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
        .variableNameIn(CommonVariables.UNIT_ID.name()).processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId)
            .toArray(String[]::new)).list()) {
      if (variable.getValue() == null) {
        continue;
      }
      String unit = String.valueOf(variable.getValue());
      if (variable.getTaskId() != null) {
        byTask.put(variable.getTaskId(), unit);
      } else {
        byScope.put(variable.getExecutionId(), unit);
      }
    }
    Set<String> processKeysToAsk = new LinkedHashSet<>();
    Set<String> withoutUnit = new HashSet<>();
    for (HistoricTaskInstance task : tasks) {
      String unit = byTask.containsKey(task.getId()) ? byTask.get(task.getId()) : byScope.get(task.getExecutionId());
      if (unit != null) {
        byTask.put(task.getId(), unit);
      } else {
        withoutUnit.add(task.getId());
        processKeysToAsk.add(task.getProcessDefinitionKey());
      }
    }
    if (withoutUnit.isEmpty()) {
      return byTask;
    }
    // query 4 (one per process key, only for tasks outside a per-unit scope): the candidate groups,
    // limited to links made since the earliest of the cycles started
    Date since = new Date(instances.stream().map(HistoricProcessInstance::getStartTime).min(Comparator.naturalOrder())
        .orElseThrow().getTime() - 1);
    for (String processKey : processKeysToAsk) {
      for (HistoricIdentityLinkLog link : historyService.createHistoricIdentityLinkLogQuery()
          .processDefinitionKey(processKey).type(IdentityLinkType.CANDIDATE).dateAfter(since)
          .orderByTime().asc().list()) {
        if (link.getGroupId() != null && withoutUnit.contains(link.getTaskId())
            && "add".equals(link.getOperationType())) {
          byTask.putIfAbsent(link.getTaskId(), link.getGroupId());
        }
      }
    }
    return byTask;
  }

  /**
   * The due date before the first extension of every task of the instances that was extended (query 5:
   * the one variable an extension leaves on its task), by task id.
   */
  private Map<String, Date> originalDues(Collection<String> instanceIds) {
    Map<String, Date> byTask = new HashMap<>();
    if (instanceIds.isEmpty()) {
      return byTask;
    }
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
        .variableName(ExtensionProcess.OnTask.ORIGINAL_DUE).processInstanceIdIn(instanceIds.toArray(String[]::new)).list()) {
      if (variable.getTaskId() != null && variable.getValue() instanceof Date due) {
        byTask.put(variable.getTaskId(), due);
      }
    }
    return byTask;
  }

  /**
   * The cell shows the unit's latest task for the duty: after a return, the new attempt counts. A task
   * whose due date was extended is judged against its extended date, and marked as extended.
   */
  private Cell cell(List<HistoricTaskInstance> attempts, Date now, String cockpitInstanceUrl, Map<String, Date> originalDues) {
    HistoricTaskInstance task = attempts.stream().max(Comparator.comparing(HistoricTaskInstance::getStartTime)
        .thenComparing(HistoricTaskInstance::getId)).orElseThrow();
    TaskState state = TaskState.of(task.getDueDate(), task.getEndTime(), now, properties.dueSoon());
    Date originalDue = originalDues.get(task.getId());
    return new Cell(state.code(), state.label(), task.getId(), task.getName(), task.getDueDate(), task.getEndTime(),
        attempts.size(), task.getProcessInstanceId(), cockpitInstanceUrl + task.getProcessInstanceId(), originalDue != null,
        originalDue);
  }

  private static Map<String, Integer> count(Collection<Cell> cells) {
    Map<String, Integer> totals = new LinkedHashMap<>();
    for (TaskState state : TaskState.values()) {
      totals.put(state.code(), 0);
    }
    cells.forEach(cell -> totals.merge(cell.state(), 1, Integer::sum));
    totals.put("total", cells.size());
    totals.put(EXTENDED, (int) cells.stream().filter(Cell::extended).count());
    return totals;
  }

  /** Units in directory order, then any unit the directory no longer lists (by id). */
  private List<String> unitOrder(Set<String> present) {
    List<String> order = new ArrayList<>(directory.units().stream().map(Unit::id).filter(present::contains).toList());
    present.stream().filter(unit -> !order.contains(unit)).sorted().forEach(order::add);
    return order;
  }
}
