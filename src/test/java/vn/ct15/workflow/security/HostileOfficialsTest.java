package vn.ct15.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ct15.workflow.process.Motto;
import vn.ct15.workflow.Ct15SpringTest;
import vn.ct15.workflow.wardplan.WardPlanProcess;
import vn.ct15.workflow.wardplan.WardPlanProcess.Element;
import vn.ct15.workflow.process.CommonVariables;

/**
 * Officials who try, with their own login and plain HTTP calls on the REST API Tasklist uses, to
 * change what the plan judges them by: each call is refused with a Vietnamese message, writes a
 * security log line, and leaves every fact of the cycle as it was (tasks with their names, dates,
 * assignees and candidates; every variable; every job and its due date; the job definitions; the
 * instance's state). The ward plan of a far year is the cycle: Nam Sơn's draft is open, Lãm Hà's is
 * waiting for its head's approval, with reminder and escalation jobs ahead.
 */
@Ct15SpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class HostileOfficialsTest {

  static final int YEAR = 2071;
  static final String STAFF = "phuong-nam-son.cb";
  static final String HEAD = "phuong-nam-son.tt";
  static final String OTHER_HEAD = "phuong-lam-ha.tt";
  static final String COORDINATOR = "phong-noi-vu.cb";
  static final String SUPERVISOR = "mttq-quan.cb";
  static final String CHAIRMAN = "chu-tich";
  static final String SAVED = "Nội dung Dân biết đã lưu, riêng tư";
  static final String JSON = "application/json";
  /** A body starting with this is sent as multipart/form-data with the boundary "b". */
  static final String MULTIPART = "multipart:";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  final HttpClient http = HttpClient.newHttpClient();
  ProcessInstance cycle;
  final Map<String, String> ids = new HashMap<>();

  @BeforeAll
  void openACycle() {
    cycle = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, Map.of(CommonVariables.YEAR.name(), YEAR));
    Task draft = draft("phuong-nam-son");
    taskService.setVariable(draft.getId(), "danBiet", SAVED);
    Task otherDraft = draft("phuong-lam-ha");
    Map<String, Object> parts = new HashMap<>();
    for (String part : Motto.PARTS) {
      parts.put(part, "Kế hoạch của Lãm Hà: " + part);
    }
    taskService.complete(otherDraft.getId(), parts);
    Task approval = taskService.createTaskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(Element.APPROVE)
        .singleResult();
    Job reminder = managementService.createJobQuery().processInstanceId(cycle.getId()).timers().list().get(0);
    ids.put("{draft}", draft.getId());
    ids.put("{approval}", approval.getId());
    ids.put("{instance}", cycle.getId());
    ids.put("{job}", reminder.getId());
    ids.put("{execution}", draft.getExecutionId());
    ids.put("{jobDefinition}", managementService.createJobDefinitionQuery().processDefinitionId(cycle.getProcessDefinitionId())
        .activityIdIn(Element.INFORM_COORDINATOR).singleResult().getId());
    ids.put("{definition}", cycle.getProcessDefinitionId());
  }

  @AfterAll
  void cleanUp() {
    runtimeService.deleteProcessInstance(cycle.getId(), "test cleanup");
  }

  Task draft(String ward) {
    return taskService.createTaskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(Element.DRAFT)
        .taskCandidateGroup(ward).singleResult();
  }

  /** A call: who, method, path ({draft}, {approval}, {job} … stand for the cycle's ids), JSON body. */
  record Call(String user, String method, String path, String body) {}

  static Arguments refused(String what, Call call, int status, String message) {
    return Arguments.of(what, call, status, message);
  }

  static Call as(String user, String method, String path, String body) {
    return new Call(user, method, "/engine-rest" + path, body);
  }

  static String parts(String extra) {
    List<String> fields = new ArrayList<>();
    for (String part : Motto.PARTS) {
      fields.add("\"" + part + "\": {\"value\": \"Nội dung đầy đủ phần " + part + "\"}");
    }
    if (!extra.isEmpty()) {
      fields.add(extra);
    }
    return "{\"variables\": {" + String.join(",", fields) + "}}";
  }

  static Stream<Arguments> hostileCalls() {
    String facts = "Không được sửa thông tin của nhiệm vụ";
    String notOnForm = "không phải là trường nhập của biểu mẫu";
    String candidates = "Không được thay đổi đơn vị hay người được giao nhiệm vụ";
    String outsideUnit = "Chỉ được giao nhiệm vụ cho người thuộc đơn vị được giao nhiệm vụ";
    String machinery = "chỉ quản trị viên được thao tác";
    String messages = "Chỉ các bước của quy trình được gửi thông điệp hay tín hiệu";
    String instances = "Chỉ quản trị viên được can thiệp vào quy trình đang chạy";
    String notYours = "không được giao cho đơn vị của bạn";
    return Stream.of(
        // a ward's staff member on the ward's own open task
        refused("staff moves the due date to 2035", as(STAFF, "PUT", "/task/{draft}",
            "{\"name\": \"Lập Kế hoạch\", \"due\": \"2035-12-31T23:59:59.000+0700\"}"), 403, facts),
        refused("staff renames the task", as(STAFF, "PUT", "/task/{draft}", "{\"name\": \"Việc đã xong\"}"), 403, facts),
        refused("staff sets the unit to another ward", as(STAFF, "PUT", "/task/{draft}/variables/unitId",
            "{\"value\": \"phuong-lam-ha\", \"type\": \"String\"}"), 400, notOnForm),
        refused("staff patches the year", as(STAFF, "POST", "/task/{draft}/variables",
            "{\"modifications\": {\"year\": {\"value\": 2070, \"type\": \"Integer\"}}}"), 400, notOnForm),
        refused("staff moves the cycle's due date variable", as(STAFF, "PUT", "/task/{draft}/variables/dueDate",
            "{\"value\": \"2035-12-31T23:59:59.000+0700\", \"type\": \"Date\"}"), 400, notOnForm),
        refused("staff deletes the unit variable", as(STAFF, "DELETE", "/task/{draft}/variables/unitId", null), 400,
            "chỉ được xóa nội dung các trường nhập"),
        refused("staff writes a local variable", as(STAFF, "PUT", "/task/{draft}/localVariables/danBiet",
            "{\"value\": \"cục bộ\", \"type\": \"String\"}"), 400, "biến cục bộ"),
        refused("staff overwrites the reviewer's comment shown read-only", as(STAFF, "PUT", "/task/{draft}/variables/comment",
            "{\"value\": \"Đã được phê duyệt\", \"type\": \"String\"}"), 400, "chỉ để xem, không được sửa"),
        refused("staff completes with another ward as unit", as(STAFF, "POST", "/task/{draft}/complete",
            parts("\"unitId\": {\"value\": \"phuong-lam-ha\"}")), 400, notOnForm),
        refused("staff submits the form with another year", as(STAFF, "POST", "/task/{draft}/submit-form",
            parts("\"year\": {\"value\": 2070, \"type\": \"Integer\"}")), 400, notOnForm),
        refused("staff completes with the comment shown read-only changed", as(STAFF, "POST", "/task/{draft}/complete",
            parts("\"comment\": {\"value\": \"Đã duyệt\"}")), 400, "chỉ để xem"),
        refused("staff hands the task to another ward's official", as(STAFF, "POST", "/task/{draft}/assignee",
            "{\"userId\": \"phuong-lam-ha.cb\"}"), 403, outsideUnit),
        refused("staff claims the task for another ward's head", as(STAFF, "POST", "/task/{draft}/claim",
            "{\"userId\": \"phuong-lam-ha.tt\"}"), 403, outsideUnit),
        refused("staff delegates the task to Phòng Nội vụ", as(STAFF, "POST", "/task/{draft}/delegate",
            "{\"userId\": \"phong-noi-vu.cb\"}"), 403, outsideUnit),
        refused("staff adds another ward as candidate", as(STAFF, "POST", "/task/{draft}/identity-links",
            "{\"groupId\": \"phuong-lam-ha\", \"type\": \"candidate\"}"), 403, candidates),
        refused("staff removes the ward's own candidate group", as(STAFF, "POST", "/task/{draft}/identity-links/delete",
            "{\"groupId\": \"phuong-nam-son\", \"type\": \"candidate\"}"), 403, candidates),
        refused("staff ends the task with a BPMN error", as(STAFF, "POST", "/task/{draft}/bpmnError",
            "{\"errorCode\": \"ct15-cycle-started\"}"), 403, "Không được kết thúc nhiệm vụ bằng lỗi"),
        refused("staff escalates the task", as(STAFF, "POST", "/task/{draft}/bpmnEscalation",
            "{\"escalationCode\": \"x\"}"), 403, "Không được kết thúc nhiệm vụ bằng lỗi"),
        refused("staff attaches a file", as(STAFF, "POST", "/task/{draft}/attachment/create", MULTIPART
            + "--b\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\nminh-chung\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\nhttp://example.vn/a.pdf\r\n--b--\r\n"), 403,
            "tệp đính kèm"),
        refused("staff reschedules the reminder job", as(STAFF, "PUT", "/job/{job}/duedate",
            "{\"duedate\": \"2035-01-01T00:00:00.000+0700\"}"), 403, machinery),
        refused("staff runs the reminder job ahead of time", as(STAFF, "POST", "/job/{job}/execute", null), 403, machinery),
        refused("staff sets the job's retries to 0", as(STAFF, "PUT", "/job/{job}/retries", "{\"retries\": 0}"), 403, machinery),
        refused("staff suspends the job", as(STAFF, "PUT", "/job/{job}/suspended", "{\"suspended\": true}"), 403, machinery),
        refused("staff deletes the job", as(STAFF, "DELETE", "/job/{job}", null), 403, machinery),
        refused("staff suspends a job definition", as(STAFF, "PUT", "/job-definition/{jobDefinition}/suspended",
            "{\"suspended\": true, \"includeJobs\": true}"), 403, machinery),
        refused("staff correlates the urge message", as(STAFF, "POST", "/message",
            "{\"messageName\": \"ct15-urge\", \"processInstanceId\": \"{instance}\"}"), 403, messages),
        refused("staff correlates a message to nobody", as(STAFF, "POST", "/message",
            "{\"messageName\": \"khong-co\", \"all\": true}"), 403, messages),
        refused("staff sends a signal", as(STAFF, "POST", "/signal", "{\"name\": \"ct15-urge\"}"), 403, messages),
        refused("staff moves the instance to the approval", as(STAFF, "POST", "/process-instance/{instance}/modification",
            "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_ApprovePlan\"}]}"), 403, instances),
        refused("staff writes the instance's year", as(STAFF, "PUT", "/process-instance/{instance}/variables/year",
            "{\"value\": 2070, \"type\": \"Integer\"}"), 403, instances),
        refused("staff writes the subprocess's unit", as(STAFF, "PUT", "/execution/{execution}/localVariables/unitId",
            "{\"value\": \"phuong-lam-ha\", \"type\": \"String\"}"), 403, instances),
        refused("staff suspends the instance", as(STAFF, "PUT", "/process-instance/{instance}/suspended",
            "{\"suspended\": true}"), 403, instances),
        refused("staff deletes the instance", as(STAFF, "DELETE", "/process-instance/{instance}", null), 403, instances),
        refused("staff deletes instances as a batch", as(STAFF, "POST", "/process-instance/delete",
            "{\"processInstanceIds\": [\"{instance}\"]}"), 403, machinery),
        refused("staff fetches external tasks", as(STAFF, "POST", "/external-task/fetchAndLock",
            "{\"workerId\": \"w\", \"maxTasks\": 1, \"topics\": [{\"topicName\": \"x\", \"lockDuration\": 1000}]}"), 403, machinery),
        refused("staff starts the ward plan", as(STAFF, "POST", "/process-definition/key/ct15-ward-plan/start",
            "{\"variables\": {\"year\": {\"value\": 2072}}}"), 403, null),
        // a ward's head
        refused("the head moves the due date of the approval", as(OTHER_HEAD, "PUT", "/task/{approval}",
            "{\"name\": \"Phê duyệt\", \"due\": \"2035-12-31T23:59:59.000+0700\"}"), 403, facts),
        refused("the head hands the approval to the ward's staff", as(OTHER_HEAD, "POST", "/task/{approval}/assignee",
            "{\"userId\": \"phuong-lam-ha.cb\"}"), 403, outsideUnit),
        refused("the head writes the draft's unit", as(HEAD, "PUT", "/task/{draft}/variables/unitId",
            "{\"value\": \"phuong-lam-ha\", \"type\": \"String\"}"), 400, notOnForm),
        refused("another ward's head approves Nam Sơn's draft", as(OTHER_HEAD, "POST", "/task/{draft}/complete", parts("")),
            403, notYours),
        // Phòng Nội vụ, outside the steps that are theirs
        refused("Phòng Nội vụ completes a ward's draft", as(COORDINATOR, "POST", "/task/{draft}/complete", parts("")),
            403, notYours),
        refused("Phòng Nội vụ saves into a ward's draft", as(COORDINATOR, "PUT", "/task/{draft}/variables/danBiet",
            "{\"value\": \"Phòng Nội vụ viết hộ\", \"type\": \"String\"}"), 403, notYours),
        refused("Phòng Nội vụ claims a ward's draft", as(COORDINATOR, "POST", "/task/{draft}/claim",
            "{\"userId\": \"phong-noi-vu.cb\"}"), 403, notYours),
        refused("Phòng Nội vụ reschedules a ward's escalation", as(COORDINATOR, "PUT", "/job/{job}/duedate",
            "{\"duedate\": \"2035-01-01T00:00:00.000+0700\"}"), 403, machinery),
        refused("Phòng Nội vụ starts a cycle at the approval step", as(COORDINATOR, "POST",
            "/process-definition/key/ct15-ward-plan/start", "{\"variables\": {\"year\": {\"value\": 2072}},"
                + " \"startInstructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_ApprovePlan\"}]}"),
            403, "Chỉ được khởi tạo quy trình từ đầu"),
        refused("Phòng Nội vụ starts a cycle with its own list of wards", as(COORDINATOR, "POST",
            "/process-definition/key/ct15-ward-plan/start",
            "{\"variables\": {\"year\": {\"value\": 2072}, \"wards\": {\"value\": \"[]\", \"type\": \"Json\"}}}"), 400,
            "không phải là trường của biểu mẫu khởi tạo"),
        // the supervisors, read-only everywhere
        refused("MTTQ comments on a ward's draft", as(SUPERVISOR, "POST", "/task/{draft}/comment/create",
            "{\"message\": \"Ý kiến giám sát\"}"), 403, notYours),
        refused("MTTQ saves into a ward's draft", as(SUPERVISOR, "PUT", "/task/{draft}/variables/danBiet",
            "{\"value\": \"x\", \"type\": \"String\"}"), 403, notYours),
        refused("HĐND correlates a message", as("hdnd-quan.cb", "POST", "/message",
            "{\"messageName\": \"ct15-urge\", \"processInstanceId\": \"{instance}\"}"), 403, messages),
        refused("MTTQ retries a job", as(SUPERVISOR, "PUT", "/job/{job}/retries", "{\"retries\": 5}"), 403, machinery),
        // UBND quận's Chairman on a ward's task
        refused("the Chairman moves a ward's due date", as(CHAIRMAN, "PUT", "/task/{draft}",
            "{\"name\": \"Lập Kế hoạch\", \"due\": \"2035-12-31T23:59:59.000+0700\"}"), 403, facts));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileCalls")
  void shouldRefuseAndChangeNothing(String what, Call call, int status, String message, CapturedOutput output)
      throws Exception {
    String before = facts();
    int logged = output.getAll().split("ct15.security").length;

    Answer answer = send(call);

    assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(status);
    if (message != null) {
      assertThat(answer.body()).as(what).contains(message);
    }
    assertThat(answer.body()).as(what).doesNotContain("ENGINE-", "\tat ", "org.camunda", "Exception");
    assertThat(facts()).as(what + ": every fact of the cycle as before").isEqualTo(before);
    if (message != null) {
      String[] lines = output.getAll().split("ct15.security");
      assertThat(lines.length).as(what + ": one security log line").isEqualTo(logged + 1);
      String line = lines[lines.length - 1].lines().findFirst().orElseThrow();
      assertThat(line).as(what).contains("Refused: user=" + call.user()).contains("tried=")
          .doesNotContain("Nội dung đầy đủ", "Đã được phê duyệt", "2035");
    }
  }

  @Test
  void shouldStillLetTheUnitDoItsWork() throws Exception {
    ProcessInstance own = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, Map.of(CommonVariables.YEAR.name(), YEAR + 1));
    try {
      String draft = taskService.createTaskQuery().processInstanceId(own.getId()).taskDefinitionKey(Element.DRAFT)
          .taskCandidateGroup("phuong-nam-son").singleResult().getId();
      Map<String, String> ownIds = Map.of("{draft}", draft);
      assertThat(send(as(STAFF, "POST", "/task/{draft}/claim", "{\"userId\": \"" + STAFF + "\"}"), ownIds).status())
          .isEqualTo(204);
      assertThat(send(as(STAFF, "POST", "/task/{draft}/unclaim", null), ownIds).status()).isEqualTo(204);
      assertThat(send(as(STAFF, "POST", "/task/{draft}/assignee", "{\"userId\": \"" + HEAD + "\"}"), ownIds).status())
          .as("a colleague of the unit").isEqualTo(204);
      assertThat(taskService.createTaskQuery().taskId(draft).singleResult().getAssignee()).isEqualTo(HEAD);
      assertThat(send(as(HEAD, "POST", "/task/{draft}/unclaim", null), ownIds).status()).isEqualTo(204);
      assertThat(send(as(STAFF, "PUT", "/task/{draft}/variables/danBan",
          "{\"value\": \"Bàn và quyết định mức đóng góp xây dựng đường ngõ\", \"type\": \"String\"}"), ownIds).status())
          .isEqualTo(204);
      assertThat(send(as(STAFF, "POST", "/task/{draft}/comment/create", "{\"message\": \"Đang lấy ý kiến tổ dân phố\"}"),
          ownIds).status()).isEqualTo(200);
      assertThat(taskService.getTaskComments(draft)).hasSize(1);

      // Tasklist sends the fields shown read-only back, unchanged: accepted, and not written again
      long commentWrites = commentWrites(own);
      Answer done = send(as(STAFF, "POST", "/task/{draft}/submit-form", parts("\"comment\": {\"value\": null}")), ownIds);
      assertThat(done.status()).as(done.body()).isEqualTo(204);
      assertThat(commentWrites(own)).as("the read-only comment is not written").isEqualTo(commentWrites);
      assertThat(taskService.createTaskQuery().processInstanceId(own.getId()).taskDefinitionKey(Element.APPROVE)
          .taskCandidateUser(HEAD).singleResult()).as("Nam Sơn's own head gets the plan").isNotNull();
    } finally {
      runtimeService.deleteProcessInstance(own.getId(), "test cleanup");
    }
  }

  long commentWrites(ProcessInstance instance) {
    return historyService.createHistoricDetailQuery().variableUpdates().processInstanceId(instance.getId()).list().stream()
        .filter(update -> CommonVariables.COMMENT.name().equals(((HistoricVariableUpdate) update).getVariableName())).count();
  }

  record Answer(int status, String body) {}

  Answer send(Call call) throws Exception {
    return send(call, ids);
  }

  Answer send(Call call, Map<String, String> ids) throws Exception {
    String path = call.path();
    String body = call.body();
    for (Map.Entry<String, String> id : ids.entrySet()) {
      path = path.replace(id.getKey(), id.getValue());
      body = body == null ? null : body.replace(id.getKey(), id.getValue());
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((call.user() + ":demo").getBytes(StandardCharsets.UTF_8)));
    if (body == null) {
      request.method(call.method(), HttpRequest.BodyPublishers.noBody());
    } else if (body.startsWith(MULTIPART)) {
      request.header("Content-Type", "multipart/form-data; boundary=b").method(call.method(),
          HttpRequest.BodyPublishers.ofString(body.substring(MULTIPART.length()), StandardCharsets.UTF_8));
    } else {
      request.header("Content-Type", JSON + ";charset=UTF-8").method(call.method(),
          HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(response.statusCode(), response.body());
  }

  /** Everything about the cycle an official could want to change, as text. */
  String facts() {
    List<String> facts = new ArrayList<>();
    facts.add("instances " + runtimeService.createProcessInstanceQuery().processDefinitionKey(WardPlanProcess.KEY).count());
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(cycle.getId()).singleResult();
    facts.add("instance " + (instance == null ? "gone" : "suspended=" + instance.isSuspended()));
    for (Task task : taskService.createTaskQuery().processInstanceId(cycle.getId()).list()) {
      List<String> links = taskService.getIdentityLinksForTask(task.getId()).stream()
          .map(link -> link.getType() + ":" + link.getUserId() + ":" + link.getGroupId()).sorted().toList();
      facts.add("task " + task.getId() + " " + task.getTaskDefinitionKey() + " " + task.getName() + " due=" + task.getDueDate()
          + " followUp=" + task.getFollowUpDate() + " priority=" + task.getPriority() + " description="
          + task.getDescription() + " assignee=" + task.getAssignee() + " owner=" + task.getOwner() + " delegation="
          + task.getDelegationState() + " links=" + links + " comments=" + taskService.getTaskComments(task.getId()).size()
          + " attachments=" + taskService.getTaskAttachments(task.getId()).size());
    }
    for (VariableInstance variable : runtimeService.createVariableInstanceQuery().processInstanceIdIn(cycle.getId()).list()) {
      facts.add("variable " + variable.getName() + " execution=" + variable.getExecutionId() + " task=" + variable.getTaskId()
          + " " + variable.getTypeName() + "=" + variable.getValue());
    }
    for (Job job : managementService.createJobQuery().processInstanceId(cycle.getId()).list()) {
      facts.add("job " + job.getId() + " due=" + job.getDuedate() + " retries=" + job.getRetries() + " suspended="
          + job.isSuspended() + " definition=" + job.getProcessDefinitionKey());
    }
    managementService.createJobDefinitionQuery().processDefinitionId(cycle.getProcessDefinitionId()).list()
        .forEach(definition -> facts.add("job definition " + definition.getId() + " suspended=" + definition.isSuspended()));
    for (Execution execution : runtimeService.createExecutionQuery().processInstanceId(cycle.getId()).list()) {
      facts.add("execution " + execution.getId() + " suspended=" + execution.isSuspended());
    }
    facts.sort(Comparator.naturalOrder());
    return String.join("\n", facts);
  }
}
