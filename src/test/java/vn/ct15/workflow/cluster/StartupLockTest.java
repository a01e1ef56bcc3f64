package vn.ct15.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.junit.jupiter.api.Tag;
import vn.ct15.workflow.Tiers;
import org.awaitility.Awaitility;

/** The start-up lock on a throw-away PostgreSQL database: two nodes' locks, one at a time. */
@Tag(Tiers.POSTGRES)
class StartupLockTest {

  static PostgresDatabase database;

  @BeforeAll
  static void createDatabase() {
    database = PostgresDatabase.createOrSkip();
  }

  @AfterAll
  static void dropDatabase() throws Exception {
    if (database != null) {
      database.close();
    }
  }

  static StartupLock node(Duration timeout) {
    return new StartupLock(new SimpleDriverDataSource(new org.postgresql.Driver(), database.url, PostgresDatabase.USER,
        PostgresDatabase.PASSWORD), new ClusterProperties(timeout, 6000));
  }

  @Test
  void shouldLetASecondNodeStartOnlyOnceTheFirstHasReleasedTheLock() throws Exception {
    StartupLock first = node(Duration.ofMinutes(1));
    StartupLock second = node(Duration.ofMinutes(1));
    first.acquire();
    assertThat(first.held()).isTrue();

    CompletableFuture<Void> waiting = CompletableFuture.runAsync(second::acquire);
    Awaitility.await("the second node waits").during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
        .until(() -> !waiting.isDone());

    first.release("test");
    waiting.get(10, TimeUnit.SECONDS);
    assertThat(second.held()).isTrue();
    assertThat(first.held()).isFalse();
    second.destroy();
    assertThat(second.held()).isFalse();
  }

  @Test
  void shouldStopWaitingAfterTheTimeout() {
    StartupLock first = node(Duration.ofMinutes(1));
    first.acquire();
    try {
      assertThatThrownBy(() -> node(Duration.ofSeconds(1)).acquire()).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("ct15.cluster.startup-lock-timeout");
    } finally {
      first.release("test");
    }
  }

  @Test
  void shouldReleaseTheLockWhenTheNodeDies() throws Exception {
    StartupLock dying = node(Duration.ofMinutes(1));
    dying.acquire();
    // a node killed with kill -9: its session ends without an unlock
    Field held = StartupLock.class.getDeclaredField("held");
    held.setAccessible(true);
    ((Connection) held.get(dying)).close();

    StartupLock next = node(Duration.ofSeconds(5));
    next.acquire();
    assertThat(next.held()).isTrue();
    next.release("test");
  }

  @Test
  void shouldTakeNoLockOnH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:startup-lock");
    StartupLock lock = new StartupLock(h2, new ClusterProperties(Duration.ofSeconds(1), 6000));
    lock.acquire();
    assertThat(lock.held()).isFalse();
  }
}
