package vn.ct15.workflow.inspection;

import static vn.ct15.workflow.inspection.InspectionProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.form.DecisionRule;

/**
 * Phòng Nội vụ accepts a unit's correction, or sends it back with a comment saying what is still to
 * be corrected. Attached on {@code complete} of the verification task as
 * {@code ${inspectionCorrectionVerdict}}; the labels are those of the form {@code ct15-inspection-verify}, as the
 * {@link DecisionRule} reads them.
 */
@Component("inspectionCorrectionVerdict")
class CorrectionVerdictListener implements TaskListener {

  private final DecisionRule rule;

  CorrectionVerdictListener(DecisionRule rule) {
    this.rule = rule;
  }

  @Override
  public void notify(DelegateTask task) {
    rule.decide(task, Var.ACCEPTED, CommonVariables.COMMENT.name(), "công nhận hoặc yêu cầu tiếp tục khắc phục",
        "khi chưa công nhận kết quả khắc phục");
  }
}
