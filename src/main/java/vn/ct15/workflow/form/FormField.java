package vn.ct15.workflow.form;

import java.util.List;

/**
 * One input field of a Camunda Form (form-js schema), with the validation Tasklist shows for it.
 *
 * @param type form-js component type (textfield, textarea, number, datetime, select, ...)
 * @param subtype for datetime: date, time or datetime
 * @param values the allowed values of a select, radio or checklist with static options
 * @param readOnly shown to the person but not theirs to change (form-js {@code readonly} or {@code disabled})
 */
record FormField(String key, String label, String type, String subtype, boolean required, Integer minLength,
    Integer maxLength, Double min, Double max, String pattern, String validationType, List<String> values,
    boolean readOnly) {

  String displayName() {
    return label == null || label.isBlank() ? key : label;
  }
}
