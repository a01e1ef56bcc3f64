package vn.ct15.workflow.concretization;

import static vn.ct15.workflow.concretization.ConcretizationProcess.Var;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;

/**
 * The rules of a unit's record beyond what the form checks field by field: the document makes at
 * least one part of the motto concrete, and it is not dated in the future. Attach on
 * {@code complete} as {@code ${concretizationDocumentCheck}}.
 */
@Component("concretizationDocumentCheck")
class DocumentCheck implements TaskListener {

  private final Deadlines deadlines;

  DocumentCheck(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean anyPart = Var.PARTS.stream().map(task::getVariable).anyMatch(Boolean.TRUE::equals);
    if (!anyPart) {
      throw new FormFieldValidationException(Var.PARTS, "Không thể hoàn thành nhiệm vụ «" + task.getName()
          + "»: hãy chọn ít nhất một nội dung của phương châm mà văn bản cụ thể hóa («"
          + String.join("», «", Var.PART_LABELS) + "»).");
    }
    LocalDate issued = day(task.getVariable(Var.ISSUED_ON));
    if (issued != null && issued.isAfter(deadlines.today())) {
      throw new FormFieldValidationException(List.of(Var.ISSUED_ON), "Không thể hoàn thành nhiệm vụ «" + task.getName()
          + "»: trường «Ngày ban hành» không được sau ngày hôm nay (văn bản phải đã được ban hành).");
    }
  }

  private LocalDate day(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(deadlines.zone()).toLocalDate();
    }
    try {
      String text = String.valueOf(value).trim();
      return value == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null; // the form's own check names a date that is no date
    }
  }
}
