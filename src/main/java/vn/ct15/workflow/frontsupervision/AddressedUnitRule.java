package vn.ct15.workflow.frontsupervision;

import static vn.ct15.workflow.frontsupervision.FrontSupervisionProcess.Var;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;

/**
 * The unit addressed must be one of the units the supervising bodies may ask (by kind, from the
 * directory). Attached on {@code complete} of the choice task as {@code ${frontSupervisionAddressedUnit}},
 * and applied by the opening step to a unit given at a start through REST; the label is that of the
 * form {@code ct15-front-supervision-choose}.
 */
@Component("frontSupervisionAddressedUnit")
class AddressedUnitRule implements TaskListener {

  static final String UNIT_LABEL = "Cơ quan, đơn vị được đề nghị trả lời";

  private final OrganisationDirectory directory;
  private final FrontSupervisionProperties properties;

  AddressedUnitRule(OrganisationDirectory directory, FrontSupervisionProperties properties) {
    this.directory = directory;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    check(task.getVariable(Var.ADDRESSED_UNIT), "Không thể hoàn thành nhiệm vụ «" + task.getName() + "»");
  }

  /** The unit id, trimmed, if it may be addressed; otherwise refuses, the message starting with {@code refusal}. */
  String check(Object value, String refusal) {
    String unit = value == null ? "" : String.valueOf(value).trim();
    if (unit.isEmpty()) {
      throw new FormFieldValidationException(List.of(Var.ADDRESSED_UNIT), refusal + ": trường «" + UNIT_LABEL + "» là bắt buộc.");
    }
    if (!addressable().contains(unit)) {
      throw new FormFieldValidationException(List.of(Var.ADDRESSED_UNIT), refusal + ": trường «" + UNIT_LABEL
          + "» phải là một cơ quan, đơn vị trong danh bạ được đề nghị trả lời, không phải '" + unit + "'.");
    }
    return unit;
  }

  /** The units that may be addressed, in directory order. */
  List<String> addressable() {
    return directory.unitIds(properties.addressed());
  }
}
