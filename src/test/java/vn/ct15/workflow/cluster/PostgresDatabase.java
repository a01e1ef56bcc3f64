package vn.ct15.workflow.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away PostgreSQL database {@code ct15_it_<random>} for one test class, dropped when closed.
 * The server and the role come from {@code CT15_IT_POSTGRES} (host:port, default localhost:5432),
 * {@code CT15_IT_POSTGRES_USER} and {@code _PASSWORD} (default ct15/ct15, a role allowed to create
 * databases: {@code .ci/run} sets it up). Without a reachable server the tests are skipped, except
 * under {@code CI=true}, where they fail: CI must not pass without having run them.
 */
public final class PostgresDatabase implements AutoCloseable {

  public static final String SERVER = env("CT15_IT_POSTGRES", "localhost:5432");
  public static final String USER = env("CT15_IT_POSTGRES_USER", "ct15");
  public static final String PASSWORD = env("CT15_IT_POSTGRES_PASSWORD", "ct15");

  final String name;
  public final String url;

  private PostgresDatabase(String name) {
    this.name = name;
    this.url = "jdbc:postgresql://" + SERVER + "/" + name;
  }

  /** Creates a fresh database, or skips (fails under CI=true) the calling test class when there is no server. */
  public static PostgresDatabase createOrSkip() {
    try {
      return create("ct15_it_");
    } catch (SQLException unreachable) {
      String why = "No PostgreSQL for the integration tests at " + SERVER + " as " + USER + ": " + unreachable.getMessage();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError(why + " (CI=true: these tests must run; .ci/run installs and starts PostgreSQL)", unreachable);
      }
      Assumptions.abort(why);
      throw new IllegalStateException(unreachable);
    }
  }

  /** Creates a fresh database named {@code <prefix><random>} (the benchmark's too). */
  public static PostgresDatabase create(String prefix) throws SQLException {
    String database = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = admin(); Statement statement = admin.createStatement()) {
      // C collation: compatible with any cluster locale; the product sorts in Java, not in SQL
      statement.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'");
    }
    return new PostgresDatabase(database);
  }

  /** A connection to the test database, for checks the REST API does not offer. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, USER, PASSWORD);
  }

  /** The Spring Boot arguments that point the application at this database. */
  public String[] arguments() {
    return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + USER,
        "--spring.datasource.password=" + PASSWORD};
  }

  /**
   * Drops the database. A backend of another role (PostgreSQL's autovacuum on the fresh database)
   * can refuse WITH (FORCE) for a moment: tried a few times, then left behind with a warning, since
   * the clean-up is not what the tests prove.
   */
  @Override
  public void close() throws SQLException {
    SQLException last = null;
    for (int attempt = 0; attempt < 10; attempt++) {
      try (Connection admin = admin(); Statement statement = admin.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        return;
      } catch (SQLException busy) {
        last = busy;
        try {
          Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    System.err.println("Could not drop test database " + name + ": " + (last == null ? "interrupted" : last.getMessage()));
  }

  private static Connection admin() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres?connectTimeout=5", USER, PASSWORD);
  }

  private static String env(String name, String fallback) {
    return Objects.requireNonNullElse(System.getenv(name), fallback);
  }
}
