package vn.ct15.workflow.periodicreport;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.UnitKind;

/**
 * The figures of a unit's report, checked by the server whatever the client sent: each a whole
 * number, 0 or more; none for a figure its kind does not report; none above the figure the file
 * says it may not exceed ("settled ≤ received"). A refusal names the fields in Vietnamese, and the
 * task stays open with what was saved. Attach on {@code complete} as {@code ${periodicReportFigures}}.
 */
@Component("periodicReportFigures")
class FiguresCheck implements TaskListener {

  private final Indicators indicators;

  FiguresCheck(Indicators indicators) {
    this.indicators = indicators;
  }

  @Override
  public void notify(DelegateTask task) {
    Object kindCode = task.getVariable(PeriodicReportUnitProcess.Var.UNIT_KIND);
    UnitKind kind = kindCode == null ? null : UnitKind.fromCode(String.valueOf(kindCode));
    List<String> fields = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Indicators.Indicator figure : indicators.entered()) {
      Object value = task.getVariable(figure.key());
      if (value == null) {
        continue;
      }
      Long number = wholeNumber(value);
      if (number == null || number < 0) {
        fields.add(figure.key());
        problems.add("trường «" + figure.labelWithUnit() + "» phải là số nguyên không âm, không phải '" + value + "'");
      } else if (kind != null && !figure.appliesTo(kind) && number != 0) {
        fields.add(figure.key());
        problems.add("trường «" + figure.labelWithUnit() + "» không thuộc báo cáo của loại đơn vị này");
      }
    }
    for (Indicators.Indicator figure : indicators.entered()) {
      if (figure.atMost() == null || fields.contains(figure.key())) {
        continue;
      }
      Long value = wholeNumber(task.getVariable(figure.key()));
      Long limit = wholeNumber(task.getVariable(figure.atMost()));
      if (value != null && value > (limit == null ? 0 : limit)) {
        Indicators.Indicator bound = indicators.all().stream().filter(other -> other.key().equals(figure.atMost())).findFirst().orElseThrow();
        fields.add(figure.key());
        problems.add("trường «" + figure.labelWithUnit() + "» (" + value + ") không được lớn hơn «" + bound.labelWithUnit() + "» ("
            + (limit == null ? 0 : limit) + ")");
      }
    }
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException(fields, "Không thể hoàn thành nhiệm vụ «" + task.getName() + "»: "
          + String.join("; ", problems) + ".");
    }
  }

  /** The value as a whole number, or null if it is not one. */
  static Long wholeNumber(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
        && !Double.isInfinite(number.doubleValue())) {
      return number.longValue();
    }
    if (value instanceof String text && text.strip().matches("-?\\d{1,18}")) {
      return Long.parseLong(text.strip());
    }
    return null;
  }
}
