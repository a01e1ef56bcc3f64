package vn.ct15.workflow.extension;

import static vn.ct15.workflow.TestTime.HANOI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ct15.workflow.Ct15SpringTest;
import vn.ct15.workflow.calendar.WorkingDayCalendar;
import vn.ct15.workflow.extension.ExtensionProcess.Element;
import vn.ct15.workflow.extension.ExtensionProcess.OnTask;
import vn.ct15.workflow.extension.ExtensionProcess.Var;
import vn.ct15.workflow.wardplan.WardPlanProcess;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.process.Motto;

/**
 * A unit asks for more time on its task (gia hạn) and Phòng Nội vụ decides, as each would over HTTP
 * with their own login; the engine clock moves the cycle through its deadline. A grant moves the task's
 * due date and its reminders and escalation, and leaves the extension on the task for the dashboard;
 * a refusal changes nothing but the record; a late unit may still ask; a request ends by itself when
 * the task ends first.
 */
@Ct15SpringTest
class ExtensionProcessTest {

  static final String STAFF = "phuong-nam-son.cb";
  static final String COORDINATOR = "phong-noi-vu.cb";
  static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired WorkingDayCalendar workingDays;

  final HttpClient http = HttpClient.newHttpClient();
  ProcessInstance cycle;
  Task draft;

