package vn.ct15.workflow.collision;

import static vn.ct15.workflow.TestTime.HANOI;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * The end of a reporting cycle, as officials and the engine make it collide, over HTTP only (so it
 * runs against one node on H2 or PostgreSQL, or against a cluster): a 6-month period whose deadline
 * is seconds ahead; about half the units report in time; the deadline passes, the reminders and the
 * escalation run and Phòng Nội vụ gets its "Đôn đốc" task; then the late units report one after
 * another with random pauses, Phòng Nội vụ records its urging before, during or after them (the seed
 * decides), and Cockpit-style readers query all the while. Every answer must be 2xx or a Vietnamese
 * 409, no body may carry an engine code, the consolidation task must exist within 5 s of the last
 * report, and no job of the cycle may have failed.
 */
public final class EndOfCycleScenario {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String COORDINATOR = "phong-noi-vu.cb";
  static final String ADMIN = "demo";
  static final Pattern VIETNAMESE = Pattern.compile("[ạảãâầấậẩẫăằắặẳẵẹẻẽêềếệểễịỉĩọỏõôồốộổỗơờớợởỡụủũưừứựửữỳỵỷỹđ]");
  static final String[] PARTS = {"danBiet", "danBan", "danLam", "danKiemTra", "danGiamSat", "danThuHuong"};

  /** Where the urging falls among the late units' reports. */
  public enum UrgeAt { BEFORE, DURING, AFTER }

  /** What happened: the answers, how long the consolidation took to appear, and the failed jobs. */
  public record Outcome(List<Answer> answers, Duration consolidationAfterLastReport, List<String> failedJobs, int lateUnits) {}

  public record Answer(String call, int status, String body) {}

  private final List<String> nodes;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final List<Answer> answers = new CopyOnWriteArrayList<>();
  private int next;

  /** @param nodes the base URLs of the nodes (http://localhost:port), used in turn */
  public EndOfCycleScenario(List<String> nodes) {
    this.nodes = List.copyOf(nodes);
  }

