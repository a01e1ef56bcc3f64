package vn.ct15.workflow.inspection;

import static vn.ct15.workflow.inspection.InspectionProcess.Var;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;

/**
 * The inspection plan must choose at least one unit, and only units of the inspected kinds. Tasklist
 * sends the taglist's choice as a Json array of unit ids; a REST or Java client may send a list or
 * a comma-separated text. Stores the checked choice, in directory order, as
 * {@code inspectedUnitIds} for the per-unit subprocess. Attached on
 * {@code complete} of the plan task as {@code ${inspectionUnitsRule}}; the label is that of the form
 * {@code ct15-inspection-plan}.
 */
@Component("inspectionUnitsRule")
class InspectedUnitsRule implements TaskListener {

  static final String UNITS_LABEL = "Đơn vị được kiểm tra";

  private final OrganisationDirectory directory;
  private final InspectionProperties properties;

  InspectedUnitsRule(OrganisationDirectory directory, InspectionProperties properties) {
    this.directory = directory;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    Set<String> chosen = new LinkedHashSet<>(ids(task.getVariable(Var.CHOSEN_UNITS)));
    List<String> inspectable = directory.unitIds(properties.inspected());
    List<String> unknown = chosen.stream().filter(unit -> !inspectable.contains(unit)).toList();
    if (!unknown.isEmpty()) {
      throw new FormFieldValidationException(List.of(Var.CHOSEN_UNITS), "Không thể hoàn thành nhiệm vụ «" + task.getName()
          + "»: trường «" + UNITS_LABEL + "» có mã đơn vị không thuộc danh sách được kiểm tra: " + String.join(", ", unknown) + ".");
    }
    if (chosen.isEmpty()) {
      throw new FormFieldValidationException(List.of(Var.CHOSEN_UNITS), "Không thể hoàn thành nhiệm vụ «" + task.getName()
          + "»: hãy chọn ít nhất một đơn vị trong trường «" + UNITS_LABEL + "».");
    }
    Var.INSPECTED_UNIT_IDS.on(task.getExecution(),
        new ArrayList<>(inspectable.stream().filter(chosen::contains).toList()));
  }

  /** The unit ids of a choice, whichever client sent it. */
  static List<String> ids(Object value) {
    List<String> ids = new ArrayList<>();
    if (value instanceof SpinJsonNode json) {
      if (json.isArray()) {
        json.elements().forEach(element -> ids.add(element.isString() ? element.stringValue() : String.valueOf(element)));
      } else if (json.isString()) {
        ids.addAll(ids(json.stringValue()));
      }
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(element -> ids.add(String.valueOf(element)));
    } else if (value instanceof String text) {
      String trimmed = text.trim();
      if (trimmed.startsWith("[")) {
        return ids(org.camunda.spin.Spin.JSON(trimmed));
      }
      for (String part : trimmed.split(",")) {
        ids.add(part);
      }
    }
    return ids.stream().map(String::trim).filter(id -> !id.isEmpty()).toList();
  }
}
