package vn.ct15.workflow.dissemination;

import static vn.ct15.workflow.dissemination.DisseminationProcess.Var;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.form.TaskForms;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The cross-field rules of a unit's report, beyond what the form itself checks: the other form of
 * dissemination must be named when "Hình thức khác" is chosen, and people are counted in whole
 * numbers. Attach on {@code complete} as {@code ${disseminationReportCheck}}.
 */
@Component("disseminationReportCheck")
class ReportCheck implements TaskListener {

  private final TaskForms forms;

  ReportCheck(TaskForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForms.Fields form = forms.of((TaskEntity) task);
    List<String> fields = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Object other = task.getVariable(Var.CHANNEL_OTHER);
    if (Var.CHANNEL_OTHER_OPTION.equals(task.getVariable(Var.CHANNEL)) && (other == null || String.valueOf(other).isBlank())) {
      fields.add(Var.CHANNEL_OTHER);
      problems.add("khi chọn «" + form.optionLabel(Var.CHANNEL, Var.CHANNEL_OTHER_OPTION) + "», trường «"
          + form.label(Var.CHANNEL_OTHER) + "» là bắt buộc");
    }
    for (String count : Var.PARTICIPANTS) {
      Object value = task.getVariable(count);
      if (value != null && !isWholeNumber(value)) {
        fields.add(count);
        problems.add("trường «" + form.label(count) + "» phải là số nguyên (số lượt người)");
      }
    }
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException(fields, "Không thể hoàn thành nhiệm vụ «" + task.getName() + "»: "
          + String.join("; ", problems) + ".");
    }
  }

  private static boolean isWholeNumber(Object value) {
    if (value instanceof String text && text.isBlank()) {
      return true;
    }
    try {
      BigDecimal number = new BigDecimal(String.valueOf(value).trim());
      return number.stripTrailingZeros().scale() <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
