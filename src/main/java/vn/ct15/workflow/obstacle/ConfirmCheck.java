package vn.ct15.workflow.obstacle;

import static vn.ct15.workflow.obstacle.ObstacleProcess.Var;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * The raising unit's confirmation: asking for a difficulty to be considered again needs the unit's
 * comment, so Phòng Nội vụ knows what is still unresolved. Attach on {@code complete} as
 * {@code ${obstacleConfirmCheck}}.
 */
@Component("obstacleConfirmCheck")
class ConfirmCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object comment = task.getVariable(Var.UNIT_COMMENT);
    if (Var.REOPENED.equals(task.getVariable(Var.OUTCOME)) && (comment == null || String.valueOf(comment).isBlank())) {
      throw new FormFieldValidationException(List.of(Var.UNIT_COMMENT), "Không thể hoàn thành nhiệm vụ «" + task.getName()
          + "»: khi đề nghị xem xét lại, trường «Ý kiến của đơn vị» là bắt buộc.");
    }
  }
}
