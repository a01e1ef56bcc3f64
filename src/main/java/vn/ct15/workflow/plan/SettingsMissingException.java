package vn.ct15.workflow.plan;

/** Settings the product needs are not written in the plan file nor in application.yaml. */
public class SettingsMissingException extends IllegalStateException {

  SettingsMissingException(String message) {
    super(message);
  }
}
