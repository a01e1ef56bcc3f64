package vn.ct15.workflow.extension;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.extension.ExtensionProcess.OnTask;
import vn.ct15.workflow.extension.ExtensionProcess.Var;

/**
 * Phòng Nội vụ's decision on a request. When the task is created, names it after the duty and the
 * unit (the model's name stays short for the diagram). When it is completed: a refusal needs a
 * comment; a grant takes the date proposed or the one chosen instead, which must lie ahead, and
 * records it as {@value Var#GRANTED_DUE}. Either way the task asked about no longer waits for a
 * decision, so its unit may ask again.
 */
@Component("extensionDecision")
class ExtensionDecision implements TaskListener {

  /** Task names are stored in 255 characters. */
  static final int MAX_NAME = 255;

  private final Deadlines deadlines;

  ExtensionDecision(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      String duty = String.valueOf(task.getVariable(Var.TASK_NAME));
      String unit = String.valueOf(task.getVariable(Var.UNIT_NAME));
      // most duties' names already end with their unit's name
      String name = "Xét đề nghị gia hạn: " + duty + (unit.isBlank() || duty.contains(unit) ? "" : " — " + unit);
      task.setName(name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…");
      return;
    }
    String refusal = "Không thể hoàn thành nhiệm vụ «" + task.getName() + "»";
    Object decision = task.getVariable(Var.DECISION);
    if (Var.REFUSE.equals(decision)) {
      Object comment = task.getVariable(Var.COMMENT);
      if (comment == null || String.valueOf(comment).isBlank()) {
        throw new FormFieldValidationException(List.of(Var.COMMENT), refusal + ": khi không đồng ý gia hạn, trường «Ý kiến» là bắt buộc.");
      }
    } else if (Var.GRANT.equals(decision)) {
      Object chosen = task.getVariable(Var.NEW_DUE);
      Date granted = chosen == null || String.valueOf(chosen).isBlank() ? (Date) task.getVariable(Var.PROPOSED_DUE)
          : deadlines.parse(chosen);
      if (!granted.after(ClockUtil.getCurrentTime())) {
        throw new FormFieldValidationException(List.of(Var.NEW_DUE), refusal + ": hạn gia hạn phải sau thời điểm hiện tại.");
      }
      task.setVariable(Var.GRANTED_DUE, granted);
    } else {
      throw new FormFieldValidationException(List.of(Var.DECISION), refusal + ": hãy chọn đồng ý hoặc không đồng ý gia hạn (trường «Quyết định»).");
    }
    TaskEntity asked = Context.getCommandContext().getTaskManager().findTaskById((String) task.getVariable(Var.TASK_ID));
    if (asked != null) {
      asked.removeVariableLocal(OnTask.PENDING);
    }
  }
}
