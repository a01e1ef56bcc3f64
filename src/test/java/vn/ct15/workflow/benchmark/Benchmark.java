package vn.ct15.workflow.benchmark;

import static vn.ct15.workflow.TestTime.HANOI;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark of issue #7: a synthetic organisation of 3,321 communes plus district-level offices
 * runs a reporting cycle ({@code ct15-periodic-report}) end to end on H2 and on PostgreSQL, and, in
 * the same run, a bare one-user-task process as the baseline. Not a test: run it with
 * {@code mvn -B -Pbenchmark verify} (see the README, "Benchmark"). Prints a table per database and
 * writes it to {@code target/benchmark/results.md}.
 *
 * <p>Each workload runs in a fresh application JVM on a fresh database: launch until
 * {@code /actuator/health} is UP; start the work of every unit (due in an hour, the one reminder
 * {@code ct15.reminders.before=PT1H} falls due {@code reminder-delay} seconds after the start); wait
 * until every unit's task exists; receive every reminder on the local SMTP server; load the history
 * to 100,000 finished tasks and time one unit's Tasklist query; 16 officials complete every unit's
 * task over REST; finish the cycle.
 */
public final class Benchmark {

  /** The shared Tasklist filter an official opens first ({@code security/TasklistFilters}). */
  static final String UNIT_FILTER = "Việc của đơn vị tôi";

  private final BenchmarkSettings settings;
  private final SyntheticOrganisation organisation;
  private final Mailbox mailbox;

  private Benchmark(BenchmarkSettings settings, SyntheticOrganisation organisation, Mailbox mailbox) {
    this.settings = settings;
    this.organisation = organisation;
    this.mailbox = mailbox;
  }

  public static void main(String[] args) throws Exception {
    // GreenMail announces every mailbox it creates: thousands of lines
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
    Files.createDirectories(settings.output());
    SyntheticOrganisation organisation = SyntheticOrganisation.write(settings.output().resolve("directory.yaml"),
        settings.communes(), settings.offices());
    System.out.printf("Organisation: %d units (%d communes), %d people; %d units report, %d people can do their tasks%n",
        organisation.units, settings.communes(), organisation.people, organisation.performers.size(),
        organisation.performerPeople);
    Map<String, List<RunFigures>> results = new LinkedHashMap<>();
    try (Mailbox mailbox = new Mailbox()) {
      Benchmark benchmark = new Benchmark(settings, organisation, mailbox);
      int year = 2040;
      for (String database : settings.databases()) {
        List<RunFigures> runs = new ArrayList<>();
        // a workload left out (for profiling the other) keeps its column, empty
        runs.add(settings.workloads().contains("ct15")
            ? benchmark.run(database, new PeriodicReportWorkload(String.valueOf(year++))) : RunFigures.notRun());
        runs.add(settings.workloads().contains("bare") ? benchmark.run(database, new BareWorkload()) : RunFigures.notRun());
        results.put(database, runs);
      }
    }
    String report = ResultsReport.markdown(settings, organisation, results);
    System.out.println();
    System.out.println(report);
    Files.writeString(settings.output().resolve("results.md"), report);
    System.out.println("Written to " + settings.output().resolve("results.md"));
  }

