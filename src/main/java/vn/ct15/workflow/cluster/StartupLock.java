package vn.ct15.workflow.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * One node at a time through start-up on a shared PostgreSQL database, so that nodes of a cluster
 * may start together, even on an empty database. Taken before the process engine is built (its
 * schema creation, the deployment of bpmn/ and forms/, the admin user), held while the start-up
 * writers run (the directory's groups, users and memberships, the authorizations, the shared
 * Tasklist filters) and released once the application is ready. A node that finds the lock taken
 * waits and then finds everything written; a node that dies while holding it releases it with its
 * database connection.
 *
 * <p>The lock is a PostgreSQL session advisory lock held on a connection of its own: it needs no
 * table (there may be none yet), is local to the database, and is never left behind. On other
 * databases (H2, a single node by nature) there is nothing to lock.
 */
@Component
class StartupLock extends AbstractProcessEnginePlugin implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

  /** The advisory lock's key, the same on every node: "ct15star" in ASCII. */
  static final long KEY = 0x6374313573746172L;
  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration LOG_EVERY = Duration.ofSeconds(30);

  private final DataSource dataSource;
  private final ClusterProperties properties;
  private Connection held;
  private Instant takenAt;

  StartupLock(DataSource dataSource, ClusterProperties properties) {
    this.dataSource = dataSource;
    this.properties = properties;
  }

  /** Runs first in the engine's build, before its schema operations. */
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    release("start-up done");
  }

  /** A start-up that failed closes the context: the next node may go on. */
  @Override
  public void destroy() {
    release("context closed");
  }

  /** Takes the lock, waiting for another node's start-up if need be; nothing on a database other than PostgreSQL. */
  synchronized void acquire() {
    if (held != null) {
      return;
    }
    try {
      Connection connection = dataSource.getConnection();
      try {
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
          connection.close();
          return;
        }
        connection.setAutoCommit(true);
        waitFor(connection);
        held = connection;
        takenAt = Instant.now();
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not take the start-up lock on the database", e);
    }
  }

  private void waitFor(Connection connection) throws SQLException {
    Instant start = Instant.now();
    Instant limit = start.plus(properties.startupLockTimeout());
    Instant nextLog = start;
    while (!tryLock(connection)) {
      Instant now = Instant.now();
      if (now.isAfter(limit)) {
        throw new IllegalStateException("Another node has been starting on this database for more than "
            + properties.startupLockTimeout() + " (PostgreSQL advisory lock " + KEY + "; ct15.cluster.startup-lock-timeout)");
      }
      if (!now.isBefore(nextLog)) {
        LOG.info("Waiting for another node to finish its start-up on this database (PostgreSQL advisory lock {})", KEY);
        nextLog = now.plus(LOG_EVERY);
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the start-up lock", e);
      }
    }
    Duration waited = Duration.between(start, Instant.now());
    if (waited.compareTo(POLL) >= 0) {
      LOG.info("Start-up lock taken after waiting {} s for another node's start-up", waited.toSeconds());
    } else {
      LOG.info("Start-up lock taken");
    }
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
      lock.setLong(1, KEY);
      try (ResultSet result = lock.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  /** Releases the lock and gives its connection back; a no-op when not held. */
  synchronized void release(String why) {
    if (held == null) {
      return;
    }
    Connection connection = held;
    held = null;
    try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
      unlock.setLong(1, KEY);
      unlock.execute();
      LOG.info("Start-up lock released ({}) after {} s", why, Duration.between(takenAt, Instant.now()).toSeconds());
      connection.close();
    } catch (SQLException e) {
      // the session must not go back to the pool still holding the lock: end it, which releases it
      LOG.warn("Could not release the start-up lock ({}); closing its database session instead", e.getMessage());
      try {
        connection.unwrap(Connection.class).close();
      } catch (SQLException ignored) {
        // gone already
      }
      try {
        connection.close();
      } catch (SQLException ignored) {
        // the pool drops a dead connection
      }
    }
  }

  synchronized boolean held() {
    return held != null;
  }
}
