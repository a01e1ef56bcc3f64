package vn.ct15.workflow.frontsupervision;

import static vn.ct15.workflow.frontsupervision.FrontSupervisionProcess.Var;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.CommonVariables;

/**
 * The supervising body accepts the unit's answer, or reopens it with a comment saying what is still
 * to be answered. A reopened answer is due within answer-within working days of the reopening: the
 * start's deadline, if any, held for the first answer only. Attached on {@code complete} of the review
 * task as {@code ${frontSupervisionAnswerReview}}; the labels are those of the form
 * {@code ct15-front-supervision-review}.
 */
@Component("frontSupervisionAnswerReview")
class AnswerReviewListener implements TaskListener {

  static final String ACCEPTED_LABEL = "Chấp nhận nội dung trả lời";
  static final String COMMENT_LABEL = "Ý kiến";

  @Override
  public void notify(DelegateTask task) {
    Object accepted = task.getVariable(Var.ACCEPTED);
    if (!(accepted instanceof Boolean)) {
      throw new FormFieldValidationException(List.of(Var.ACCEPTED), "Không thể hoàn thành nhiệm vụ «" + task.getName()
          + "»: hãy chọn chấp nhận hoặc đề nghị trả lời lại (trường «" + ACCEPTED_LABEL + "»).");
    }
    if ((Boolean) accepted) {
      return;
    }
    Object comment = CommonVariables.COMMENT.fromOrNull(task);
    if (comment == null || String.valueOf(comment).isBlank()) {
      throw new FormFieldValidationException(List.of(CommonVariables.COMMENT.name()), "Không thể hoàn thành nhiệm vụ «" + task.getName()
          + "»: khi đề nghị trả lời lại, trường «" + COMMENT_LABEL + "» là bắt buộc.");
    }
    task.getExecution().setVariable(Var.ANSWER_DUE_DATE, null);
  }
}
