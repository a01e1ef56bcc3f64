package vn.ct15.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached" (503 with the Vietnamese message) and which do not. */
class DatabaseUnavailableExceptionTest {

  @Test
  void shouldRecogniseAnOutageHiddenBehindAFailedRollback() {
    // seen when PostgreSQL stops under a request: the query fails with an I/O error (SQLSTATE 08006),
    // then the rollback fails on the pool's closed connection, which has no SQLSTATE
    TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));
    rollback.initApplicationException(new ProcessEnginePersistenceException("An exception occurred in the persistence layer.", 
        new SQLException("An I/O error occurred while sending to the backend.", "08006")));

    assertThat(DatabaseUnavailableException.isCause(new ProcessEnginePersistenceException("An exception occurred in the persistence layer.", rollback))).isTrue();
  }

  @Test
  void shouldNotMistakeOtherFailuresForAnOutage() {
    TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));
    rollback.initApplicationException(new ProcessEngineException("Trường «Dân bàn» là bắt buộc"));

    assertThat(DatabaseUnavailableException.isCause(new ProcessEnginePersistenceException("An exception occurred in the persistence layer.", rollback))).isFalse();
    assertThat(DatabaseUnavailableException.isCause(new ProcessEnginePersistenceException("An exception occurred in the persistence layer.", 
        new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    assertThat(DatabaseUnavailableException.isCause(new SQLException("terminating connection due to administrator command",
        "57P01"))).isTrue();
  }
}
