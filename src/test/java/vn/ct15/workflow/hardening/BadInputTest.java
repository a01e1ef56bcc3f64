package vn.ct15.workflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ct15.workflow.Ct15SpringTest;
import vn.ct15.workflow.wardplan.WardPlanProcess;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.process.Motto;

/**
 * Bad input on the REST API and the product's endpoints: each call gets a clear 4xx answer, never a
 * stack trace, and changes nothing (the ward's draft task stays open with what it had saved).
 */
@Ct15SpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

  static final String WARD_USER = "phuong-bac-son.cb";
  static final String COORDINATOR_USER = "phong-noi-vu.cb";
  static final int YEAR = 2061;
  static final String SAVED = "Nội dung đã lưu trước";
  static final String STANDALONE_TASK = "Việc riêng của phòng";
  /** Officials may not create tasks at all (403); the administrator may, but not outside a process. */
  static final Call CREATE_STANDALONE_TASK = new Call("demo", "POST", "/engine-rest/task/create", "application/json",
      "{\"name\": \"" + STANDALONE_TASK + "\"}");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  final HttpClient http = HttpClient.newHttpClient();
  final List<String> tried = new ArrayList<>();
  final List<String> passed = new ArrayList<>();
  ProcessInstance instance;
  Task draft;

  /** A request: who, method, path (TASK stands for the draft task's id), content type, body. */
  record Call(String user, String method, String path, String contentType, String body) {}

  record Answer(int status, String body) {}

  @BeforeEach
  void openADraft() {
    instance = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, Map.of(CommonVariables.YEAR.name(), YEAR));
    draft = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(WardPlanProcess.Element.DRAFT).taskCandidateGroup("phuong-bac-son").singleResult();
    taskService.setVariable(draft.getId(), "danBiet", SAVED);
  }

  @AfterEach
  void cleanUp() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey(WardPlanProcess.KEY).list()
        .forEach(started -> runtimeService.deleteProcessInstance(started.getId(), "test cleanup"));
  }

  @AfterAll
  void summary() {
    if (passed.size() == tried.size()) {
      System.out.println("Bad-input cases tried: " + tried.size() + ", all answered 4xx without a stack trace");
    } else {
      System.out.println("Bad-input cases tried: " + tried.size() + ", " + (tried.size() - passed.size()) + " FAILED");
    }
  }

  static String completeWith(String variables) {
    return "{\"variables\": {" + variables + "}}";
  }

  static String parts(String... except) {
    List<String> skipped = List.of(except);
    StringBuilder json = new StringBuilder();
    for (String part : Motto.PARTS) {
      if (!skipped.contains(part)) {
        json.append(json.isEmpty() ? "" : ",").append('"').append(part)
            .append("\": {\"value\": \"Nội dung đầy đủ của phần ").append(part).append("\"}");
      }
    }
    return json.toString();
  }

  static String startWith(String variables) {
    return "{\"variables\": {" + variables + "}}";
  }

  static Stream<Arguments> cases() {
    String complete = "/engine-rest/task/TASK/complete";
    String start = "/engine-rest/process-definition/key/ct15-ward-plan/start";
    String json = "application/json";
    String huge = "{\"variables\": {\"danBiet\": {\"value\": \"" + "x".repeat(1_200_000) + "\"}}}";
    String longId = "u".repeat(10_000);
    return Stream.of(
        Arguments.of("malformed JSON body", new Call(WARD_USER, "POST", complete, json, "{\"variables\": {"), 400),
        Arguments.of("not JSON at all", new Call(WARD_USER, "POST", complete, json, "hoàn thành"), 400),
        Arguments.of("oversized JSON body (1.2 MB)", new Call(WARD_USER, "POST", complete, json, huge), 413),
        Arguments.of("unknown variable foo, required parts missing",
            new Call(WARD_USER, "POST", complete, json, completeWith("\"foo\": {\"value\": \"bar\"}")), 400),
        Arguments.of("a part too short for the form",
            new Call(WARD_USER, "POST", complete, json, completeWith(parts("danBan") + ",\"danBan\": {\"value\": \"ngắn\"}")), 400),
        Arguments.of("a string declared Integer",
            new Call(WARD_USER, "POST", complete, json, completeWith(parts() + ",\"foo\": {\"value\": \"abc\", \"type\": \"Integer\"}")), 400),
        Arguments.of("a date 31/02/2026 declared Date",
            new Call(WARD_USER, "POST", complete, json, completeWith(parts() + ",\"foo\": {\"value\": \"31/02/2026\", \"type\": \"Date\"}")), 400),
        Arguments.of("start: year as a string",
            new Call(COORDINATOR_USER, "POST", start, json, startWith("\"year\": {\"value\": \"abc\"}")), 400),
        Arguments.of("start: year declared Integer but a word",
            new Call(COORDINATOR_USER, "POST", start, json, startWith("\"year\": {\"value\": \"hai nghìn\", \"type\": \"Integer\"}")), 400),
        Arguments.of("start: deadline 31/02/2026",
            new Call(COORDINATOR_USER, "POST", start, json, startWith("\"year\": {\"value\": 2062}, \"deadline\": {\"value\": \"31/02/2026\"}")), 400),
        Arguments.of("start: deadline 2026-02-31",
            new Call(COORDINATOR_USER, "POST", start, json, startWith("\"year\": {\"value\": 2063}, \"deadline\": {\"value\": \"2026-02-31\"}")), 400),
        Arguments.of("complete a task that does not exist",
            new Call(WARD_USER, "POST", "/engine-rest/task/khong-co-nhiem-vu-nay/complete", json, completeWith(parts())), 404),
        Arguments.of("claim a task that does not exist",
            new Call(WARD_USER, "POST", "/engine-rest/task/khong-co-nhiem-vu-nay/claim", json, "{\"userId\": \"" + WARD_USER + "\"}"), 404),
        Arguments.of("a 10,000-character unit id in the query",
            new Call(WARD_USER, "GET", "/engine-rest/task?candidateGroup=" + longId, null, null), 400),
        Arguments.of("a 10,000-character unit id as a new group",
            new Call("demo", "POST", "/engine-rest/group/create", json, "{\"id\": \"" + longId + "\", \"name\": \"x\", \"type\": \"unit\"}"), 400),
        Arguments.of("a wrong content type",
            new Call(WARD_USER, "POST", complete, "text/plain", completeWith(parts())), 415),
        Arguments.of("progress for a year that is not a number",
            new Call(COORDINATOR_USER, "GET", "/ct15/api/progress?year=abc", null, null), 400),
        Arguments.of("a task outside every process (stand-alone tasks are off), by the administrator",
            CREATE_STANDALONE_TASK, 400),
        Arguments.of("missing units of a process that does not exist",
            new Call(COORDINATOR_USER, "GET", "/ct15/api/periodic-reports/" + "p".repeat(200) + "/missing-units", null, null), 404));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void shouldAnswerBadInputWith4xxWithoutAStackTraceAndChangeNothing(String name, Call call, int expected) throws Exception {
    Answer answer = send(call);
    tried.add(name);

    assertThat(answer.status()).as(name + ": " + abbreviate(answer.body())).isEqualTo(expected);
    assertThat(answer.body()).as(name)
        .doesNotContain("at org.", "at java.", "at vn.ct15", "\tat ", "ENGINE-", "Exception")
        .doesNotContainPattern("[a-z]+\\.[a-z.]+\\.[A-Z][A-Za-z]*Exception")
        .doesNotContain("Whitelabel");
    if (!answer.body().startsWith("<")) { // Tomcat's own refusal of a request line beyond 8 KB never reaches the application
      assertThat(answer.body()).as(name + ": a Vietnamese message")
          .containsPattern("\"message\":\"[^\"]*[ạảãâầấậẩẫăằắặẳẵẹẻẽêềếệểễịỉĩọỏõôồốộổỗơờớợởỡụủũưừứựửữỳỵỷỹđ]");
    }
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).singleResult()).as(name + ": the task stays open").isNotNull();
    Map<String, Object> variables = new HashMap<>(taskService.getVariablesLocal(draft.getId()));
    assertThat(taskService.getVariable(draft.getId(), "danBiet")).as(name).isEqualTo(SAVED);
    assertThat(taskService.getVariable(draft.getId(), "foo")).as(name + ": nothing stored").isNull();
    assertThat(variables).as(name).doesNotContainKeys("danBan");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(WardPlanProcess.KEY).count())
        .as(name + ": no instance started").isEqualTo(1);
    passed.add(name);
  }

  @Test
  void shouldSayInVietnameseThatEveryTaskBelongsToAProcess() throws Exception {
    Answer answer = send(CREATE_STANDALONE_TASK);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("mỗi nhiệm vụ thuộc một quy trình của kế hoạch").doesNotContain("standalone");
    assertThat(taskService.createTaskQuery().taskName(STANDALONE_TASK).count()).isZero();
  }

  Answer send(Call call) throws Exception {
    String path = call.path().replace("TASK", draft.getId());
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((call.user() + ":demo").getBytes(StandardCharsets.UTF_8)));
    if (call.body() == null) {
      request.method(call.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", call.contentType() + ";charset=UTF-8")
          .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(response.statusCode(), response.body());
  }

  static String abbreviate(String body) {
    return body.length() > 600 ? body.substring(0, 600) + "…" : body;
  }
}
