package vn.ct15.workflow.evaluation;

import static vn.ct15.workflow.evaluation.AnnualEvaluationProcess.Var;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;

/**
 * Phòng Nội vụ sends the proposals to the Chairman only after confirming it checked them: a checkbox
 * is never "missing" to the form validation (false is a value), so the confirmation is required here.
 * Attached on {@code complete} of the review task; the label is that of the form
 * {@code ct15-annual-evaluation-review}.
 */
@Component("annualEvaluationReviewConfirmed")
class ReviewConfirmedListener implements TaskListener {

  private final OrganisationDirectory directory;

  ReviewConfirmedListener(OrganisationDirectory directory) {
    this.directory = directory;
  }

  static final String CONFIRMED_LABEL = "Xác nhận đã rà soát số liệu và đề xuất đánh giá";

  @Override
  public void notify(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable(Var.CONFIRMED))) {
      throw new FormFieldValidationException(List.of(Var.CONFIRMED), "Không thể hoàn thành nhiệm vụ «" + task.getName()
          + "»: hãy chọn trường «" + CONFIRMED_LABEL + "» trước khi trình Chủ tịch " + directory.leadershipName() + ".");
    }
  }
}
