package vn.ct15.workflow;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application in a JVM of its own, as {@code java -cp … Ct15Application} runs it in production:
 * for tests that need the job executor running, their own engine and database, or a real stop
 * (SIGTERM) or kill -9, apart from the shared test application. Its output goes to a log file.
 */
public final class AppProcess implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public final Process process;
  public final String base;
  public final Path log;

  private AppProcess(Process process, String base, Path log) {
    this.process = process;
    this.base = base;
    this.log = log;
  }

  /** Starts the application with these arguments (besides its port) and waits until it reports UP. */
  public static AppProcess start(Path log, List<String> arguments) throws Exception {
    int port = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-Duser.timezone=Asia/Ho_Chi_Minh", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        Ct15Application.class.getName(), "--server.port=" + port, "--spring.main.banner-mode=off",
        "--spring.jmx.enabled=false"));
    command.addAll(arguments);
    Files.createDirectories(log.toAbsolutePath().getParent());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    AppProcess app = new AppProcess(process, "http://127.0.0.1:" + port, log);
    app.awaitUp(Duration.ofMinutes(3));
    return app;
  }

  public void awaitUp(Duration within) throws Exception {
    Instant limit = Instant.now().plus(within);
    while (Instant.now().isBefore(limit)) {
      if (!process.isAlive()) {
        throw new AssertionError("The application stopped:\n" + tail());
      }
      try {
        if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
            HttpResponse.BodyHandlers.ofString()).body().contains("UP")) {
          return;
        }
      } catch (IOException notYetListening) {
        // still starting
      }
      Thread.sleep(300);
    }
    throw new AssertionError("The application did not come UP within " + within + ":\n" + tail());
  }

  /** Stops it as systemd or Ctrl-C does (SIGTERM) and waits for the JVM to end; the exit code. */
  public int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    return process.exitValue();
  }

  /** Kills it as kill -9 does. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  public String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop();
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
