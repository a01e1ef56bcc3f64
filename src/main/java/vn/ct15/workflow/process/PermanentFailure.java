package vn.ct15.workflow.process;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A failure that trying again cannot mend — a signing key that is missing or has expired — so a job
 * that meets it becomes an incident at once (its retries set to 0), with this exception's message,
 * which says in Vietnamese what is wrong and what to do, shown in Cockpit. Once the cause is fixed,
 * an administrator retries the job in Cockpit.
 */
public class PermanentFailure extends ProcessEngineException {

  public PermanentFailure(String message) {
    super(message);
  }

  public PermanentFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether the failure, or one of its causes, is permanent. */
  public static boolean in(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof PermanentFailure) {
        return true;
      }
    }
    return false;
  }
}
