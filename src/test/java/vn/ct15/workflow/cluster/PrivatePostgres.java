package vn.ct15.workflow.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of one test class's own (initdb on a temporary data directory, a free port on
 * loopback, trust authentication for the role {@code ct15}), which the test may stop and start again
 * without touching the shared server the other tests use. The binaries come from
 * {@code CT15_IT_POSTGRES_BIN}, else the Debian layout {@code /usr/lib/postgresql/<version>/bin}
 * (15 preferred, else the newest). initdb refuses to run as root: as root (CI) the commands run as
 * the OS user {@code postgres}, owner of the data directory. Without the binaries the test is
 * skipped, except under {@code CI=true}, where it fails, as {@link PostgresDatabase} does.
 */
final class PrivatePostgres implements AutoCloseable {

  private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

  private final Path bin;
  private final Path directory;
  private final Path data;
  final int port;

  private PrivatePostgres(Path bin, Path directory, int port) {
    this.bin = bin;
    this.directory = directory;
    this.data = directory.resolve("data");
    this.port = port;
  }

  /** Creates and starts the server with an empty database {@code ct15}, or skips (fails under CI=true). */
  static PrivatePostgres startOrSkip() throws IOException, InterruptedException {
    Path bin = binaries();
    if (bin == null) {
      String why = "No PostgreSQL binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin or CT15_IT_POSTGRES_BIN";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError(why + " (CI=true: this test must run; .ci/run installs PostgreSQL)");
      }
      Assumptions.abort(why);
    }
    Path directory = Files.createTempDirectory("ct15-pg");
    PrivatePostgres server = new PrivatePostgres(bin, directory, TwoNodeClusterTest.freePort());
    try {
      if (ROOT) {
        server.run(List.of("chown", "postgres:postgres", directory.toString()), false);
      }
      server.run(List.of(bin.resolve("initdb").toString(), "-D", server.data.toString(), "-U", "ct15", "-A", "trust",
          "-E", "UTF8", "--locale=C", "--no-sync"), true);
      server.start();
      server.run(List.of(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", String.valueOf(server.port), "-U", "ct15",
          "-d", "postgres", "-q", "-v", "ON_ERROR_STOP=1", "-c", "CREATE DATABASE ct15"), false);
    } catch (IOException | RuntimeException | InterruptedException | Error failed) {
      server.close();
      throw failed;
    }
    return server;
  }

  String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/ct15";
  }

  /** The Spring Boot arguments that point the application at this server's database. */
  String[] arguments() {
    return new String[] {"--spring.datasource.url=" + url(), "--spring.datasource.username=ct15",
        "--spring.datasource.password=ct15"};
  }

  /** Starts the server and waits until it accepts connections. */
  void start() throws IOException, InterruptedException {
    // fsync off: a throw-away test server; the socket in the private directory, not /var/run/postgresql
    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", directory.resolve("server.log").toString(),
        "-w", "-t", "60", "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"), true);
  }

  /** A real stop: {@code pg_ctl stop -m fast} ends every session and shuts the server down. */
  void stop() throws IOException, InterruptedException {
    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop"), true);
  }

  /** Stops the server if it runs and removes its directory. */
  @Override
  public void close() throws IOException, InterruptedException {
    try {
      if (Files.exists(data.resolve("postmaster.pid"))) {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), true);
      }
    } finally {
      try (Stream<Path> paths = Files.walk(directory)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /** Runs a command (as the OS user postgres when root and asked), failing with its output when it fails. */
  private void run(List<String> command, boolean asOwner) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    if (ROOT && asOwner) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(command);
    // output to a file: the server started by pg_ctl inherits it and would hold a pipe open
    Path output = Files.createTempFile("ct15-pg", ".out");
    try {
      Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("Timed out: " + String.join(" ", line));
      }
      if (process.exitValue() != 0) {
        String log = Files.exists(directory.resolve("server.log")) ? Files.readString(directory.resolve("server.log")) : "";
        throw new IllegalStateException("Failed (" + process.exitValue() + "): " + String.join(" ", line) + "\n"
            + Files.readString(output) + log);
      }
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static Path binaries() throws IOException {
    String given = System.getenv("CT15_IT_POSTGRES_BIN");
    if (given != null && !given.isBlank()) {
      return Files.isExecutable(Path.of(given, "initdb")) ? Path.of(given) : null;
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(debian)) {
      return null;
    }
    try (Stream<Path> versions = Files.list(debian)) {
      return versions.map(version -> version.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("initdb")))
          .max(Comparator.comparing((Path bin) -> bin.getParent().getFileName().toString().equals("15"))
              .thenComparing(bin -> version(bin.getParent().getFileName().toString())))
          .orElse(null);
    }
  }

  private static int version(String name) {
    try {
      return Integer.parseInt(name);
    } catch (NumberFormatException notANumber) {
      return 0;
    }
  }

  @Override
  public String toString() {
    return "PostgreSQL " + Objects.toString(bin.getParent().getFileName()) + " on port " + port;
  }
}
