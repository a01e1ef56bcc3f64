package vn.ct15.workflow.obstacle;

import static vn.ct15.workflow.obstacle.ObstacleProcess.Var;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.process.CommonVariables;

/**
 * The coordinator's triage, beyond what the form checks: an assignment to an office names one of the
 * assignable offices (the select's options come from a variable, so the form cannot check them), and a
 * set answer date is not in the past. Records who answers and when the answer is due. Attach on
 * {@code complete} as {@code ${obstacleTriageCheck}}.
 */
@Component("obstacleTriageCheck")
class TriageCheck implements TaskListener {

  static final String OFFICE_LABEL = "Cơ quan chuyên môn được giao";

  private final OrganisationDirectory directory;
  private final Deadlines deadlines;
  private final ObstacleProperties properties;

  TriageCheck(OrganisationDirectory directory, Deadlines deadlines, ObstacleProperties properties) {
    this.directory = directory;
    this.deadlines = deadlines;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    String answering;
    if (Var.TO_OFFICE.equals(task.getVariable(Var.ROUTE))) {
      Object office = task.getVariable(Var.OFFICE);
      if (office == null || String.valueOf(office).isBlank()) {
        throw refusal(task, Var.OFFICE, "khi giao cơ quan chuyên môn, trường «" + OFFICE_LABEL + "» là bắt buộc");
      }
      if (!directory.unitIds(properties.handlers()).contains(String.valueOf(office))) {
        throw refusal(task, Var.OFFICE, "trường «" + OFFICE_LABEL + "» phải là một cơ quan chuyên môn trong danh sách, không phải '"
            + office + "'");
      }
      answering = String.valueOf(office);
    } else {
      answering = directory.unitOfKind(UnitKind.LEADERSHIP.code());
      task.setVariable(Var.OFFICE, null);
    }
    Object deadline = CommonVariables.DEADLINE.fromOrNull(task);
    Date due = deadline == null || String.valueOf(deadline).isBlank() ? null : deadlines.parse(deadline);
    if (due != null && due.before(ClockUtil.getCurrentTime())) {
      throw refusal(task, CommonVariables.DEADLINE.name(), "trường «Hạn trả lời» không được trước thời điểm hiện tại");
    }
    task.setVariable(Var.ANSWER_DUE_DATE, due);
    task.setVariable(Var.ANSWERING_UNIT, answering);
    task.setVariable(Var.ANSWERING_UNIT_NAME, directory.unitName(answering));
  }

  private static FormFieldValidationException refusal(DelegateTask task, String field, String problem) {
    return new FormFieldValidationException(List.of(field), "Không thể hoàn thành nhiệm vụ «" + task.getName() + "»: "
        + problem + ".");
  }
}
