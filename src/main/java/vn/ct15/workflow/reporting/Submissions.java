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
}
