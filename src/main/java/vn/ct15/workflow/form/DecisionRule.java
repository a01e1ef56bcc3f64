package vn.ct15.workflow.form;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * The one rule of every decision a reviewer takes on a form (approve or return, accept or reopen):
 * the decision is a choice that must be made, and the way back needs the reviewer's comment so that
 * whoever gets the work back knows what to change. The fields are named in the messages by their
 * labels on the task's form.
 */
@Component
public class DecisionRule {

  private final TaskForms forms;

  DecisionRule(TaskForms forms) {
    this.forms = forms;
  }

  /**
   * The decision taken on the task; refuses its completion when none was taken, or when the work goes
   * back without a comment.
   *
   * @param choose what the reviewer chooses between, as it reads after "hãy chọn" ("phê duyệt hoặc trả lại")
   * @param back when the comment is needed, as it reads before ", trường … là bắt buộc" ("khi trả lại")
   */
  public boolean decide(DelegateTask task, String decision, String comment, String choose, String back) {
    TaskForms.Fields form = forms.of((TaskEntity) task);
    Object taken = task.getVariable(decision);
    if (!(taken instanceof Boolean forward)) {
      throw new FormFieldValidationException(List.of(decision), "Không thể hoàn thành nhiệm vụ «" + task.getName()
          + "»: hãy chọn " + choose + " (trường «" + form.label(decision) + "»).");
    }
    Object text = task.getVariable(comment);
    if (!forward && (text == null || String.valueOf(text).isBlank())) {
      throw new FormFieldValidationException(List.of(comment), "Không thể hoàn thành nhiệm vụ «" + task.getName()
          + "»: " + back + ", trường «" + form.label(comment) + "» là bắt buộc.");
    }
    return forward;
  }
}
