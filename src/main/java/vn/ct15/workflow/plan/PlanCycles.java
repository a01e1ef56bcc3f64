package vn.ct15.workflow.plan;

import java.util.Set;
import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;

/**
 * A cycle of a duty (a plan year, a reporting period) runs once: its process instance carries
 * the business key {@code <process key>:<cycle>}, and a second start of the same cycle is refused
 * while the first is running or has finished. A cycle whose instance was cancelled may start again.
 */
@Component
public class PlanCycles {

  private static final Set<String> TAKEN = Set.of(HistoricProcessInstance.STATE_ACTIVE,
      HistoricProcessInstance.STATE_SUSPENDED, HistoricProcessInstance.STATE_COMPLETED);

  /** The variable a start form gives the plan year in. */
  public static final String YEAR = "year";

  private final HistoryService historyService;
  private final Deadlines deadlines;

  PlanCycles(HistoryService historyService, Deadlines deadlines) {
    this.historyService = historyService;
    this.deadlines = deadlines;
  }

  /**
   * The plan year a start gives ({@value #YEAR}: a number or its text), or the current year (engine
   * clock, deadlines' zone) when none is given; refuses anything outside 2000..2100 in Vietnamese.
   */
  public int year(Object given) {
    if (given == null || given instanceof String text && text.isBlank()) {
      return deadlines.today().getYear();
    }
    try {
      int year = given instanceof Number number ? number.intValue() : Integer.parseInt(String.valueOf(given).trim());
      if (year >= 2000 && year <= 2100) {
        return year;
      }
    } catch (NumberFormatException ignored) {
      // refused below
    }
    throw new FormFieldValidationException(List.of(YEAR), "Năm kế hoạch (year) không hợp lệ: '" + given
        + "'. Hãy nhập năm, ví dụ 2026.");
  }

  public static String businessKey(String processKey, String cycle) {
    return processKey + ":" + cycle;
  }

  /** Names this instance's cycle in its business key, or refuses if the cycle already ran. */
  public String open(DelegateExecution execution, String cycle, String cycleLabel) {
    ProcessDefinition definition = execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId());
    String businessKey = businessKey(definition.getKey(), cycle);
    boolean taken = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(definition.getKey()).processInstanceBusinessKey(businessKey).list().stream()
        .anyMatch(other -> !other.getId().equals(execution.getProcessInstanceId()) && TAKEN.contains(other.getState()));
    if (taken) {
      throw new FormFieldValidationException(List.of(), "«" + definition.getName() + "» cho " + cycleLabel
          + " đã được khởi động (mã " + businessKey + "); không thể khởi động lại cùng một kỳ.");
    }
    execution.setProcessBusinessKey(businessKey);
    return businessKey;
  }
}
