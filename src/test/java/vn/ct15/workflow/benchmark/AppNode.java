package vn.ct15.workflow.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import vn.ct15.workflow.Ct15Application;

/**
 * The application in its own JVM, as in production ({@code java -cp ... Ct15Application}), on the
 * given database, mailing to the benchmark's SMTP server. Measures the seconds from launch to
 * {@code /actuator/health} UP, and samples the used heap (actuator metric {@code jvm.memory.used},
 * {@code area=heap}) every 200 ms until stopped.
 */
final class AppNode implements AutoCloseable {

  final Process process;
  final Rest rest;
  final Path log;
  final double secondsToUp;
  private final AtomicLong peakHeap = new AtomicLong();
  private final Thread sampler;
  private volatile boolean sampling = true;

  private AppNode(Process process, Rest rest, Path log, double secondsToUp) {
    this.process = process;
    this.rest = rest;
    this.log = log;
    this.secondsToUp = secondsToUp;
    this.sampler = new Thread(this::sample, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  static AppNode launch(BenchmarkSettings settings, Database database, Path directoryFile, int smtpPort, Path log)
      throws IOException, InterruptedException {
    int port = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + settings.heap(), "-Duser.timezone=Asia/Ho_Chi_Minh"));
    String run = log.toAbsolutePath().toString().replaceFirst("\\.[^./]*$", "");
    settings.jvmArguments().forEach(option -> command.add(option.replace("{run}", run)));
    command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Ct15Application.class.getName(),
        "--server.port=" + port, "--spring.profiles.active=" + database.profiles(),
        "--spring.main.banner-mode=off", "--spring.jmx.enabled=false",
        "--ct15.directory=file:" + directoryFile.toAbsolutePath(),
        "--ct15.demo-mailbox.enabled=false", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
        "--management.endpoints.web.exposure.include=health,metrics",
        // one reminder, an hour before the due date: the benchmark sets due dates so it falls due right after creation
        "--ct15.reminders.before=PT1H", "--ct15.escalation.after=P1D",
        "--logging.level.com.icegreen.greenmail=WARN"));
    command.addAll(settings.appArguments());
    command.addAll(database.arguments());
    Files.createDirectories(log.getParent());
    long launched = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Rest rest = new Rest("http://127.0.0.1:" + port);
    long limit = launched + TimeUnit.MINUTES.toNanos(10);
    while (System.nanoTime() < limit) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The application stopped during start-up; see " + log + "\n" + tail(log));
      }
      try {
        Rest.Answer health = rest.get("/actuator/health", null);
        if (health.body().contains("UP")) {
          return new AppNode(process, rest, log, (System.nanoTime() - launched) / 1e9);
        }
      } catch (IOException notYetListening) {
        // still starting
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new IllegalStateException("The application did not come up within 10 minutes; see " + log);
  }

  private void sample() {
    while (sampling) {
      try {
        Rest.Answer answer = rest.get("/actuator/metrics/jvm.memory.used?tag=area:heap", null);
        if (answer.ok()) {
          long used = answer.json().get("measurements").get(0).get("value").asLong();
          peakHeap.accumulateAndGet(used, Math::max);
        }
        Thread.sleep(200);
      } catch (InterruptedException e) {
        return;
      } catch (Exception ignored) {
        // the application is busy or stopping: the next sample counts
      }
    }
  }

  long peakHeapBytes() {
    return peakHeap.get();
  }

  /** Lines of the application's log that contain the text (e.g. an optimistic locking conflict). */
  long logLinesContaining(String text) throws IOException {
    try (var lines = Files.lines(log)) {
      return lines.filter(line -> line.contains(text)).count();
    }
  }

  @Override
  public void close() throws InterruptedException {
    sampling = false;
    sampler.interrupt();
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
