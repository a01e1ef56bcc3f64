package vn.ct15.workflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ct15.workflow.cluster.PostgresDatabase;

/**
 * A fresh, throw-away database for one application launch: an H2 file under target/benchmark (opened
 * with AUTO_SERVER so the benchmark can read and load history while the application runs), or a
 * PostgreSQL database {@code ct15_bench_<random>} on {@code CT15_IT_POSTGRES} (host:port, default
 * localhost:5432) as {@code CT15_IT_POSTGRES_USER}/{@code _PASSWORD} (default ct15/ct15), dropped at the end.
 */
abstract class Database implements AutoCloseable {

  final String kind;
  final String url;
  final String user;
  final String password;

  Database(String kind, String url, String user, String password) {
    this.kind = kind;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  static Database create(String kind, Path workDirectory) throws IOException, SQLException {
    return switch (kind) {
      case "h2" -> new H2(workDirectory);
      case "postgres", "postgresql" -> new Postgres();
      default -> throw new IllegalArgumentException("Unknown database '" + kind + "' (h2 or postgres)");
    };
  }

  /** Spring profiles for the application on this database. */
  abstract String profiles();

  List<String> arguments() {
    List<String> arguments = new ArrayList<>();
    arguments.add("--spring.datasource.url=" + url);
    arguments.add("--spring.datasource.username=" + user);
    arguments.add("--spring.datasource.password=" + password);
    return arguments;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  @Override
  public abstract void close() throws SQLException;

  static final class H2 extends Database {

    private final Path directory;

    H2(Path workDirectory) throws IOException {
      this(Files.createDirectories(workDirectory.resolve("h2-" + UUID.randomUUID().toString().substring(0, 8))), "");
    }

    private H2(Path directory, String unused) {
      // WRITE_DELAY=0 as the application's default URL
      super("H2", "jdbc:h2:file:" + directory.toAbsolutePath().resolve("ct15") + ";WRITE_DELAY=0;AUTO_SERVER=TRUE", "sa", "");
      this.directory = directory;
    }

    @Override
    String profiles() {
      return "demo";
    }

    @Override
    public void close() {
      try (var files = Files.walk(directory)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        System.err.println("Could not delete " + directory + ": " + e.getMessage());
      }
    }
  }

  /** A throw-away database on the integration tests' server ({@code CT15_IT_POSTGRES}), dropped when closed. */
  static final class Postgres extends Database {

    private final PostgresDatabase database;

    Postgres() throws SQLException {
      this(PostgresDatabase.create("ct15_bench_"));
    }

    private Postgres(PostgresDatabase database) {
      super("PostgreSQL", database.url, PostgresDatabase.USER, PostgresDatabase.PASSWORD);
      this.database = database;
    }

    @Override
    String profiles() {
      return "demo,postgres";
    }

    @Override
    public void close() throws SQLException {
      database.close();
    }
  }
}
