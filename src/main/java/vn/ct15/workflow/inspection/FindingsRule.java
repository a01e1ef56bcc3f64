package vn.ct15.workflow.inspection;

import static vn.ct15.workflow.inspection.InspectionProcess.Var;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * The findings at a unit say whether it has shortcomings to correct; when it has, they must be
 * named, since the unit's corrective task shows them. Attached on {@code complete} of the findings
 * task as {@code ${inspectionFindingsRule}}; the labels are those of the form {@code ct15-inspection-findings}.
 */
@Component("inspectionFindingsRule")
class FindingsRule implements TaskListener {

  static final String HAS_SHORTCOMINGS_LABEL = "Có tồn tại, hạn chế cần chấn chỉnh";
  static final String SHORTCOMINGS_LABEL = "Tồn tại, hạn chế";

  @Override
  public void notify(DelegateTask task) {
    Object hasShortcomings = task.getVariable(Var.HAS_SHORTCOMINGS);
    if (!(hasShortcomings instanceof Boolean)) {
      throw new FormFieldValidationException(List.of(Var.HAS_SHORTCOMINGS), "Không thể hoàn thành nhiệm vụ «"
          + task.getName() + "»: hãy cho biết đơn vị có tồn tại, hạn chế cần chấn chỉnh hay không (trường «"
          + HAS_SHORTCOMINGS_LABEL + "»).");
    }
    Object shortcomings = task.getVariable(Var.SHORTCOMINGS);
    if ((Boolean) hasShortcomings && (shortcomings == null || String.valueOf(shortcomings).isBlank())) {
      throw new FormFieldValidationException(List.of(Var.SHORTCOMINGS), "Không thể hoàn thành nhiệm vụ «"
          + task.getName() + "»: khi chọn «" + HAS_SHORTCOMINGS_LABEL + "», trường «" + SHORTCOMINGS_LABEL + "» là bắt buộc.");
    }
  }
}
