package vn.ct15.workflow.progress;

import static vn.ct15.workflow.TestTime.HANOI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.ct15.workflow.security.Callers;
import vn.ct15.workflow.Ct15SpringTest;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.wardplan.WardPlanProcess;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.process.Motto;

/**
 * The dashboard's figures for a plan year with known units: on time, late, overdue, due soon and not
 * yet due; who may see them; the Excel export.
 */
@Ct15SpringTest
class ProgressControllerTest {

  static final int YEAR = 2071;
  static final String DRAFT = "ct15-ward-plan/Task_DraftPlan";
  static final String APPROVE = "ct15-ward-plan/Task_ApprovePlan";
  static final String DISSEMINATION = "ct15-dissemination/Task_ReportDissemination";
  static final String MEDIA = "ct15-dissemination/Task_GuideAndMedia";
  static final String PROPOSALS = "ct15-legal-review/Task_ProposeDocuments";
  static final String URL = "/ct15/api/progress?year=" + YEAR;

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired OrganisationDirectory directory;

  ProcessInstance wardPlan;

  static Date at(int month, int day, int hour) {
    return Date.from(LocalDateTime.of(YEAR, month, day, hour, 0).atZone(HANOI).toInstant());
  }

  /**
   * Ward plans due 31/3: Bắc Sơn drafts and is approved on 10/3 (on time), Đồng Hòa drafts on 5/4
   * (late; its approval, created then, is overdue), the other wards never draft (overdue). The
   * dissemination reports are due 31/12 (not yet due); the legal review's proposals on 10/4, within
   * the week after "now" = 5/4 (in progress).
   */
  @BeforeEach
  void playTheYear() {
    ClockUtil.setCurrentTime(at(3, 1, 8));
    wardPlan = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), YEAR, CommonVariables.DEADLINE.name(), YEAR + "-03-31"));
    runtimeService.startProcessInstanceByKey("ct15-dissemination", withVariables("year", YEAR, "deadline", YEAR + "-12-31"));
    runtimeService.startProcessInstanceByKey("ct15-legal-review", withVariables("year", YEAR, "deadline", YEAR + "-04-25"));

    ClockUtil.setCurrentTime(at(3, 10, 9));
    taskService.complete(task(WardPlanProcess.Element.DRAFT, "phuong-bac-son").getId(), allParts("phuong-bac-son"));
    Task approval = taskService.createTaskQuery().processInstanceId(wardPlan.getId())
        .taskDefinitionKey(WardPlanProcess.Element.APPROVE).taskCandidateUser("phuong-bac-son.tt").singleResult();
    taskService.complete(approval.getId(), Map.of(CommonVariables.APPROVED.name(), true));

    ClockUtil.setCurrentTime(at(4, 5, 9));
    taskService.complete(task(WardPlanProcess.Element.DRAFT, "phuong-dong-hoa").getId(), allParts("phuong-dong-hoa"));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    for (String key : List.of(WardPlanProcess.KEY, "ct15-dissemination", "ct15-legal-review")) {
      runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list()
          .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
    }
  }

  Task task(String taskKey, String unit) {
    return taskService.createTaskQuery().processInstanceId(wardPlan.getId()).taskDefinitionKey(taskKey)
        .taskCandidateGroup(unit).singleResult();
  }

  static Map<String, Object> allParts(String ward) {
    Map<String, Object> parts = new HashMap<>();
    Motto.PARTS.stream().forEach(part -> parts.put(part, "Nội dung " + part + " của " + ward));
    return parts;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> cell(Map<String, Object> matrix, String unit, String duty) {
    List<Map<String, Object>> units = (List<Map<String, Object>>) matrix.get("units");
    Map<String, Object> row = units.stream().filter(candidate -> unit.equals(candidate.get("unitId"))).findFirst().orElseThrow();
    return ((Map<String, Map<String, Object>>) row.get("cells")).get(duty);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Integer> dutyTotals(Map<String, Object> matrix, String duty) {
    return ((List<Map<String, Object>>) matrix.get("duties")).stream().filter(column -> duty.equals(column.get("id")))
        .map(column -> (Map<String, Integer>) column.get("totals")).findFirst().orElseThrow();
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldTellOnTimeLateOverdueDueSoonAndNotYetDueUnitsApart() {
    ResponseEntity<Map> answer = rest.withBasicAuth("phong-noi-vu.cb", "demo").getForEntity(URL, Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> matrix = answer.getBody();
    assertThat(matrix).containsEntry("year", YEAR);

    Map<String, Object> bacSon = cell(matrix, "phuong-bac-son", DRAFT);
    assertThat(bacSon).containsEntry("state", "on-time").containsEntry("label", "Hoàn thành đúng hạn")
        .containsEntry("processInstanceId", wardPlan.getId())
        .containsEntry("cockpitUrl", "/camunda/app/cockpit/default/#/process-instance/" + wardPlan.getId());
    assertThat((String) bacSon.get("due")).startsWith(YEAR + "-03-31T16:59:59");
    assertThat((String) bacSon.get("finished")).startsWith(YEAR + "-03-10T02:00");
    assertThat((String) bacSon.get("taskName")).endsWith("— Ủy ban nhân dân phường Bắc Sơn");
    assertThat(cell(matrix, "phuong-bac-son", APPROVE)).containsEntry("state", "on-time");

    assertThat(cell(matrix, "phuong-dong-hoa", DRAFT)).containsEntry("state", "late").containsEntry("label", "Hoàn thành trễ hạn");
    assertThat((String) cell(matrix, "phuong-dong-hoa", DRAFT).get("finished")).startsWith(YEAR + "-04-05T02:00");
    assertThat(cell(matrix, "phuong-dong-hoa", APPROVE)).as("the head's approval, created late")
        .containsEntry("state", "overdue").containsEntry("finished", null);
    assertThat(cell(matrix, "phuong-van-dau", DRAFT)).containsEntry("state", "overdue").containsEntry("label", "Quá hạn");
    assertThat(cell(matrix, "phuong-van-dau", APPROVE)).as("no approval before a draft").isNull();
    assertThat(dutyTotals(matrix, DRAFT)).containsEntry("on-time", 1).containsEntry("late", 1).containsEntry("overdue", 8)
        .containsEntry("total", 10);
    assertThat(dutyTotals(matrix, APPROVE)).containsEntry("on-time", 1).containsEntry("overdue", 1).containsEntry("total", 2);

    List<String> performers = directory.unitIds("coordinator,office,ward,armed-force,public-service");
    for (String unit : performers) {
      assertThat(cell(matrix, unit, DISSEMINATION)).as(unit).containsEntry("state", "not-yet-due").containsEntry("label", "Chưa đến hạn");
    }
    assertThat(dutyTotals(matrix, DISSEMINATION)).containsEntry("not-yet-due", performers.size());
    assertThat(cell(matrix, directory.unitWithRole("media"), MEDIA)).as("a lead unit's duty, found by its candidate group")
        .containsEntry("state", "not-yet-due");
    assertThat(cell(matrix, "phuong-lam-ha", PROPOSALS)).as("due 10/4, within the week").containsEntry("state", "in-progress")
        .containsEntry("label", "Đang thực hiện");
    assertThat(cell(matrix, directory.unitWithRole("legal-review"), PROPOSALS)).as("the lead proposes nothing").isNull();

    List<Map<String, Object>> units = (List<Map<String, Object>>) matrix.get("units");
    Map<String, Object> dongHoa = units.stream().filter(unit -> "phuong-dong-hoa".equals(unit.get("unitId"))).findFirst().orElseThrow();
    assertThat(dongHoa).containsEntry("name", "Ủy ban nhân dân phường Đồng Hòa");
    assertThat((Map<String, Integer>) dongHoa.get("totals")).containsEntry("late", 1).containsEntry("overdue", 1)
        .containsEntry("not-yet-due", 1).containsEntry("in-progress", 1).containsEntry("total", 4);
    assertThat(units).extracting(unit -> unit.get("unitId")).as("directory order, units with duties only")
        .startsWith("phong-noi-vu").doesNotContain("ubnd-quan", "mttq-quan", "hdnd-quan");
    assertThat((Map<String, Integer>) matrix.get("totals")).containsEntry("late", 1).containsEntry("on-time", 2);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldShowOneProcessOnlyWhenAsked() {
    Map<String, Object> matrix = rest.withBasicAuth("phong-noi-vu.cb", "demo")
        .getForObject(URL + "&processKey=" + WardPlanProcess.KEY, Map.class);

    assertThat((List<Map<String, Object>>) matrix.get("duties")).extracting(duty -> duty.get("id")).containsExactly(DRAFT, APPROVE);
    assertThat((List<Map<String, Object>>) matrix.get("units")).hasSize(10);
    assertThat(rest.withBasicAuth("phong-noi-vu.cb", "demo").getForEntity("/ct15/api/progress?year=hai-nghin", Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void shouldAskForALoginAndLetOnlyThoseWhoMonitorSeeIt() {
    ResponseEntity<Map> anonymous = rest.getForEntity(URL, Map.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    HttpHeaders fromThePlugin = new HttpHeaders();
    fromThePlugin.set(Callers.REQUESTED_WITH, "XMLHttpRequest");
    ResponseEntity<Map> plugin = rest.exchange(URL, HttpMethod.GET, new HttpEntity<>(fromThePlugin), Map.class);
    assertThat(plugin.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(plugin.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as("no browser login dialog").isNull();
    // a wrong password locks the user for a few seconds (Camunda's login throttling): not one used below
    assertThat(rest.withBasicAuth("hdnd-quan.tt", "sai-mat-khau").getForEntity(URL, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity(URL.replace("progress", "progress.xlsx"), byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<Map> ward = rest.withBasicAuth("phuong-bac-son.cb", "demo").getForEntity(URL, Map.class);
    assertThat(ward.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) ward.getBody().get("message")).contains("Phòng Nội vụ");
    assertThat(rest.withBasicAuth("van-phong.cb", "demo").getForEntity(URL, Map.class).getStatusCode()).as("an office")
        .isEqualTo(HttpStatus.FORBIDDEN);

    for (String user : List.of("phong-noi-vu.cb", "phong-noi-vu.tt", "mttq-quan.cb", "hdnd-quan.cb", "chu-tich")) {
      assertThat(rest.withBasicAuth(user, "demo").getForEntity(URL, Map.class).getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void shouldAnswerTheCockpitSessionOfPhongNoiVu() {
    String session = webappLogin("phong-noi-vu.cb");
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, session);
    headers.set(Callers.REQUESTED_WITH, "XMLHttpRequest");

    assertThat(rest.exchange(URL, HttpMethod.GET, new HttpEntity<>(headers), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    HttpHeaders ward = new HttpHeaders();
    ward.add(HttpHeaders.COOKIE, webappLogin("phuong-bac-son.cb"));
    assertThat(rest.exchange(URL, HttpMethod.GET, new HttpEntity<>(ward), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** Logs into the Camunda webapps as the browser does; returns the session's cookies. */
  String webappLogin(String user) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    String cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().map(cookie -> cookie.split(";", 2)[0])
        .collect(Collectors.joining("; "));
    String xsrf = Arrays.stream(cookies.split("; ")).filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
        .map(cookie -> cookie.substring("XSRF-TOKEN=".length())).findFirst().orElse("");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, cookies);
    headers.add("X-XSRF-TOKEN", xsrf);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", "demo");
    ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
        new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
    // the login renews the session id
    String renewed = login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().map(cookie -> cookie.split(";", 2)[0])
        .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElse(null);
    return renewed == null ? cookies : renewed;
  }

  @Test
  void shouldExportTheMatrixAsAColouredWorkbook() throws Exception {
    ResponseEntity<byte[]> answer = rest.withBasicAuth("mttq-quan.cb", "demo")
        .getForEntity("/ct15/api/progress.xlsx?year=" + YEAR, byte[].class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(ProgressController.XLSX)).isTrue();
    assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo("tien-do-ke-hoach-77-kh-ubnd-" + YEAR + ".xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()))) {
      XSSFSheet sheet = book.getSheet("Tiến độ");
      assertThat(sheet).isNotNull();
      DataFormatter text = new DataFormatter();
      XSSFRow header = sheet.getRow(0);
      List<String> headings = new java.util.ArrayList<>();
      header.forEach(cell -> headings.add(text.formatCellValue(cell)));
      assertThat(headings).contains("Lập Kế hoạch thực hiện dân chủ ở phường (Mục II.4)", "Quán triệt, tuyên truyền Chỉ thị 15-CT/TU (Mục II.1.a)",
          "Quá hạn", "Tổng số");
      int draftColumn = headings.indexOf("Lập Kế hoạch thực hiện dân chủ ở phường (Mục II.4)");

      Map<String, XSSFRow> rows = new HashMap<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        rows.put(text.formatCellValue(sheet.getRow(r).getCell(0)), sheet.getRow(r));
      }
      for (String unit : directory.unitIds("coordinator,office,ward,armed-force,public-service")) {
        assertThat(rows).as(unit).containsKey(directory.unitName(unit));
      }
      XSSFCell bacSon = rows.get("Ủy ban nhân dân phường Bắc Sơn").getCell(draftColumn);
      assertThat(text.formatCellValue(bacSon)).isEqualTo("Hoàn thành đúng hạn");
      assertThat(bacSon.getCellStyle().getFillForegroundColorColor().getARGBHex()).endsWith(TaskState.ON_TIME.fill());
      XSSFCell dongHoa = rows.get("Ủy ban nhân dân phường Đồng Hòa").getCell(draftColumn);
      assertThat(text.formatCellValue(dongHoa)).isEqualTo("Hoàn thành trễ hạn");
      XSSFCell vanDau = rows.get("Ủy ban nhân dân phường Văn Đẩu").getCell(draftColumn);
      assertThat(text.formatCellValue(vanDau)).isEqualTo("Quá hạn");
      assertThat(vanDau.getCellStyle().getFillForegroundColorColor().getARGBHex()).endsWith(TaskState.OVERDUE.fill());
      assertThat(text.formatCellValue(rows.get("Phòng Nội vụ").getCell(draftColumn))).isEqualTo("—");
      XSSFRow overdueTotals = rows.get("Tổng số: Quá hạn");
      assertThat(overdueTotals.getCell(draftColumn).getNumericCellValue()).isEqualTo(8);
      assertThat(rows).containsKeys("Tổng số: Hoàn thành đúng hạn", "Tổng số: Chưa đến hạn", "Tổng số: Đang thực hiện",
          "Tổng số");
    }
  }
}
