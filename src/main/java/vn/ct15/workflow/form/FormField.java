package vn.ct15.workflow.form;

import java.util.List;
import java.util.Map;

/**
 * One input field of a Camunda Form (form-js schema), with the validation Tasklist shows for it.
 *
 * @param type form-js component type (textfield, textarea, number, datetime, select, ...)
 * @param subtype for datetime: date, time or datetime
 * @param values the allowed values of a select, radio or checklist with static options
 * @param optionLabels the label the form shows for each of those values
 * @param readOnly shown to the person but not theirs to change (form-js {@code readonly} or {@code disabled})
 */
record FormField(String key, String label, String type, String subtype, boolean required, Integer minLength,
    Integer maxLength, Double min, Double max, String pattern, String validationType, List<String> values,
    Map<String, String> optionLabels, boolean readOnly) {

  /** The label the form shows for an option's value; the value itself for one the form does not offer. */
  String optionLabel(Object value) {
    String text = String.valueOf(value);
    return optionLabels.getOrDefault(text, text);
  }

  String displayName() {
    return label == null || label.isBlank() ? key : label;
  }
}
