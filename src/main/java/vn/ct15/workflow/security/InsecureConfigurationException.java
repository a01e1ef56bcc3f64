package vn.ct15.workflow.security;

/** The production profile was started with a configuration that would let anyone in. */
public class InsecureConfigurationException extends RuntimeException {

  private final String action;

  public InsecureConfigurationException(String message, String action) {
    super(message);
    this.action = action;
  }

  String action() {
    return action;
  }
}
