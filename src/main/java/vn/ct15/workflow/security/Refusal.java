package vn.ct15.workflow.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * What an official tried and may not do, refused before anything changed, with a Vietnamese
 * message: {@link Forbidden} (403) for an act outside their unit's work, {@link NotOnForm} (400) for
 * a value the task's form does not let them write. Both are the engine's own kinds of refusal, so the
 * REST API answers them with their status, and the engine logs them at debug level, not as errors;
 * {@link OfficialsGuard} writes its own security log line for each.
 */
final class Refusal {

  private Refusal() {}

  /** An act outside an official's unit's work: 403. */
  static final class Forbidden extends AuthorizationException {
    Forbidden(String message) {
      super(message);
    }
  }

  /** A variable that is not an editable field of the form: 400. */
  static final class NotOnForm extends BadUserRequestException {
    NotOnForm(String message) {
      super(message);
    }
  }
}
