package vn.ct15.workflow.form;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * For review tasks (approve or return): a return needs the reviewer's comment, so the drafter
 * knows what to change. Attach on {@code complete} as {@code ${reviewDecision}}; reads the
 * variables {@value #APPROVED} and {@value #COMMENT}.
 */
@Component("reviewDecision")
public class ReviewDecisionListener implements TaskListener {

  public static final String APPROVED = "approved";
  public static final String COMMENT = "comment";

  @Override
  public void notify(DelegateTask task) {
    Object approved = task.getVariable(APPROVED);
    if (!(approved instanceof Boolean)) {
      throw new FormFieldValidationException(List.of(APPROVED),
          "Không thể hoàn thành nhiệm vụ «" + task.getName() + "»: hãy chọn phê duyệt hoặc trả lại (trường «Quyết định»).");
    }
    Object comment = task.getVariable(COMMENT);
    if (!((Boolean) approved) && (comment == null || String.valueOf(comment).isBlank())) {
      throw new FormFieldValidationException(List.of(COMMENT),
          "Không thể hoàn thành nhiệm vụ «" + task.getName() + "»: khi trả lại, trường «Ý kiến» là bắt buộc.");
    }
  }
}
