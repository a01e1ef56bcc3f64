package vn.ct15.workflow.plan;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.TimerStartEventJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.deadline.Deadlines;

/**
 * A cycle of a duty (a plan year, a reporting period) runs once: its process instance carries
 * the business key {@code <process key>:<cycle>}, and a second start of the same cycle is refused
 * while the first is running or has finished. A cycle whose instance was cancelled may start again.
 *
 * <p>A start nobody asked for by hand — the process's own timer start, or a call from the yearly
 * plan {@code ct15-plan} — that finds its cycle taken is not refused but ends quietly: {@link #open}
 * throws the BPMN error {@value #CYCLE_STARTED_ERROR}, which the opening task's error boundary event
 * (or the plan's call activity) catches.
 */
@Component
public class PlanCycles {

  private static final Set<String> TAKEN = Set.of(HistoricProcessInstance.STATE_ACTIVE,
      HistoricProcessInstance.STATE_SUSPENDED, HistoricProcessInstance.STATE_COMPLETED);

  private final HistoryService historyService;
  private final Deadlines deadlines;

  PlanCycles(HistoryService historyService, Deadlines deadlines) {
    this.historyService = historyService;
    this.deadlines = deadlines;
  }

  /** The BPMN error code of an automatic start that finds its cycle already started. */
  public static final String CYCLE_STARTED_ERROR = "ct15-cycle-started";

  public static String businessKey(String processKey, String cycle) {
    return processKey + ":" + cycle;
  }

  /**
   * Names this instance's cycle in its business key, or, if the cycle already ran, refuses a start by
   * hand and ends an automatic start (timer, call from the plan) with the BPMN error
   * {@value #CYCLE_STARTED_ERROR}.
   */
  public String open(DelegateExecution execution, String cycle, String cycleLabel) {
    ProcessDefinition definition = execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId());
    String businessKey = businessKey(definition.getKey(), cycle);
    if (taken(definition.getKey(), businessKey, execution.getProcessInstanceId())) {
      if (automatic(execution)) {
        throw new BpmnError(CYCLE_STARTED_ERROR, "«" + definition.getName() + "» cho " + cycleLabel
            + " đã được khởi động (mã " + businessKey + "); lần khởi động tự động này kết thúc, không tạo kỳ trùng.");
      }
      throw new FormFieldValidationException(List.of(), "«" + definition.getName() + "» cho " + cycleLabel
          + " đã được khởi động (mã " + businessKey + "); không thể khởi động lại cùng một kỳ.");
    }
    execution.setProcessBusinessKey(businessKey);
    return businessKey;
  }

  /** Whether the cycle of this process has an instance running, suspended or finished. */
  public boolean started(String processKey, String cycle) {
    return taken(processKey, businessKey(processKey, cycle), null);
  }

  private boolean taken(String processKey, String businessKey, String exceptInstanceId) {
    return historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).list().stream()
        .anyMatch(other -> !other.getId().equals(exceptInstanceId) && TAKEN.contains(other.getState()));
  }

  /** Started by its own timer start event or called by another process (the plan), not by a person. */
  private static boolean automatic(DelegateExecution execution) {
    if (execution.getProcessInstance().getSuperExecution() != null) {
      return true;
    }
    CommandContext commandContext = Context.getCommandContext();
    JobEntity job = commandContext == null ? null : commandContext.getCurrentJob();
    return job != null && TimerStartEventJobHandler.TYPE.equals(job.getJobHandlerType());
  }

  /**
   * Opens the cycle of a plan year, the one way every yearly process starts: reads the year given at the
   * start (or takes the current one), names the cycle {@code <process key>:<year>} ({@link #open}),
   * writes the year as an Integer and returns it with the deadline given, from which the due dates follow.
   *
   * @param yearLabel the start form's label of the year, for the refusal of a wrong one
   */
  public OpenedYear openYear(DelegateExecution execution, String yearLabel) {
    int year = year(execution.getVariable(CommonVariables.YEAR.name()), yearLabel);
    open(execution, String.valueOf(year), "năm " + year);
    CommonVariables.YEAR.on(execution, year);
    return new OpenedYear(year, CommonVariables.DEADLINE.fromOrNull(execution), deadlines);
  }

  /**
   * The plan year given at a start (a number or its text), or the current year when none was given
   * (a timer start); refuses anything outside 2000..2100 with a Vietnamese message naming the field.
   */
  public int year(Object given) {
    return year(given, "Năm");
  }

  /** As {@link #year(Object)}, the refusal naming the field by its form label (e.g. «Năm kiểm tra»). */
  public int year(Object given, String fieldLabel) {
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
    throw new FormFieldValidationException(List.of(CommonVariables.YEAR.name()), "Trường «" + fieldLabel + "» không hợp lệ: '" + given
        + "'. Hãy nhập năm, ví dụ 2026.");
  }
}
