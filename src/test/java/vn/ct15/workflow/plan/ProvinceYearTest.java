package vn.ct15.workflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.ct15.workflow.TestTime;
import vn.ct15.workflow.Tiers;

/**
 * The second example deployment, a province of today's two-level government (Ủy ban nhân dân thành
 * phố Hải Phòng with Sở Nội vụ and its communes, wards and special zones), chosen with the one
 * setting {@code CT15_PLAN=classpath:plan/hai-phong-2026.yaml}: a whole plan year runs on it with the
 * engine clock moved from timer to timer — every section started by the plan on its day, the
 * on-demand processes started by their officials, a unit late on every duty so that reminders,
 * escalation and the urging run, an extension asked and granted, every task completed through its
 * form by one of its candidates — and every text a person sees in that year (task names and
 * descriptions, the deployed forms, the mails and their attachments, the Word and PDF documents, the
 * dashboard's JSON, the outgoing register) names the province and its plan, never Kiến An's district,
 * its Phòng Nội vụ or its Plan 77/KH-UBND. No model differs between the two deployments.
 */
@Tag(Tiers.APP)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"CT15_PLAN=classpath:plan/hai-phong-2026.yaml",
    // a database of its own: the province's models, forms and people stay out of the other tests' application
    "spring.datasource.url=jdbc:h2:mem:ct15-province;DB_CLOSE_DELAY=-1"})
@ActiveProfiles({"demo", "test"})
class ProvinceYearTest {

  /** The first deployment's own names (phường Kiến An is a ward of the province, so "Kiến An" alone is not). */
  /** Together with the ids of Kiến An's units ({@link #demoUnitIds()}). */
  static final Pattern DEMO_NAMES = Pattern.compile("(?iu)quận|phòng nội vụ|77/KH|kienan|ubnd-quan|hdnd-quan|mttq-quan|Kiến An, ngày");
  static final int YEAR = 2026;
  /** The unit that does every duty late: its reminders, escalations and urging run. */
  static final String LATE_UNIT = "xa-vinh-bao";
  static final String LEADERSHIP = "ubnd-thanh-pho";
  static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;