  RunFigures run(String databaseKind, Workload workload) throws Exception {
    RunFigures figures = new RunFigures();
    figures.workload = workload.name();
    List<String> units = organisation.performers;
    figures.units = units.size();
    String slug = databaseKind + "-" + (workload instanceof BareWorkload ? "bare" : "ct15");
    log("%s: launching the application", slug);
    try (Database database = Database.create(databaseKind, settings.output().resolve("data"));
        AppNode app = AppNode.launch(settings, database, organisation.file, mailbox.port,
            settings.output().resolve(slug + ".log"))) {
      Rest rest = app.rest;
      figures.launchSeconds = app.secondsToUp;
      log("%s: UP after %.1f s", slug, app.secondsToUp);
      workload.prepare(rest);
      mailbox.clear();

      int delay = settings.reminderDelaySeconds(units.size());
      OffsetDateTime deadline = OffsetDateTime.now(HANOI).plusHours(1).plusSeconds(delay).truncatedTo(ChronoUnit.SECONDS);
      Instant remindersDue = deadline.minusHours(1).toInstant();
      long start;
      // counted in SQL, not over REST: the administrator's task count, checked against authorizations ten times
      // a second, took about a sixth of the application's CPU while it created the tasks it counted
      try (Connection connection = database.connect(); PreparedStatement openTasks = connection.prepareStatement(
          "select count(*) from ACT_RU_TASK RES join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_"
              + " where D.KEY_ = ? and RES.TASK_DEF_KEY_ = ?")) {
        openTasks.setString(1, workload.processKey());
        openTasks.setString(2, workload.unitTaskKey());
        start = System.nanoTime();
        workload.start(rest, units, deadline, settings.clients());
        long created;
        while ((created = count(openTasks)) < units.size()) {
          if (AppNode.since(start).toMinutes() > 15) {
            throw new IllegalStateException("Only " + created + " of " + units.size() + " tasks after 15 minutes");
          }
          Thread.sleep(100);
        }
      }
      figures.createSeconds = AppNode.since(start).toNanos() / 1e9;
      log("%s: %d tasks created in %.1f s", slug, units.size(), figures.createSeconds);

      figures.remindersOverlapped = Instant.now().isAfter(remindersDue);

      figures.remindersExpected = organisation.performerPeople;
      long lastMail = mailbox.awaitCount(figures.remindersExpected, 60, 900);
      figures.remindersReceived = mailbox.received();
      long dueNanos = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(Instant.now().toEpochMilli() - remindersDue.toEpochMilli());
      figures.reminderSeconds = (lastMail - Math.max(dueNanos, start + (long) (figures.createSeconds * 1e9))) / 1e9;
      log("%s: %d of %d reminders in %.1f s", slug, figures.remindersReceived, figures.remindersExpected, figures.reminderSeconds);

      figures.finishedTasksInHistory = HistoryLoader.load(database, workload.processKey(), settings.history());
      log("%s: %d finished tasks in history", slug, figures.finishedTasksInHistory);
      measureTaskQuery(rest, units, figures);
      log("%s: Tasklist query p50 %.1f ms, p95 %.1f ms", slug, figures.queryP50Millis, figures.queryP95Millis);

      complete(rest, workload, units, figures);
      log("%s: %d tasks completed in %.1f s, %d errors", slug, figures.completed, figures.completeSeconds, figures.clientErrors);

      if (workload.finishMails() > 0) {
        long finishStart = System.nanoTime();
        workload.finish(rest, mailbox);
        int expected = figures.remindersReceived + workload.finishMails();
        long last = mailbox.awaitCount(expected, 300, 900);
        if (mailbox.received() < expected) {
          throw new IllegalStateException("The report to the city was not mailed");
        }
        figures.finishSeconds = (last - finishStart) / 1e9;
        log("%s: consolidated, approved and mailed in %.1f s", slug, figures.finishSeconds);
      }
      figures.serverConflicts = app.logLinesContaining("OptimisticLockingException");
      figures.jobFailures = rest.count("/engine-rest/history/job-log/count?failureLog=true", "demo");
      figures.peakHeapBytes = app.peakHeapBytes();
    }
    return figures;
  }

  /** One official opens the unit's Tasklist filter; the first page of 15, as Tasklist asks for it. */
  private void measureTaskQuery(Rest rest, List<String> units, RunFigures figures) throws Exception {
    JsonNode filters = rest.getOk("/engine-rest/filter?name=" + URLEncoder.encode(UNIT_FILTER, StandardCharsets.UTF_8), "demo");
    String filterId = filters.get(0).get("id").asText();
    Random random = new Random(77);
    int warmUp = 20;
    double[] millis = new double[settings.queries()];
    for (int i = -warmUp; i < settings.queries(); i++) {
      String user = SyntheticOrganisation.staffOf(units.get(random.nextInt(units.size())));
      long began = System.nanoTime();
      JsonNode page = rest.postOk("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15", user, "{}");
      if (page.size() != 1) {
        throw new IllegalStateException(user + " sees " + page.size() + " tasks in '" + UNIT_FILTER + "', not 1");
      }
      if (i >= 0) {
        millis[i] = (System.nanoTime() - began) / 1e6;
      }
    }
    Arrays.sort(millis);
    figures.queryP50Millis = percentile(millis, 50);
    figures.queryP95Millis = percentile(millis, 95);
  }

  /** The officials of every unit, 16 at a time, each opening the unit's task and submitting the form. */
  private void complete(Rest rest, Workload workload, List<String> units, RunFigures figures) throws Exception {
    List<String> shuffled = new ArrayList<>(units);
    Collections.shuffle(shuffled, new Random(15));
    AtomicInteger completed = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    long start = System.nanoTime();
    Clients.run(shuffled, settings.clients(), unit -> {
      String user = SyntheticOrganisation.staffOf(unit);
      Rest.Answer found = rest.get("/engine-rest/task?candidateGroup=" + unit + "&processDefinitionKey="
          + workload.processKey() + "&taskDefinitionKey=" + workload.unitTaskKey(), user);
      Rest.Answer answer = found;
      if (found.ok() && found.json().size() == 1) {
        String taskId = found.json().get(0).get("id").asText();
        answer = rest.post("/engine-rest/task/" + taskId + "/complete", user, Map.of("variables", workload.submission(unit)));
      }
      if (answer.ok() && answer != found) {
        completed.incrementAndGet();
      } else {
        errors.incrementAndGet();
        if (answer.body().contains("OptimisticLocking") || answer.body().contains("updated by another transaction")) {
          conflicts.incrementAndGet();
        }
        synchronized (figures.errorSamples) {
          if (figures.errorSamples.size() < 5) {
            figures.errorSamples.add(unit + ": " + answer.status() + " " + abbreviate(answer.body()));
          }
        }
      }
    });
    figures.completeSeconds = AppNode.since(start).toNanos() / 1e9;
    figures.completed = completed.get();
    figures.clientErrors = errors.get();
    figures.clientConflicts = conflicts.get();
  }

  private static long count(PreparedStatement query) throws SQLException {
    try (ResultSet result = query.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }

  static double percentile(double[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  static void log(String format, Object... arguments) {
    System.out.printf("[%tT] %s%n", new java.util.Date(), String.format(format, arguments));
  }
}