  /**
   * Runs one end of cycle for the 6-month period of {@code year}, with its deadline {@code untilDeadline}
   * ahead: long enough for the period to open and half its units to report, and for the reminders the
   * nodes are configured with ({@code ct15.reminders.before}) to fall before it.
   */
  public Outcome run(int year, long seed, UrgeAt urgeAt, Duration untilDeadline) throws Exception {
    Random random = new Random(seed);
    String period = year + "-H1";
    String businessKey = "ct15-periodic-report:" + period;
    LocalDateTime deadline = LocalDateTime.now(HANOI).plus(untilDeadline).truncatedTo(ChronoUnit.SECONDS);
    Answer started = send(COORDINATOR, "POST", "/engine-rest/process-definition/key/ct15-periodic-report/submit-form",
        "{\"variables\": {\"period\": {\"value\": \"" + period + "\"}, \"deadline\": {\"value\": \"" + deadline + "\"}}}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String cycle = JSON.readTree(started.body()).path("id").asText();

    Map<String, String> taskOfUnit = awaitUnitTasks(businessKey, cycle);
    List<String> units = new ArrayList<>(taskOfUnit.keySet());
    Collections.shuffle(units, random);
    List<String> onTime = units.subList(0, units.size() / 2);
    List<String> late = units.subList(units.size() / 2, units.size());
    for (String unit : onTime) {
      report(unit, taskOfUnit.get(unit));
    }

    String urge = awaitUrge(businessKey, Instant.now().plus(untilDeadline).plusSeconds(40));
    AtomicBoolean reporting = new AtomicBoolean(true);
    Thread readers = new Thread(() -> {
      while (reporting.get()) {
        read(COORDINATOR, "/engine-rest/task?processInstanceBusinessKey=" + enc(businessKey));
        read("mttq-quan.cb", "/engine-rest/history/activity-instance?processInstanceId=" + cycle);
        read(COORDINATOR, "/engine-rest/job?processInstanceId=" + cycle);
        read(COORDINATOR, "/ct15/api/progress?year=" + year + "&processKey=ct15-periodic-report");
        read(COORDINATOR, "/ct15/api/periodic-reports/" + cycle + "/missing-units");
      }
    }, "cockpit-reader");
    readers.start();
    int urgeIndex = switch (urgeAt) {
      case BEFORE -> 0;
      case DURING -> 1 + random.nextInt(Math.max(1, late.size() - 1));
      case AFTER -> late.size();
    };
    Instant lastReport = null;
    try {
      for (int i = 0; i <= late.size(); i++) {
        if (i == urgeIndex) {
          urge(urge);
        }
        if (i < late.size()) {
          Thread.sleep(random.nextInt(250));
          report(late.get(i), taskOfUnit.get(late.get(i)));
          lastReport = Instant.now();
        }
      }
    } finally {
      reporting.set(false);
      readers.join();
    }
    Duration consolidation = awaitConsolidation(businessKey, lastReport);
    return new Outcome(List.copyOf(answers), consolidation, failedJobs(businessKey, urge), late.size());
  }

  /** Asserts what must hold of every run. */
  public static void assertHeld(Outcome outcome) {
    for (Answer answer : outcome.answers()) {
      assertThat(answer.body()).as(answer.call()).doesNotContain("ENGINE-").doesNotContainPattern("[A-Z][a-z]+Entity\\[")
          .doesNotContain("org.camunda", "\tat ");
      if (answer.status() == 409) {
        assertThat(answer.body()).as(answer.call() + ": a Vietnamese 409").containsPattern(VIETNAMESE);
      } else {
        assertThat(answer.status()).as(answer.call() + ": " + answer.body()).isBetween(200, 299);
      }
    }
    assertThat(outcome.consolidationAfterLastReport()).as("the consolidation task after the last report")
        .isLessThanOrEqualTo(Duration.ofSeconds(5));
    assertThat(outcome.failedJobs()).as("no job of the cycle failed").isEmpty();
  }

  // ---------------------------------------------------------------- the officials

  private void report(String unit, String taskId) throws IOException, InterruptedException {
    StringBuilder variables = new StringBuilder();
    for (String part : PARTS) {
      variables.append(variables.isEmpty() ? "" : ",").append('"').append(part).append("\": {\"value\": \"")
          .append(unit).append(": đã thực hiện nội dung ").append(part).append(" trong kỳ\"}");
    }
    send(unit + ".cb", "POST", "/engine-rest/task/" + taskId + "/complete", "{\"variables\": {" + variables + "}}");
  }

  /** Phòng Nội vụ records its urging as Tasklist sends the form: the read-only fields back with the two it fills in. */
  private void urge(String taskId) throws IOException, InterruptedException {
    JsonNode shown = JSON.readTree(send(COORDINATOR, "GET", "/engine-rest/task/" + taskId + "/form-variables", null).body());
    StringBuilder variables = new StringBuilder();
    for (String readOnly : List.of("donDocNhiemVu", "donDocHanXuLy", "donDocDonVi")) {
      variables.append('"').append(readOnly).append("\": {\"value\": ").append(shown.path(readOnly).path("value")).append("},");
    }
    variables.append("\"hinhThucDonDoc\": {\"value\": \"van-ban\"}, \"bienPhapDonDoc\": {\"value\": \"Đã gửi văn bản đôn đốc\"}");
    send(COORDINATOR, "POST", "/engine-rest/task/" + taskId + "/submit-form", "{\"variables\": {" + variables + "}}");
  }

  private void read(String user, String path) {
    try {
      send(user, "GET", path, null);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- waiting for the engine (as the administrator)

  private Map<String, String> awaitUnitTasks(String businessKey, String cycle) throws Exception {
    Instant limit = Instant.now().plusSeconds(30);
    while (true) {
      JsonNode tasks = JSON.readTree(check("/engine-rest/task?processInstanceBusinessKey=" + enc(businessKey)
          + "&taskDefinitionKey=Task_SubmitReport"));
      Map<String, String> unitOfInstance = new LinkedHashMap<>();
      if (tasks.size() > 0) {
        JSON.readTree(check("/engine-rest/variable-instance?variableName=unitId&processInstanceIdIn="
            + String.join(",", ids(tasks, "processInstanceId")))).forEach(variable ->
            unitOfInstance.put(variable.path("processInstanceId").asText(), variable.path("value").asText()));
      }
      JsonNode count = JSON.readTree(check("/engine-rest/variable-instance?variableName=unitCount&processInstanceIdIn=" + cycle));
      int expected = count.size() == 0 ? -1 : count.get(0).path("value").asInt();
      if (expected > 0 && tasks.size() == expected && unitOfInstance.size() == expected) {
        Map<String, String> taskOfUnit = new LinkedHashMap<>();
        tasks.forEach(task -> taskOfUnit.put(unitOfInstance.get(task.path("processInstanceId").asText()), task.path("id").asText()));
        return taskOfUnit;
      }
      assertThat(Instant.now()).as("every unit got its report").isBefore(limit);
      Thread.sleep(200);
    }
  }

  private String awaitUrge(String businessKey, Instant limit) throws Exception {
    String path = "/engine-rest/task?processDefinitionKey=ct15-urge&processInstanceBusinessKey="
        + enc("ct15-urge:" + businessKey + ":Task_SubmitReport");
    while (true) {
      JsonNode urges = JSON.readTree(check(path));
      if (urges.size() > 0) {
        assertThat(urges).as("one Đôn đốc task").hasSize(1);
        return urges.get(0).path("id").asText();
      }
      assertThat(Instant.now()).as("the escalation gave Phòng Nội vụ its Đôn đốc task").isBefore(limit);
      Thread.sleep(200);
    }
  }

  private Duration awaitConsolidation(String businessKey, Instant lastReport) throws Exception {
    String path = "/engine-rest/task/count?processInstanceBusinessKey=" + enc(businessKey) + "&taskDefinitionKey=Task_ConsolidateReport";
    Instant limit = Instant.now().plusSeconds(60);
    while (JSON.readTree(check(path)).path("count").asInt() == 0) {
      assertThat(Instant.now()).as("the consolidation task came").isBefore(limit);
      Thread.sleep(50);
    }
    return Duration.between(lastReport, Instant.now());
  }

  /** The failures in the job log of the cycle's instances, its units' and its urging's. */
  private List<String> failedJobs(String businessKey, String urgeTask) throws Exception {
    Set<String> instances = new HashSet<>(ids(JSON.readTree(check("/engine-rest/history/process-instance?processInstanceBusinessKey="
        + enc(businessKey))), "id"));
    instances.addAll(ids(JSON.readTree(check("/engine-rest/history/process-instance?processInstanceBusinessKey="
        + enc("ct15-urge:" + businessKey + ":Task_SubmitReport"))), "id"));
    List<String> failures = new ArrayList<>();
    for (String key : List.of("ct15-periodic-report", "ct15-periodic-report-unit", "ct15-urge")) {
      for (JsonNode entry : JSON.readTree(check("/engine-rest/history/job-log?failureLog=true&processDefinitionKey=" + key))) {
        if (instances.contains(entry.path("processInstanceId").asText())) {
          failures.add(entry.path("jobDefinitionType").asText() + " " + entry.path("jobHandlerType").asText() + " "
              + entry.path("jobExceptionMessage").asText());
        }
      }
    }
    return failures;
  }

  private static List<String> ids(JsonNode list, String field) {
    List<String> ids = new ArrayList<>();
    list.forEach(item -> ids.add(item.path(field).asText()));
    return ids;
  }

  // ---------------------------------------------------------------- HTTP

  private String check(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request(ADMIN, "GET", path, null), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return response.body();
  }

  private Answer send(String user, String method, String path, String body) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request(user, method, path, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Answer answer = new Answer(user + " " + method + " " + path, response.statusCode(), response.body());
    answers.add(answer);
    return answer;
  }

  private synchronized String node() {
    return nodes.get(next++ % nodes.size());
  }

  private HttpRequest request(String user, String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node() + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json;charset=UTF-8").method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    return request.build();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
