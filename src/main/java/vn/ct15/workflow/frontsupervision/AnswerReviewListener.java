package vn.ct15.workflow.frontsupervision;

import static vn.ct15.workflow.frontsupervision.FrontSupervisionProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.form.DecisionRule;

/**
 * The supervising body accepts the unit's answer, or reopens it with a comment saying what is still
 * to be answered. A reopened answer is due within answer-within working days of the reopening: the
 * start's deadline, if any, held for the first answer only. Attached on {@code complete} of the review
 * task as {@code ${frontSupervisionAnswerReview}}; the labels are those of the form
 * {@code ct15-front-supervision-review}, as the {@link DecisionRule} reads them.
 */
@Component("frontSupervisionAnswerReview")
class AnswerReviewListener implements TaskListener {

  private final DecisionRule rule;

  AnswerReviewListener(DecisionRule rule) {
    this.rule = rule;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!rule.decide(task, Var.ACCEPTED, CommonVariables.COMMENT.name(), "chấp nhận hoặc đề nghị trả lời lại",
        "khi đề nghị trả lời lại")) {
      task.getExecution().setVariable(Var.ANSWER_DUE_DATE, null);
    }
  }
}