  /** Every visible text, by where it was seen. */
  final Map<String, String> seen = new LinkedHashMap<>();
  boolean extensionAsked;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void shouldRunAWholeYearOfTheProvinceAndShowOnlyItsOwnNames() throws Exception {
    ClockUtil.setCurrentTime(TestTime.at(YEAR, 1, 1, 5, 0));
    runtimeService.startProcessInstanceByKey(PlanProcess.KEY, Map.of("year", YEAR));
    startAs("xa-an-lao.cb", "ct15-obstacle");
    startAs("mttq-thanh-pho.cb", "ct15-front-supervision");

    // the year's last timers are at midnight of the new year (the portal's updates end then)
    Date yearEnd = TestTime.at(YEAR + 1, 1, 1, 0, 0);
    int completed = 0;
    for (int round = 0; round < 50_000; round++) {
      if (runDueJobs()) {
        continue;
      }
      List<Task> open = taskService.createTaskQuery().active().orderByTaskCreateTime().asc().list();
      Task toExtend = extensionAsked ? null : open.stream().filter(task -> task.getDueDate() != null
          && task.getDueDate().after(ClockUtil.getCurrentTime()) && candidateGroups(task).contains(LATE_UNIT)).findFirst().orElse(null);
      if (toExtend != null) {
        askExtension(worker(toExtend), toExtend);
        continue;
      }
      List<Task> ready = open.stream().filter(task -> !late(task)).toList();
      if (!ready.isEmpty()) {
        for (Task task : ready) {
          complete(task);
          completed++;
        }
        continue;
      }
      Job next = managementService.createJobQuery().timers().orderByJobDuedate().asc().listPage(0, 1).stream().findFirst().orElse(null);
      if (next != null && !next.getDuedate().after(yearEnd)) {
        ClockUtil.setCurrentTime(new Date(Math.max(next.getDuedate().getTime(), ClockUtil.getCurrentTime().getTime())));
      } else if (!open.isEmpty()) {
        // the late unit's last duties, past their due dates by now or the year is over
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 86_400_000L));
        open.forEach(this::complete);
        completed += open.size();
      } else {
        break;
      }
    }
    System.out.printf("Province year: %d tasks completed, %d mails, clock at %s%n", completed,
        greenMail.getReceivedMessages().length, ClockUtil.getCurrentTime());

    assertThat(runtimeService.createProcessInstanceQuery().list()).as("instances still running at the end of the year")
        .extracting(instance -> instance.getProcessDefinitionId().replaceAll(":.*", "") + " " + instance.getBusinessKey() + " at "
            + runtimeService.getActiveActivityIds(instance.getId()) + ", timers "
            + managementService.createJobQuery().processInstanceId(instance.getId()).timers().list().stream().map(Job::getDuedate).toList())
        .isEmpty();
    for (String key : List.of("ct15-plan", "ct15-dissemination", "ct15-legal-review", "ct15-concretization", "ct15-ward-plan",
        "ct15-unit-plan", "ct15-inspection", "ct15-periodic-report", "ct15-periodic-report-unit", "ct15-annual-evaluation",
        "ct15-obstacle", "ct15-front-supervision", "ct15-extension", "ct15-urge")) {
      assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(key).finished().count())
          .as("finished instances of " + key).isPositive();
    }
    assertThat(managementService.createJobQuery().withException().count()).as("failed jobs").isZero();

    collectTasks();
    collectDeployment();
    collectMails();
    collectDocuments();
    collectOverHttp("/ct15/api/progress?year=" + YEAR);
    collectOverHttp("/ct15/api/register?year=" + YEAR);
    collectOverHttp("/ct15/api/webapp-info");

    String all = String.join("\n", seen.values());
    Pattern demoUnits = demoUnitIds();
    assertThat(all).contains("Sở Nội vụ").contains("Kế hoạch 45/KH-UBND").contains("xã, phường, đặc khu")
        .contains("Ủy ban nhân dân thành phố").contains("Bộ Nội vụ").contains("Hải Phòng, ngày");
    Map<String, String> found = new TreeMap<>();
    seen.forEach((where, text) -> {
      Matcher name = DEMO_NAMES.matcher(text);
      if (!name.find()) {
        name = demoUnits.matcher(text);
        if (!name.find()) {
          return;
        }
      }
      int from = Math.max(0, name.start() - 60);
      found.put(where, "…" + text.substring(from, Math.min(text.length(), name.end() + 40)).replace('\n', ' ') + "…");
    });
    System.out.printf("Province year: %d texts scanned (%d characters)%n", seen.size(), all.length());
    assertThat(found).as("texts of the province's year that name Kiến An's district, Phòng Nội vụ or Plan 77").isEmpty();
  }

  /** The ids of Kiến An's units that the province does not also have (both have a ward Phù Liễn). */
  static Pattern demoUnitIds() throws IOException {
    TreeMap<String, Boolean> ids = new TreeMap<>();
    unitIds("directory/kien-an.yaml").forEach(id -> ids.put(id, true));
    unitIds("directory/hai-phong.yaml").forEach(ids::remove);
    return Pattern.compile("(?<![a-z0-9-])(" + String.join("|", ids.keySet()) + ")(?![a-z0-9-])");
  }

  static List<String> unitIds(String file) throws IOException {
    try (InputStream in = new org.springframework.core.io.ClassPathResource(file).getInputStream()) {
      List<String> ids = new ArrayList<>();
      new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(in).path("units")
          .forEach(unit -> ids.add(unit.path("id").asText()));
      return ids;
    }
  }

  // ---------------------------------------------------------------- the year

  /** Runs the jobs due now; true if there were any. */
  boolean runDueJobs() {
    List<Job> due = managementService.createJobQuery().executable().listPage(0, 200);
    for (Job job : due) {
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException failed) {
        throw new AssertionError("job " + job.getId() + " failed at " + ClockUtil.getCurrentTime() + ": " + failed.getMessage(), failed);
      }
    }
    return !due.isEmpty();
  }

  /** A duty of the late unit waits until a day past its due date. */
  boolean late(Task task) {
    if (task.getDueDate() == null || !candidateGroups(task).contains(LATE_UNIT)) {
      return false;
    }
    return !ClockUtil.getCurrentTime().after(new Date(task.getDueDate().getTime() + 86_400_000L));
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(group -> group != null).toList();
  }

  /**
   * The user who works on the task: its assignee, a candidate user, or a member of a candidate group
   * (staff first; for the leadership one of its heads, who sign what they approve).
   */
  String worker(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    List<IdentityLink> links = taskService.getIdentityLinksForTask(task.getId());
    for (IdentityLink link : links) {
      if (link.getUserId() != null && "candidate".equals(link.getType())) {
        return link.getUserId();
      }
    }
    for (IdentityLink link : links) {
      if (link.getGroupId() != null) {
        List<String> members = identityService.createUserQuery().memberOfGroup(link.getGroupId()).list().stream()
            .map(user -> user.getId()).sorted((a, b) -> Boolean.compare(!a.endsWith(".cb"), !b.endsWith(".cb"))).toList();
        if (LEADERSHIP.equals(link.getGroupId())) {
          members = new ArrayList<>(members);
          java.util.Collections.reverse(members);
        }
        if (!members.isEmpty()) {
          return members.get(0);
        }
      }
    }
    throw new AssertionError("nobody may work on " + task.getName());
  }

  void complete(Task task) {
    String user = worker(task);
    Task withForm = taskService.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
    JsonNode form = withForm.getCamundaFormRef() == null ? null : deployedForm(task.getId());
    Map<String, Object> variables = form == null ? Map.of() : fill(form, name -> taskService.getVariable(task.getId(), name));
    authenticate(user);
    try {
      formService.submitTaskForm(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  JsonNode deployedForm(String taskId) {
    try (InputStream in = formService.getDeployedTaskForm(taskId)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  void startAs(String user, String processKey) throws IOException {
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
        .singleResult().getId();
    JsonNode form;
    try (InputStream in = formService.getDeployedStartForm(definition)) {
      form = JSON.readTree(in);
    }
    Map<String, Object> variables = fill(form, name -> null);
    variables.remove("deadline");
    authenticate(user);
    try {
      formService.submitStartForm(definition, variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  void authenticate(String user) {
    identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
  }

  /** What an official writes in the form's editable fields: the first choice, a date of this year, a sentence. */
  static Map<String, Object> fill(JsonNode form, java.util.function.Function<String, Object> variable) {
    Map<String, Object> values = new HashMap<>();
    for (JsonNode field : form.path("components")) {
      String key = field.path("key").asText(null);
      if (key == null || field.path("readonly").asBoolean() || field.path("disabled").asBoolean() || hidden(field, variable)) {
        continue;
      }
      JsonNode validate = field.path("validate");
      switch (field.path("type").asText()) {
        case "textfield", "textarea" -> {
          if ("period".equals(key)) {
            values.put(key, String.valueOf(YEAR));
          } else if (validate.path("pattern").asText().startsWith("^https?")) {
            values.put(key, "https://example.gov.vn/chuyen-muc");
          } else {
            int length = Math.max(validate.path("minLength").asInt(0), 24);
            values.put(key, ("Nội dung của đơn vị theo kế hoạch năm " + YEAR + ". ").repeat(3).substring(0, Math.min(length + 10,
                validate.path("maxLength").asInt(10_000))));
          }
        }
        case "number" -> values.put(key, "year".equals(key) ? (long) YEAR : (long) Math.max(1, validate.path("min").asInt(0)));
        case "checkbox" -> values.put(key, Boolean.TRUE);
        case "datetime" -> {
          LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), TestTime.HANOI);
          if ("hanMoi".equals(key)) {
            values.put(key, today.plusDays(20).toString());
          } else if (validate.path("required").asBoolean()) {
            values.put(key, today.toString());
          }
        }
        case "radio", "select" -> {
          String choice = firstChoice(field, variable);
          if (choice != null) {
            values.put(key, choice);
          }
        }
        case "taglist" -> {
          String choice = firstChoice(field, variable);
          values.put(key, SpinValues.jsonValue("[\"" + choice + "\"]").create());
        }
        default -> { }
      }
    }
    return values;
  }

  /** A field the form hides for this unit's kind ({@code =not(list contains(["ward"], unitKind))}), which Tasklist does not send. */
  static boolean hidden(JsonNode field, java.util.function.Function<String, Object> variable) {
    String hide = field.path("conditional").path("hide").asText("");
    if (!hide.contains("unitKind")) {
      return false;
    }
    Object kind = variable.apply("unitKind");
    return kind == null || !hide.contains("\"" + kind + "\"");
  }

  static String firstChoice(JsonNode field, java.util.function.Function<String, Object> variable) {
    if (field.has("values") && !field.path("values").isEmpty()) {
      return field.path("values").get(0).path("value").asText();
    }
    if (field.has("valuesKey")) {
      Object options = variable.apply(field.path("valuesKey").asText());
      if (options instanceof List<?> list) {
        return list.isEmpty() ? null : String.valueOf(((Map<?, ?>) list.get(0)).get("value"));
      }
      try {
        JsonNode list = JSON.readTree(String.valueOf(options));
        return list.isEmpty() ? null : list.get(0).path("value").asText();
      } catch (IOException notJson) {
        return null;
      }
    }
    return null;
  }

  /** The late unit asks for more time on its first duty, through the «Gia hạn» tab's API. */
  void askExtension(String user, Task task) {
    String body = "{\"reason\": \"Đơn vị cần thêm thời gian để lấy ý kiến Nhân dân\", \"proposedDue\": \""
        + LocalDate.ofInstant(task.getDueDate().toInstant(), TestTime.HANOI).plusDays(10) + "\"}";
    HttpResponse<String> answer = send(user, HttpRequest.newBuilder(URI.create(base() + "/ct15/api/tasks/" + task.getId()
        + "/extension-requests")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(answer.statusCode()).as("extension asked: " + answer.body()).isBetween(200, 299);
    seen.put("extension request answer", answer.body());
    extensionAsked = true;
  }

  // ---------------------------------------------------------------- what people saw

  void collectTasks() {
    for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery().list()) {
      seen.put("task " + task.getTaskDefinitionKey() + " " + task.getId(), task.getName() + "\n" + (task.getDescription() == null ? ""
          : task.getDescription()));
    }
  }

  void collectDeployment() throws IOException {
    String deployment = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PlanProcess.KEY).latestVersion()
        .singleResult().getDeploymentId();
    for (String resource : repositoryService.getDeploymentResourceNames(deployment)) {
      try (InputStream in = repositoryService.getResourceAsStream(deployment, resource)) {
        seen.put("deployed " + resource.substring(resource.lastIndexOf('/') + 1), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }

  void collectMails() throws Exception {
    MimeMessage[] mails = greenMail.getReceivedMessages();
    assertThat(mails).as("mails of the year").isNotEmpty();
    for (int i = 0; i < mails.length; i++) {
      StringBuilder text = new StringBuilder(mails[i].getSubject()).append('\n');
      parts(mails[i], text);
      seen.put("mail " + i + " " + mails[i].getSubject(), text.toString());
    }
  }

  void parts(Part part, StringBuilder text) throws Exception {
    if (part.isMimeType("text/*")) {
      text.append(part.getContent()).append('\n');
    } else if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        parts(child, text);
      }
    } else if (part.getFileName() != null) {
      try (InputStream in = part.getInputStream()) {
        text.append(document(part.getFileName(), in.readAllBytes())).append('\n');
      }
    }
  }

  void collectDocuments() throws Exception {
    int documents = 0;
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery().disableCustomObjectDeserialization().list()) {
      if ("file".equals(variable.getTypeName()) && variable.getTypedValue() instanceof FileValue file && file.getValue() != null) {
        try (InputStream in = file.getValue()) {
          seen.put("document " + variable.getName() + " " + file.getFilename(), document(file.getFilename(), in.readAllBytes()));
          documents++;
        }
      } else if ("string".equals(variable.getTypeName()) && variable.getValue() != null) {
        seen.put("variable " + variable.getName() + " " + variable.getId(), variable.getValue().toString());
      }
    }
    assertThat(documents).as("Word and PDF documents of the year").isPositive();
  }

  static String document(String name, byte[] bytes) throws IOException {
    if (name.endsWith(".docx")) {
      try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes)); XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
        return text.getText();
      }
    }
    if (name.endsWith(".pdf")) {
      try (PDDocument pdf = Loader.loadPDF(bytes)) {
        return new PDFTextStripper().getText(pdf);
      }
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  void collectOverHttp(String path) {
    HttpResponse<String> answer = send("so-noi-vu.cb", HttpRequest.newBuilder(URI.create(base() + path)).GET());
    assertThat(answer.statusCode()).as(path).isEqualTo(200);
    seen.put("GET " + path, answer.body());
  }

  String base() {
    return "http://localhost:" + port;
  }

  HttpResponse<String> send(String user, HttpRequest.Builder request) {
    try {
      return HttpClient.newHttpClient().send(request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
