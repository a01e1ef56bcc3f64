package vn.ct15.workflow.inspection;

import static vn.ct15.workflow.inspection.InspectionProcess.Var;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.CommonVariables;

/**
 * Phòng Nội vụ accepts a unit's correction, or sends it back with a comment saying what is still to
 * be corrected. Attached on {@code complete} of the verification task as
 * {@code ${inspectionCorrectionVerdict}}; the labels are those of the form {@code ct15-inspection-verify}.
 */
@Component("inspectionCorrectionVerdict")
class CorrectionVerdictListener implements TaskListener {

  static final String ACCEPTED_LABEL = "Công nhận đã khắc phục";
  static final String COMMENT_LABEL = "Ý kiến";

  @Override
  public void notify(DelegateTask task) {
    Object accepted = task.getVariable(Var.ACCEPTED);
    if (!(accepted instanceof Boolean)) {
      throw new FormFieldValidationException(List.of(Var.ACCEPTED), "Không thể hoàn thành nhiệm vụ «" + task.getName()
          + "»: hãy chọn công nhận hoặc yêu cầu tiếp tục khắc phục (trường «" + ACCEPTED_LABEL + "»).");
    }
    Object comment = CommonVariables.COMMENT.fromOrNull(task);
    if (!(Boolean) accepted && (comment == null || String.valueOf(comment).isBlank())) {
      throw new FormFieldValidationException(List.of(CommonVariables.COMMENT.name()), "Không thể hoàn thành nhiệm vụ «" + task.getName()
          + "»: khi chưa công nhận kết quả khắc phục, trường «" + COMMENT_LABEL + "» là bắt buộc.");
    }
  }
}
