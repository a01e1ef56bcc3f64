package vn.ct15.workflow.signing;

import vn.ct15.workflow.process.PermanentFailure;

/**
 * A document cannot be signed: its key is not configured, cannot be read, or its certificate has
 * expired. Issuance stops with an incident carrying this Vietnamese message; nothing is numbered and
 * nothing is sent.
 */
public class SigningUnavailable extends PermanentFailure {

  public SigningUnavailable(String message) {
    super(message);
  }

  public SigningUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
