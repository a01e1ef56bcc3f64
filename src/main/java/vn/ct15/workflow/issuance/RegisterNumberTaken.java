package vn.ct15.workflow.issuance;

import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Another document took the number this one was signed with, in a transaction that committed first
 * (two approvals at the same moment, also on two nodes). Nothing of this one was kept: like any lost
 * optimistic-locking race, the job runs again at once and takes the next number.
 */
class RegisterNumberTaken extends OptimisticLockingException {

  RegisterNumberTaken(String message, Throwable cause) {
    super(message);
    initCause(cause);
  }
}