  @BeforeEach
  void openTheWardPlanTenDaysBeforeItsDeadline() {
    AbstractAssertions.init(engine);
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2081, 3, 20, 9, 0)));
    cycle = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, Map.of(CommonVariables.YEAR.name(), 2081));
    draft = taskService.createTaskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(WardPlanProcess.Element.DRAFT)
        .taskCandidateGroup("phuong-nam-son").singleResult();
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(WardPlanProcess.KEY).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
    runtimeService.createProcessInstanceQuery().processDefinitionKey(ExtensionProcess.KEY).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
  }

  static Date at(LocalDateTime time) {
    return Date.from(time.atZone(HANOI).toInstant());
  }

  static Date endOf(int year, int month, int day) {
    return at(LocalDateTime.of(year, month, day, 23, 59, 59));
  }

  @Test
  void shouldMoveTheDueDateItsRemindersAndItsEscalationWhenGranted() throws Exception {
    Date originalDue = endOf(2081, 3, 31);
    assertThat(draft.getDueDate()).isEqualTo(originalDue);

    Answer asked = ask(STAFF, draft.getId(), "Chờ ý kiến của các tổ dân phố về nội dung dân bàn", "2081-04-15");
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    assertThat(asked.json().path("message").asText()).contains("Đã gửi đề nghị gia hạn");
    ProcessInstance request = runtimeService.createProcessInstanceQuery().processInstanceId(
        asked.json().path("processInstanceId").asText()).singleResult();
    assertThat(request).isWaitingAt(Element.DECIDE).hasBusinessKey("ct15-extension:" + draft.getId());
    Task decision = taskService.createTaskQuery().processInstanceId(request.getId()).singleResult();
    assertThat(decision).hasCandidateGroup("phong-noi-vu").hasDueDate(workingDays.after("P2D"));
    assertThat(decision.getName()).startsWith("Xét đề nghị gia hạn: Lập Kế hoạch thực hiện dân chủ ở phường năm 2081")
        .endsWith("— Ủy ban nhân dân phường Nam Sơn");
    assertThat(runtimeService.getVariables(request.getId())).containsEntry(Var.TASK_ID, draft.getId())
        .containsEntry(CommonVariables.UNIT_ID.name(), "phuong-nam-son").containsEntry(Var.REQUESTER, STAFF)
        .containsEntry(Var.PROPOSED_DUE, endOf(2081, 4, 15)).containsEntry(Var.CURRENT_DUE, originalDue)
        .containsEntry(Var.CURRENT_DUE_TEXT, "31/03/2081 23:59").containsEntry(Var.PROPOSED_DUE_TEXT, "15/04/2081 23:59");
    assertThat(taskService.getVariableLocal(draft.getId(), OnTask.PENDING)).isEqualTo(request.getId());
    assertThat(ask(STAFF, draft.getId(), "Hỏi lại một lần nữa cho chắc chắn", "2081-04-20").status())
        .as("one request at a time").isEqualTo(409);

    Answer granted = decide(COORDINATOR, decision.getId(), "\"quyetDinhGiaHan\": {\"value\": \"dong-y\"}");
    assertThat(granted.status()).as(granted.body()).isEqualTo(204);
    assertThat(request).isWaitingAt(Element.APPLY);
    runJobsOf(request.getId());

    assertThat(request).isEnded().hasPassedInOrder(Element.DECIDE, Element.GRANTED_GATEWAY, Element.APPLY, Element.NOTIFY,
        Element.ANSWERED);
    Date extended = endOf(2081, 4, 15);
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).singleResult().getDueDate()).isEqualTo(extended);
    assertThat(taskService.getVariablesLocal(draft.getId())).containsEntry(OnTask.ORIGINAL_DUE, originalDue)
        .containsEntry(OnTask.EXTENSIONS, 1).doesNotContainKey(OnTask.PENDING);
    assertThat(watchJobs().stream().map(Job::getDuedate).toList()).as("reminders 7 and 1 days before, escalation at")
        .containsExactlyInAnyOrder(endOf(2081, 4, 8), endOf(2081, 4, 14), extended);
    MimeMessage mail = greenMail.getReceivedMessages()[greenMail.getReceivedMessages().length - 1];
    assertThat(mail.getSubject()).startsWith("[CT15] Đồng ý gia hạn: Lập Kế hoạch");
    assertThat(List.of(mail.getAllRecipients()).toString()).contains("phuong-nam-son.cb@kienan.demo", "phuong-nam-son.tt@kienan.demo");

    HistoricProcessInstance history = historyService.createHistoricProcessInstanceQuery().processInstanceId(request.getId())
        .singleResult();
    assertThat(history.getStartUserId()).as("who asked").isEqualTo(STAFF);
    JsonNode listed = get(STAFF, draft.getId()).json();
    assertThat(listed.path("originalDue").isNull()).isFalse();
    assertThat(listed.path("requests")).hasSize(1);
    assertThat(listed.path("requests").get(0).path("state").asText()).isEqualTo("granted");
    assertThat(listed.path("requests").get(0).path("decidedBy").asText()).as("who decided").isEqualTo(COORDINATOR);
    assertThat(listed.path("requests").get(0).path("reason").asText()).isEqualTo("Chờ ý kiến của các tổ dân phố về nội dung dân bàn");

    JsonNode progress = send(COORDINATOR, HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/ct15/api/progress?year=2081&processKey=" + WardPlanProcess.KEY)).GET()).json();
    JsonNode namSon = null;
    for (JsonNode unit : progress.path("units")) {
      if (unit.path("unitId").asText().equals("phuong-nam-son")) {
        namSon = unit;
      }
    }
    JsonNode cell = namSon.path("cells").path(WardPlanProcess.KEY + "/" + WardPlanProcess.Element.DRAFT);
    assertThat(cell.path("extended").asBoolean()).as("the dashboard marks the extension").isTrue();
    assertThat(Date.from(java.time.Instant.parse(cell.path("due").asText()))).isEqualTo(extended);
    assertThat(Date.from(java.time.Instant.parse(cell.path("originalDue").asText()))).isEqualTo(originalDue);
    assertThat(namSon.path("totals").path("extended").asInt()).isEqualTo(1);
  }

  @Test
  void shouldKeepTheDueDateWhenRefusedAndNeedAComment() throws Exception {
    String request = ask(STAFF, draft.getId(), "Cán bộ phụ trách đang đi học tập trung", "2081-04-30").json()
        .path("processInstanceId").asText();
    Task decision = taskService.createTaskQuery().processInstanceId(request).singleResult();

    Answer noComment = decide(COORDINATOR, decision.getId(), "\"quyetDinhGiaHan\": {\"value\": \"khong-dong-y\"}");
    assertThat(noComment.status()).isEqualTo(400);
    assertThat(noComment.body()).contains("trường «Ý kiến» là bắt buộc");
    Answer noDecision = decide(COORDINATOR, decision.getId(), "\"yKienXet\": {\"value\": \"x\"}");
    assertThat(noDecision.status()).as("no default decision").isEqualTo(400);
    assertThat(noDecision.body()).contains("«Quyết định»");

    Answer refused = decide(COORDINATOR, decision.getId(), "\"quyetDinhGiaHan\": {\"value\": \"khong-dong-y\"},"
        + " \"yKienXet\": {\"value\": \"Phân công cán bộ khác thực hiện, bảo đảm đúng hạn\"}");
    assertThat(refused.status()).as(refused.body()).isEqualTo(204);
    runJobsOf(request);

    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(request).activityId(Element.APPLY).count())
        .isZero();
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).singleResult().getDueDate()).isEqualTo(endOf(2081, 3, 31));
    assertThat(taskService.getVariablesLocal(draft.getId())).doesNotContainKeys(OnTask.ORIGINAL_DUE, OnTask.PENDING);
    MimeMessage mail = greenMail.getReceivedMessages()[greenMail.getReceivedMessages().length - 1];
    assertThat(mail.getSubject()).startsWith("[CT15] Không đồng ý gia hạn");
    assertThat(get(STAFF, draft.getId()).json().path("canRequest").asBoolean()).as("may ask again").isTrue();
  }

  @Test
  void shouldLetALateUnitAskAndBeEscalatedAgainAtItsNewDate() throws Exception {
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2081, 4, 2, 8, 0)));
    runJobsOf(cycle.getId());
    assertThat(taskService.getVariableLocal(draft.getId(), "ct15Escalated")).as("escalated at the deadline").isNotNull();

    String request = ask(STAFF, draft.getId(), "Đã xin ý kiến nhưng chưa đủ số hộ tham gia", "2081-04-10").json()
        .path("processInstanceId").asText();
    Task decision = taskService.createTaskQuery().processInstanceId(request).singleResult();
    assertThat(decide(COORDINATOR, decision.getId(), "\"quyetDinhGiaHan\": {\"value\": \"dong-y\"},"
        + " \"hanMoi\": {\"value\": \"2081-04-08\"}").status()).isEqualTo(204);
    runJobsOf(request);

    Date extended = endOf(2081, 4, 8);
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).singleResult().getDueDate())
        .as("the date Phòng Nội vụ chose").isEqualTo(extended);
    assertThat(taskService.getVariableLocal(draft.getId(), "ct15Escalated")).as("watched afresh").isNull();
    assertThat(watchJobs().stream().map(Job::getDuedate).toList()).contains(endOf(2081, 4, 7), extended);
  }

  @Test
  void shouldEndARequestWhoseTaskEndsFirst() throws Exception {
    String request = ask(STAFF, draft.getId(), "Chờ kết quả hội nghị nhân dân của phường", "2081-04-15").json()
        .path("processInstanceId").asText();
    Map<String, Object> parts = new HashMap<>();
    for (String part : Motto.PARTS) {
      parts.put(part, "Nội dung " + part);
    }
    taskService.complete(draft.getId(), parts);

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(request).singleResult().getEndTime())
        .isNotNull();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(request)
        .activityId(Element.NO_LONGER_NEEDED).count()).isEqualTo(1);
  }

  @Test
  void shouldRefuseRequestsThatAreNotTheUnitsOrNotSound() throws Exception {
    Answer otherWard = ask("phuong-lam-ha.cb", draft.getId(), "Lãm Hà xin gia hạn thay cho Nam Sơn", "2081-04-15");
    assertThat(otherWard.status()).isEqualTo(403);
    assertThat(otherWard.json().path("message").asText()).isEqualTo("Chỉ đơn vị được giao nhiệm vụ này được đề nghị gia hạn.");
    Answer coordinator = ask(COORDINATOR, draft.getId(), "Phòng Nội vụ tự gia hạn cho phường", "2081-04-15");
    assertThat(coordinator.status()).isEqualTo(403);
    assertThat(ask(STAFF, draft.getId(), "ngắn", "2081-04-15").json().path("message").asText())
        .contains("ít nhất 10 ký tự");
    assertThat(ask(STAFF, draft.getId(), "Lý do đầy đủ để gia hạn", "15/04/2081").json().path("message").asText())
        .contains("Hạn đề nghị không hợp lệ");
    Answer earlier = ask(STAFF, draft.getId(), "Lý do đầy đủ để gia hạn", "2081-03-25");
    assertThat(earlier.status()).isEqualTo(400);
    assertThat(earlier.json().path("message").asText()).contains("phải sau hạn hiện tại của nhiệm vụ (31/03/2081 23:59)");
    assertThat(ask(STAFF, "khong-co-nhiem-vu", "Lý do đầy đủ để gia hạn", "2081-04-15").status()).isEqualTo(404);
    HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri(draft.getId()))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    Answer garbled = send(STAFF, HttpRequest.newBuilder(uri(draft.getId())).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": ")));
    assertThat(garbled.status()).isEqualTo(400);
    assertThat(garbled.json().path("message").asText()).contains("Nội dung đề nghị không đọc được");

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ExtensionProcess.KEY).count())
        .as("nothing asked").isZero();
    assertThat(taskService.getVariablesLocal(draft.getId())).doesNotContainKey(OnTask.PENDING);
    assertThat(get("phuong-lam-ha.cb", draft.getId()).status()).as("another unit does not see the task").isEqualTo(404);
  }

  // ------------------------------------------------------------------ helpers

  List<Job> watchJobs() {
    return managementService.createJobQuery().executionId(draft.getExecutionId()).timers().list();
  }

  /** Runs every due job of the instance, as the job executor would. */
  void runJobsOf(String processInstanceId) {
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  record Answer(int status, String body) {
    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }
  }

  URI uri(String taskId) {
    return URI.create("http://localhost:" + port + "/ct15/api/tasks/" + taskId + "/extension-requests");
  }

  Answer ask(String user, String taskId, String reason, String proposedDue) throws Exception {
    String body = JSON.writeValueAsString(Map.of("reason", reason, "proposedDue", proposedDue));
    return send(user, HttpRequest.newBuilder(uri(taskId)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  Answer get(String user, String taskId) throws Exception {
    return send(user, HttpRequest.newBuilder(uri(taskId)).GET());
  }

  Answer decide(String user, String taskId, String variables) throws Exception {
    return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/" + taskId + "/submit-form"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"variables\": {" + variables + "}}", StandardCharsets.UTF_8)));
  }

  Answer send(String user, HttpRequest.Builder request) throws Exception {
    request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(response.statusCode(), response.body());
  }
}
