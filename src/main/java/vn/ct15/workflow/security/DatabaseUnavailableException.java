package vn.ct15.workflow.security;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The database cannot be reached (stopped, restarting, network gone): a call fails with this
 * instead of the driver's or the pool's exception, so callers (REST, Tasklist, Cockpit) see a
 * Vietnamese message and nothing of the internals; the cause stays for the server log.
 */
public class DatabaseUnavailableException extends ProcessEngineException {

  static final String MESSAGE = "Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.";

  DatabaseUnavailableException(Throwable cause) {
    super(MESSAGE, cause);
  }

  /** Whether the failure, or one of its causes, says the database cannot be reached. */
  static boolean isCause(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof DatabaseUnavailableException || cause instanceof CannotCreateTransactionException
          || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
        return true;
      }
      // a rollback on a connection the server closed fails too, and Spring reports the rollback's failure:
      // what failed first was the database going away
      if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
          && rollback.getApplicationException() != failure && isCause(rollback.getApplicationException())) {
        return true;
      }
      // SQLSTATE class 08: connection exception; 57P01-57P03: the server shuts down or is starting
      if (cause instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
        return true;
      }
    }
    return false;
  }
}
