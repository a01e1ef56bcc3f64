package vn.ct15.workflow.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * What each unit submitted in a process instance. A per-unit activity (multi-instance task or
 * subprocess) declares its form fields and the unit id as local variables (input mappings), so
 * every unit's submission lives in its own scope; this reads them back from the history, grouped
 * by scope, keyed by unit id. Works while the instance runs and after it ended.
 *
 * <p>Where each unit's work is a process instance of its own (an organisation of thousands of units),
 * {@link #byInstance} reads the same from those instances' own variables.
 */
@Component
public class Submissions {

  private final HistoryService historyService;

  Submissions(HistoryService historyService) {
    this.historyService = historyService;
  }

  /**
   * @param unitVariable the local variable naming the unit of each scope (e.g. {@code unitId})
   * @param fields the submitted fields to read
   * @return unit id to its fields (a field never filled is absent), in the order the scopes began
   */
  public Map<String, Map<String, Object>> byUnit(String processInstanceId, String unitVariable, Collection<String> fields) {
    List<String> names = new ArrayList<>(fields);
    names.add(unitVariable);
    Map<String, List<HistoricVariableInstance>> byScope = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableNameIn(names.toArray(String[]::new))
        .orderByProcessInstanceId().asc().list().stream()
        .filter(variable -> !variable.getExecutionId().equals(processInstanceId))
        .collect(Collectors.groupingBy(HistoricVariableInstance::getExecutionId, LinkedHashMap::new, Collectors.toList()));
    Map<String, Map<String, Object>> result = new LinkedHashMap<>();
    for (List<HistoricVariableInstance> scope : byScope.values()) {
      Map<String, Object> values = new LinkedHashMap<>();
      String unit = null;
      for (HistoricVariableInstance variable : scope) {
        if (variable.getName().equals(unitVariable)) {
          unit = String.valueOf(variable.getValue());
        } else if (variable.getValue() != null) {
          values.put(variable.getName(), variable.getValue());
        }
      }
      if (unit != null) {
        result.put(unit, values);
      }
    }
    return result;
  }

  /** How many process instance ids go into one variable query (databases limit an IN list). */
  static final int IDS_PER_QUERY = 500;

  /**
   * What each unit submitted where every unit's work is a process instance of its own: the
   * instances' process-level variables, a query per {@value #IDS_PER_QUERY} instances.
   *
   * @param processInstanceIds the units' process instances (running or ended)
   * @param names the variables to read (e.g. the unit's id and the submitted fields)
   * @return instance id to its variables (one never set, or null, is absent), in the order of the ids given
   */
  public Map<String, Map<String, Object>> byInstance(List<String> processInstanceIds, Collection<String> names) {
    Map<String, Map<String, Object>> result = new LinkedHashMap<>();
    processInstanceIds.forEach(id -> result.put(id, new LinkedHashMap<>()));
    for (int from = 0; from < processInstanceIds.size(); from += IDS_PER_QUERY) {
      List<String> ids = processInstanceIds.subList(from, Math.min(from + IDS_PER_QUERY, processInstanceIds.size()));
      for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(ids.toArray(String[]::new)).variableNameIn(names.toArray(String[]::new)).list()) {
        if (variable.getProcessInstanceId().equals(variable.getExecutionId()) && variable.getValue() != null) {
          result.get(variable.getProcessInstanceId()).put(variable.getName(), variable.getValue());
        }
      }
    }
    return result;
  }
}
