package vn.ct15.workflow.periodicreport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.reporting.Submissions;
import vn.ct15.workflow.process.CommonVariables;

/**
 * The units' reports of one reporting period: the {@link PeriodicReportUnitProcess} instances that
 * carry the cycle's business key. Each read is a fixed number of queries, whatever the number of units.
 */
@Component
class UnitReports {

  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final Submissions submissions;
  private final Indicators indicators;
  /** SQL of {@link #openReports}, with the engine's table names (and prefix, if any). */
  private final String openReportSql;

  UnitReports(HistoryService historyService, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, Submissions submissions, Indicators indicators) {
    this.historyService = historyService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.submissions = submissions;
    this.indicators = indicators;
    this.openReportSql = "SELECT RES.* FROM " + managementService.getTableName(TaskEntity.class) + " RES INNER JOIN "
        + managementService.getTableName(ExecutionEntity.class) + " E ON E.ID_ = RES.PROC_INST_ID_"
        + " WHERE E.BUSINESS_KEY_ = #{businessKey} AND RES.TASK_DEF_KEY_ = #{taskKey}";
  }

  /** The period's open report tasks. */
  private NativeTaskQuery openReports(String businessKey) {
    return taskService.createNativeTaskQuery().sql(openReportSql).parameter("businessKey", businessKey)
        .parameter("taskKey", PeriodicReportUnitProcess.Element.SUBMIT_REPORT);
  }

  /** The units' instances of the cycle (running and ended), oldest first. */
  List<String> instanceIds(String businessKey) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PeriodicReportUnitProcess.KEY)
        .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().asc().list().stream()
        .map(HistoricProcessInstance::getId).toList();
  }

  /** How many units of the cycle have been given their report (an instance started). */
  long assigned(String businessKey) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PeriodicReportUnitProcess.KEY)
        .processInstanceBusinessKey(businessKey).count();
  }

  /**
   * Whether a report task of the cycle is open: a plain query that stops at the first one, run after
   * every unit's report. Camunda's task query would count every open task, and builds its SQL from a
   * mapping with hundreds of conditions each time: most of a record step's time with thousands of units.
   */
  boolean anyOpen(String businessKey) {
    return !openReports(businessKey).listPage(0, 1).isEmpty();
  }

  /** The units whose report task is open. */
  Set<String> openUnits(String businessKey) {
    String[] instances = openReports(businessKey).list().stream().map(Task::getProcessInstanceId).distinct()
        .toArray(String[]::new);
    if (instances.length == 0) {
      return Set.of();
    }
    return runtimeService.createVariableInstanceQuery().processInstanceIdIn(instances)
        .variableName(CommonVariables.UNIT_ID.name()).list().stream().map(VariableInstance::getValue)
        .map(String::valueOf).collect(Collectors.toSet());
  }

  /**
   * The period's reports, read in one go.
   *
   * @param submissions unit id to what it submitted, texts and figures (fields never filled are absent), in the order the
   *     units were given their reports
   * @param tasks unit id to its report task (the latest, if a unit was given its report twice)
   */
  record Period(Map<String, Map<String, Object>> submissions, Map<String, HistoricTaskInstance> tasks) {

    /**
     * What the units that sent their report submitted: a unit whose report task is still open has at
     * most saved a draft, which no figure counts.
     */
    Map<String, Map<String, Object>> sent() {
      Map<String, Map<String, Object>> sent = new LinkedHashMap<>();
      submissions.forEach((unit, values) -> {
        HistoricTaskInstance task = tasks.get(unit);
        if (task != null && task.getEndTime() != null) {
          sent.put(unit, values);
        }
      });
      return sent;
    }
  }

  Period read(String businessKey) {
    List<String> names = new ArrayList<>(PeriodicReportProcess.Var.UNIT_FIELDS);
    names.addAll(indicators.enteredKeys());
    names.add(CommonVariables.UNIT_ID.name());
    Map<String, String> unitOfInstance = new HashMap<>();
    Map<String, Map<String, Object>> byUnit = new LinkedHashMap<>();
    submissions.byInstance(instanceIds(businessKey), names).forEach((instance, values) -> {
      Object unit = values.remove(CommonVariables.UNIT_ID.name());
      if (unit != null) {
        unitOfInstance.put(instance, String.valueOf(unit));
        byUnit.put(String.valueOf(unit), values);
      }
    });
    Map<String, HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
        .processDefinitionKey(PeriodicReportUnitProcess.KEY).processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(PeriodicReportUnitProcess.Element.SUBMIT_REPORT).list().stream()
        .filter(task -> unitOfInstance.containsKey(task.getProcessInstanceId()))
        .collect(Collectors.toMap(task -> unitOfInstance.get(task.getProcessInstanceId()), task -> task,
            (first, second) -> LATEST.compare(first, second) >= 0 ? first : second));
    return new Period(byUnit, tasks);
  }

  private static final Comparator<HistoricTaskInstance> LATEST =
      Comparator.comparing(HistoricTaskInstance::getStartTime, Comparator.nullsFirst(Comparator.naturalOrder()));
}
