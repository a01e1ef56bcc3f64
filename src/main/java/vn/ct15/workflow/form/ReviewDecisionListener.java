package vn.ct15.workflow.form;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.CommonVariables;

/**
 * For review tasks (approve or return): the {@link DecisionRule} on {@code CommonVariables.APPROVED}
 * and {@code CommonVariables.COMMENT}. Attach on {@code complete} as {@code ${reviewDecision}}.
 */
@Component("reviewDecision")
public class ReviewDecisionListener implements TaskListener {

  private final DecisionRule rule;

  ReviewDecisionListener(DecisionRule rule) {
    this.rule = rule;
  }

  @Override
  public void notify(DelegateTask task) {
    rule.decide(task, CommonVariables.APPROVED.name(), CommonVariables.COMMENT.name(), "phê duyệt hoặc trả lại", "khi trả lại");
  }
}
