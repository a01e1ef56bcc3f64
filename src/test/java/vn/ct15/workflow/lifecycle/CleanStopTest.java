package vn.ct15.workflow.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ct15.workflow.AppProcess;
import org.junit.jupiter.api.Tag;
import vn.ct15.workflow.Tiers;

/**
 * The demo stopped with SIGTERM while Phòng Nội vụ opens reporting periods and the job executor starts
 * the units' reports, then started again on the same H2 file: the stop logs no ERROR (H2 no longer
 * closes the database under the running jobs and requests) and leaves no job locked (not even the
 * batches a full pool refused in the last acquisition), and after the start every period has each
 * unit's report exactly once, with no job left over or failed.
 */
@Tag(Tiers.SYSTEM)
class CleanStopTest {

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON = new ObjectMapper();
  static final int FIRST_YEAR = 2061;
  static final int PERIODS = 24;

  @TempDir Path dataDir;

  @Test
  void shouldStopUnderLoadWithoutAnErrorAndRunEveryPendingJobOnceAtTheNextStart() throws Exception {
    // an operator's own H2 URL, without DB_CLOSE_ON_EXIT: the product adds it
    // and a job for each unit's report, so that the job executor has work in hand when the stop comes
    List<String> arguments = List.of("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("ct15") + ";WRITE_DELAY=0",
        "--ct15.periodic-report.assignment-batch-size=1",
        // a pool that is often full: the acquisition's last round before the stop has refused batches
        "--camunda.bpm.job-execution.core-pool-size=1", "--camunda.bpm.job-execution.max-pool-size=1",
        "--camunda.bpm.job-execution.queue-capacity=1");
    AppProcess first = AppProcess.start(dataDir.resolve("first.log"), arguments);
    int units;
    List<CompletableFuture<HttpResponse<String>>> opening = new ArrayList<>();
    try {
      assertThat(open(first, String.valueOf(FIRST_YEAR - 1)).statusCode()).isEqualTo(200);
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> executableJobs(first) == 0);
      units = unitReports(first, String.valueOf(FIRST_YEAR - 1)).size();
      assertThat(units).as("units that report").isGreaterThan(10);
      assertThat(open(first, "năm sau").statusCode()).as("a mistyped period is refused, not logged as an error").isEqualTo(400);

      for (int i = 0; i < PERIODS; i++) {
        String period = (FIRST_YEAR + i / 2) + (i % 2 == 0 ? "-H1" : "");
        opening.add(CompletableFuture.supplyAsync(() -> {
          try {
            return open(first, period);
          } catch (Exception refusedWhileStopping) {
            return null;
          }
        }));
      }
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> opening.stream().filter(CompletableFuture::isDone).count() >= 3);
    } finally {
      assertThat(first.stop()).as("exit code").isIn(0, 143);
    }
    String firstLog = Files.readString(first.log, StandardCharsets.UTF_8);
    assertThat(firstLog).doesNotContain("Database is already closed").doesNotContain(" ERROR ").contains("Job executor stopped");
    List<String> opened = new ArrayList<>();
    for (int i = 0; i < PERIODS; i++) {
      HttpResponse<String> answer = opening.get(i).join();
      if (answer != null && answer.statusCode() == 200) {
        opened.add((FIRST_YEAR + i / 2) + (i % 2 == 0 ? "-H1" : ""));
      }
    }
    assertThat(opened).as("periods opened before the stop").isNotEmpty();
    try (Connection database = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("ct15"), "sa", "");
        ResultSet locked = database.createStatement().executeQuery("select HANDLER_TYPE_, HANDLER_CFG_, LOCK_EXP_TIME_ from ACT_RU_JOB"
            + " where LOCK_OWNER_ is not null")) {
      List<String> lockedJobs = new ArrayList<>();
      while (locked.next()) {
        lockedJobs.add(locked.getString(1) + " " + locked.getString(2) + " until " + locked.getTimestamp(3));
      }
      assertThat(lockedJobs).as("jobs left locked by the stopped node (they would wait for the lock time)").isEmpty();
    }
    System.out.printf("Clean stop: %d of %d periods opened before the stop; %s%n", opened.size(), PERIODS,
        firstLog.lines().filter(line -> line.contains("Job executor stopped")).map(line -> line.replaceAll(".*: ", ""))
            .collect(Collectors.joining("; ")));

    AppProcess second = AppProcess.start(dataDir.resolve("second.log"), arguments);
    try {
      long started = System.nanoTime();
      Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> executableJobs(second) == 0);
      System.out.printf("Clean stop: the second start ran the pending jobs in %d ms%n", (System.nanoTime() - started) / 1_000_000);
      for (String period : opened) {
        List<String> reports = unitReports(second, period);
        assertThat(reports).as("each unit's report of " + period + " once").hasSize(units).doesNotHaveDuplicates();
      }
      assertThat(count(second, "/engine-rest/job/count?withException=true")).as("failed jobs").isZero();
      assertThat(count(second, "/engine-rest/incident/count")).as("incidents").isZero();
    } finally {
      second.stop();
    }
    assertThat(Files.readString(second.log, StandardCharsets.UTF_8)).doesNotContain(" ERROR ").contains("Job executor stopped");
  }

  static HttpResponse<String> open(AppProcess app, String period) throws Exception {
    return HTTP.send(request(app, "/engine-rest/process-definition/key/ct15-periodic-report/submit-form", "phong-noi-vu.cb")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"variables\": {\"period\": {\"value\": \"" + period + "\"}}}")).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The units whose report of the period was started (a unit twice if its report was started twice). */
  static List<String> unitReports(AppProcess app, String period) throws Exception {
    JsonNode reports = get(app, "/engine-rest/process-instance?maxResults=5000&processDefinitionKey=ct15-periodic-report-unit"
        + "&businessKey=ct15-periodic-report:" + period);
    if (reports.isEmpty()) {
      return List.of();
    }
    String ids = StreamSupport.stream(reports.spliterator(), false).map(report -> report.get("id").asText())
        .collect(Collectors.joining(","));
    JsonNode units = get(app, "/engine-rest/variable-instance?maxResults=5000&variableName=unitId&processInstanceIdIn=" + ids);
    assertThat(units).as("a unit for each report").hasSize(reports.size());
    return StreamSupport.stream(units.spliterator(), false).map(unit -> unit.get("value").asText()).toList();
  }

  static long executableJobs(AppProcess app) throws Exception {
    return count(app, "/engine-rest/job/count?executable=true");
  }

  static long count(AppProcess app, String path) throws Exception {
    return get(app, path).get("count").asLong();
  }

  static JsonNode get(AppProcess app, String path) throws Exception {
    HttpResponse<String> answer = HTTP.send(request(app, path, "demo").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  static HttpRequest.Builder request(AppProcess app, String path, String user) {
    return HttpRequest.newBuilder(URI.create(app.base + path)).header("Authorization",
        "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
  }
}
