package vn.ct15.workflow.cluster;

import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an idempotent start-up writer (directory, authorizations, filters) and, should another node
 * have written the same rows at the same moment (a duplicate key, an optimistic locking conflict),
 * runs it once more: it then reads what the other node wrote and adds nothing. On PostgreSQL the
 * {@link StartupLock} keeps nodes from meeting here at all; this covers any other shared database.
 */
public final class StartupWrites {

  private static final Logger LOG = LoggerFactory.getLogger(StartupWrites.class);

  private StartupWrites() {}

  public static void retryOnce(String what, Runnable write) {
    try {
      write.run();
    } catch (ProcessEngineException collision) {
      LOG.warn("Writing {} at start-up collided with another node ({}); reading again", what, collision.getMessage());
      write.run();
    }
  }
}
