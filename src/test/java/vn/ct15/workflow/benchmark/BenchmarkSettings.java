package vn.ct15.workflow.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's parameters, as system properties ({@code -Dct15.benchmark.communes=300}):
 *
 * @param databases {@code ct15.benchmark.db}: {@code h2}, {@code postgres} or both (default {@code h2,postgres})
 * @param workloads {@code ct15.benchmark.workloads}: {@code ct15}, {@code bare} or both (default {@code ct15,bare});
 *     one alone is for profiling, the published figures need both for the ratio
 * @param communes {@code ct15.benchmark.communes}: communes (kind ward) of the synthetic organisation (3321)
 * @param offices {@code ct15.benchmark.offices}: district-level offices added to Kiến An's own (60)
 * @param clients {@code ct15.benchmark.clients}: concurrent officials completing tasks (16)
 * @param history {@code ct15.benchmark.history}: finished tasks in history while the task query is timed (100000)
 * @param queries {@code ct15.benchmark.queries}: timed Tasklist queries (300)
 * @param reminderDelaySeconds {@code ct15.benchmark.reminder-delay}: seconds after the start a cycle's reminders
 *     fall due (default 20 + 40 per 3,400 units); tasks created later than that get no reminder, so keep it above
 *     the creation time
 * @param heap {@code ct15.benchmark.heap}: -Xmx of the application (1g)
 * @param appArguments {@code ct15.benchmark.app-args}: further Spring Boot arguments for the application,
 *     separated by spaces; appended after the benchmark's own, so they win
 * @param jvmArguments {@code ct15.benchmark.jvm-args}: further options for the application's JVM, separated
 *     by spaces, e.g. {@code -XX:StartFlightRecording:filename={run}.jfr} to profile each run ({@code {run}}
 *     becomes the run's log file without its extension)
 * @param output where results and logs go (target/benchmark)
 */
record BenchmarkSettings(List<String> databases, List<String> workloads, int communes, int offices, int clients, int history, int queries,
    Integer reminderDelaySeconds, String heap, List<String> appArguments, List<String> jvmArguments, Path output) {

  /**
   * The job executor as the benchmark runs it (see the README, "Cluster and PostgreSQL"): enough workers
   * for mails that wait on the SMTP server, and acquisitions that take a batch of due jobs at once.
   */
  static final List<String> JOB_EXECUTOR = List.of(
      "--camunda.bpm.job-execution.core-pool-size=8",
      "--camunda.bpm.job-execution.max-pool-size=8",
      "--camunda.bpm.job-execution.queue-capacity=64",
      "--camunda.bpm.job-execution.max-jobs-per-acquisition=32",
      "--camunda.bpm.job-execution.wait-time-in-millis=200",
      "--camunda.bpm.job-execution.max-wait=2000");

  static BenchmarkSettings fromSystemProperties() {
    String extra = System.getProperty("ct15.benchmark.app-args", "").trim();
    String delay = System.getProperty("ct15.benchmark.reminder-delay");
    List<String> arguments = new java.util.ArrayList<>(JOB_EXECUTOR);
    // 16 officials and the job executor's workers share the pool
    arguments.add("--spring.datasource.hikari.maximum-pool-size=32");
    if (!extra.isEmpty()) {
      arguments.addAll(Arrays.asList(extra.split("\\s+")));
    }
    return new BenchmarkSettings(
        names(System.getProperty("ct15.benchmark.db", "h2,postgres")),
        names(System.getProperty("ct15.benchmark.workloads", "ct15,bare")),
        Integer.getInteger("ct15.benchmark.communes", 3321),
        Integer.getInteger("ct15.benchmark.offices", 60),
        Integer.getInteger("ct15.benchmark.clients", 16),
        Integer.getInteger("ct15.benchmark.history", 100_000),
        Integer.getInteger("ct15.benchmark.queries", 300),
        delay == null || delay.isBlank() ? null : Integer.valueOf(delay.trim()),
        System.getProperty("ct15.benchmark.heap", "1g"),
        List.copyOf(arguments),
        words(System.getProperty("ct15.benchmark.jvm-args", "")),
        Path.of(System.getProperty("ct15.benchmark.output", "target/benchmark")));
  }

  private static List<String> names(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
  }

  private static List<String> words(String text) {
    return text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
  }

  int reminderDelaySeconds(int units) {
    return reminderDelaySeconds != null ? reminderDelaySeconds : 20 + (int) Math.ceil(40.0 * units / 3400);
  }
}
