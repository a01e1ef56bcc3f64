package vn.ct15.workflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ct15.workflow.Chromium;
import vn.ct15.workflow.Ct15SpringTest;
import vn.ct15.workflow.TestTime;
import vn.ct15.workflow.frontsupervision.FrontSupervisionProcess;
import vn.ct15.workflow.inspection.InspectionProcess;
import vn.ct15.workflow.deadline.Urge;
import vn.ct15.workflow.obstacle.ObstacleProcess;
import vn.ct15.workflow.periodicreport.PeriodicReportUnitProcess;
import vn.ct15.workflow.wardplan.WardPlanProcess;
import org.junit.jupiter.api.Tag;
import vn.ct15.workflow.Tiers;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.process.Motto;

/**
 * The Camunda Forms as officials use them, in a real (headless) Chromium on Tasklist, with only the
 * rights of their unit: the selects whose options come from a process variable ({@code valuesKey})
 * open, list the units of the directory in Vietnamese, and the chosen option is saved and routes the
 * process; a head approves a plan shown read-only (Tasklist sends the read-only fields back, which
 * are not written again); Phòng Nội vụ records its urging of late units. One browser for the whole class;
 * screenshots land in target/screenshots/. Skipped where Chromium is not installed, except under
 * {@code CI=true}, where it must run.
 */
@Tag(Tiers.BROWSER)
@Ct15SpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistFormsBrowserTest {


  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;

  ChromeDriver browser;
  WebDriverWait wait;
  final List<String> started = new ArrayList<>();

  @BeforeAll
  void openABrowser() {
    browser = Chromium.open(1400, 1300);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterAll
  void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** A picture of the page at the moment a test fails. */
  @RegisterExtension
  final TestWatcher pictureOnFailure = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      try {
        screenshot("failed-" + context.getRequiredTestMethod().getName() + ".png");
      } catch (Exception ignored) {
        // the failure itself is what matters
      }
    }
  };

  @AfterEach
  void deleteTheInstances() {
    for (String id : started) {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        runtimeService.deleteProcessInstance(id, "test cleanup");
      }
    }
    started.clear();
  }

  @Test
  void shouldRouteADifficultyToTheOfficeChosenInTheTriageSelect() throws Exception {
    String title = "Chưa có kinh phí in tài liệu tuyên truyền " + System.nanoTime();

    // a ward official raises the difficulty from Tasklist's start form
    login("phuong-bac-son.cb");
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space(.)='Khởi tạo quy trình']"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'modal')]//a[contains(normalize-space(.), 'Phản ánh khó khăn, vướng mắc')]"))).click();
    waitForForm();
    input("Tiêu đề").sendKeys(title);
    choose("Nội dung của Kế hoạch liên quan", "Mục II.1.b");
    textarea("Nội dung khó khăn, vướng mắc").sendKeys("Phường chưa được bố trí kinh phí in tờ rơi tuyên truyền Chỉ thị số 15-CT/TU.");
    screenshot("obstacle-start.png");
    click("//div[contains(@class,'modal')]//button[normalize-space(.)='Bắt đầu']");
    HistoricProcessInstance instance = wait.until(driver -> historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ObstacleProcess.KEY).variableValueEquals(ObstacleProcess.Var.TITLE, title).singleResult());
    started.add(instance.getId());
    assertThat(runtimeService.getVariable(instance.getId(), ObstacleProcess.Var.RAISING_UNIT)).isEqualTo("phuong-bac-son");

    // Phòng Nội vụ opens the triage, opens the office select and picks Phòng Tư pháp
    login("phong-noi-vu.cb");
    openAndClaim(title);
    assertThat(browser.findElements(By.xpath("//label[starts-with(normalize-space(.), 'Trả lời trước đây')]")))
        .as("an empty read-only field of an earlier round stays hidden").isEmpty();
    choose("Hướng xử lý", "Giao phòng chuyên môn xem xét, giải quyết");
    WebElement officeField = field("Cơ quan chuyên môn được giao");
    assertThat(officeField.findElement(By.cssSelector(".fjs-select-display")).getText()).isEqualTo("Chọn");
    open(officeField);
    List<String> offices = officeField.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream().map(WebElement::getText).toList();
    assertThat(offices).as("the offices of the directory, by their Vietnamese names").contains("Phòng Nội vụ", "Phòng Tư pháp", "Văn phòng HĐND và UBND quận");
    screenshot("obstacle-triage-select-open.png");
    pick(officeField, "Phòng Tư pháp");
    textarea("Ý kiến của Phòng Nội vụ").sendKeys("Đề nghị Phòng Tư pháp hướng dẫn phường nguồn kinh phí.");
    WebElement date = input("Hạn trả lời");
    assertThat(date.getAttribute("placeholder")).as("in the order of the browser's locale").contains("ngày", "tháng", "năm");
    clickCentred(date);
    WebElement calendar = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
    assertThat(calendar.getText()).as("the date picker's months and weekdays").contains("Tháng", "T2", "CN")
        .doesNotContain("January", "Mon");
    screenshot("obstacle-triage-date-picker.png");
    complete();
    Task answer = wait.until(driver -> taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ObstacleProcess.Element.ANSWER_BY_OFFICE).singleResult());
    assertThat(groups(answer)).containsExactly("phong-tu-phap");
    assertThat(runtimeService.getVariables(instance.getId(), List.of(ObstacleProcess.Var.ROUTE, ObstacleProcess.Var.OFFICE,
        ObstacleProcess.Var.ANSWERING_UNIT, ObstacleProcess.Var.SECTION)))
        .containsEntry(ObstacleProcess.Var.ROUTE, ObstacleProcess.Var.TO_OFFICE).containsEntry(ObstacleProcess.Var.OFFICE, "phong-tu-phap")
        .containsEntry(ObstacleProcess.Var.ANSWERING_UNIT, "phong-tu-phap").containsEntry(ObstacleProcess.Var.SECTION, "II.1.b");

    // Phòng Tư pháp answers
    login("phong-tu-phap.cb");
    openAndClaim(title);
    textarea("Nội dung trả lời, hướng giải quyết").sendKeys("Phường bố trí từ nguồn kinh phí phổ biến, giáo dục pháp luật năm nay.");
    complete();
    wait.until(driver -> taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ObstacleProcess.Element.CONFIRM).count() == 1);

    // the raising ward confirms it is resolved
    login("phuong-bac-son.cb");
    openAndClaim(title);
    choose("Kết quả", "Khó khăn, vướng mắc đã được giải quyết");
    complete();
    wait.until(driver -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).finished().count() == 1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityType("userTask").orderByHistoricActivityInstanceStartTime().asc().list())
        .extracting(HistoricActivityInstance::getActivityId)
        .containsExactly(ObstacleProcess.Element.TRIAGE, ObstacleProcess.Element.ANSWER_BY_OFFICE, ObstacleProcess.Element.CONFIRM);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(ObstacleProcess.Element.RESOLVED).count()).isEqualTo(1);
  }

  @Test
  void shouldOpenARecordFindingsTaskForEachUnitChosenInTheInspectionPlan() throws Exception {
    int year = 2081;
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(InspectionProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), year));
    started.add(instance.getId());

    login("phong-noi-vu.cb");
    openAndClaim("Xây dựng kế hoạch kiểm tra việc thực hiện Chỉ thị số 15-CT/TU năm " + year);
    textarea("Kế hoạch kiểm tra").sendKeys("Kiểm tra việc thực hiện dân chủ ở cơ sở tại phường và phòng chuyên môn.");
    input("Thời gian kiểm tra").sendKeys("Tháng 10 - tháng 11/" + year);
    WebElement units = field("Đơn vị được kiểm tra");
    WebElement search = units.findElement(By.cssSelector("input.fjs-taglist-input"));
    assertThat(search.getAttribute("placeholder")).isEqualTo("Tìm kiếm");
    open(units);
    assertThat(units.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream().map(WebElement::getText).toList())
        .contains("Phòng Tư pháp", "Ủy ban nhân dân phường Bắc Sơn", "Ủy ban nhân dân phường Lãm Hà")
        .doesNotContain("Phòng Nội vụ", "Ủy ban nhân dân quận");
    screenshot("inspection-plan-taglist-open.png");
    pick(units, "Phòng Tư pháp");
    search.sendKeys("Lãm Hà"); // the list is long: an official narrows it down by typing
    wait.until(driver -> units.findElements(By.cssSelector(".fjs-dropdownlist-item")).size() == 1);
    pick(units, "Ủy ban nhân dân phường Lãm Hà");
    assertThat(units.findElements(By.cssSelector(".fjs-taglist-tag")).stream().map(WebElement::getText).toList())
        .containsExactly("Phòng Tư pháp", "Ủy ban nhân dân phường Lãm Hà");
    screenshot("inspection-plan-chosen.png");
    complete();

    wait.until(driver -> taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(InspectionProcess.Element.RECORD_FINDINGS).count() == 2);
    assertThat(runtimeService.getVariable(instance.getId(), InspectionProcess.Var.INSPECTED_UNIT_IDS.name()))
        .as("in directory order").isEqualTo(List.of("phong-tu-phap", "phuong-lam-ha"));
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(InspectionProcess.Element.RECORD_FINDINGS).list())
        .extracting(task -> taskService.getVariable(task.getId(), CommonVariables.UNIT_ID.name()))
        .containsExactlyInAnyOrder("phong-tu-phap", "phuong-lam-ha");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(InspectionProcess.Element.PLAN).finished().count()).isEqualTo(1);
  }

  @Test
  void shouldSendTheSupervisionRequestToTheUnitChosenInTheSearchableSelect() throws Exception {
    String subject = "Niêm yết công khai thủ tục hành chính " + System.nanoTime();
    List<String> mttq = identityService.createGroupQuery().groupMember("mttq-quan.cb").list().stream().map(Group::getId).toList();
    identityService.setAuthentication("mttq-quan.cb", mttq);
    ProcessInstance instance;
    try {
      instance = runtimeService.startProcessInstanceByKey(FrontSupervisionProcess.KEY, withVariables(
          FrontSupervisionProcess.Var.REQUEST_KIND, "giam-sat", FrontSupervisionProcess.Var.SUBJECT, subject,
          FrontSupervisionProcess.Var.CONTENT, "Đề nghị báo cáo việc niêm yết công khai thủ tục hành chính tại trụ sở"));
    } finally {
      identityService.clearAuthentication();
    }
    started.add(instance.getId());

    login("mttq-quan.cb");
    openAndClaim(subject);
    WebElement unit = field("Cơ quan, đơn vị được đề nghị trả lời");
    WebElement search = unit.findElement(By.cssSelector("input.fjs-input"));
    assertThat(search.getAttribute("placeholder")).isEqualTo("Tìm kiếm");
    open(unit);
    search.sendKeys("Bắc Sơn");
    wait.until(driver -> unit.findElements(By.cssSelector(".fjs-dropdownlist-item")).size() == 1);
    screenshot("front-supervision-select-search.png");
    pick(unit, "Ủy ban nhân dân phường Bắc Sơn");
    complete();

    Task answer = wait.until(driver -> taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(FrontSupervisionProcess.Element.ANSWER).singleResult());
    assertThat(groups(answer)).containsExactly("phuong-bac-son");
    assertThat(runtimeService.getVariable(instance.getId(), FrontSupervisionProcess.Var.ADDRESSED_UNIT)).isEqualTo("phuong-bac-son");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(FrontSupervisionProcess.Element.CHOOSE_UNIT).finished().count()).isEqualTo(1);
  }

  @Test
  void shouldLetAHeadApproveThePlanShownReadOnly() throws Exception {
    int year = 2082;
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), year));
    started.add(instance.getId());
    Task draft = taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("phuong-dong-hoa")
        .singleResult();
    Map<String, Object> parts = new HashMap<>();
    for (String part : Motto.PARTS) {
      parts.put(part, "Phường Đồng Hòa, " + part + ": công khai và lấy ý kiến Nhân dân");
    }
    taskService.complete(draft.getId(), parts);
    long planWrites = danBietWrites(instance);

    login("phuong-dong-hoa.tt");
    openAndClaim("Phê duyệt Kế hoạch thực hiện dân chủ ở phường năm " + year);
    assertThat(textarea("Dân biết").getAttribute("readonly")).as("shown, not the head's to change").isNotNull();
    assertThat(field("Quyết định").findElements(By.cssSelector("input[type=radio]:checked"))).as("no decision by default").isEmpty();
    complete();
    assertThat(wait.until(ExpectedConditions.visibilityOf(field("Quyết định").findElement(By.cssSelector(".fjs-form-field-error"))))
        .getText()).as("a decision left empty").isEqualTo("Trường này là bắt buộc.");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(WardPlanProcess.Element.APPROVE).finished().count()).isZero();
    dismissNotifications();
    approve();
    screenshot("ward-plan-approve.png");
    complete();

    wait.until(driver -> historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(WardPlanProcess.Element.APPROVE).finished().count() == 1);
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance.getId())
        .variableName(CommonVariables.APPROVED.name()).list()).extracting(VariableInstance::getValue).contains(true);
    assertThat(danBietWrites(instance)).as("the read-only plan sent back by Tasklist is not written again").isEqualTo(planWrites);
  }

  long danBietWrites(ProcessInstance instance) {
    return historyService.createHistoricDetailQuery().variableUpdates().processInstanceId(instance.getId()).list().stream()
        .filter(update -> "danBiet".equals(((HistoricVariableUpdate) update).getVariableName())).count();
  }

  @Test
  void shouldStateOnAUnitsReportTheDaysItsFiguresCoverAndAskTheFiguresOfItsKind() throws Exception {
    unitReport("phuong-nam-son", "ward");
    unitReport("phong-tu-phap", "office");

    login("phuong-nam-son.cb");
    openAndClaim("6 tháng đầu năm 2084");
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(@class,'fjs-form-field-text')]"
        + "[contains(normalize-space(.), 'Kỳ số liệu')]"))).getText())
        .isEqualTo("Kỳ số liệu: từ ngày 15/12/2083 đến ngày 14/6/2084 (Nghị định số 09/2019/NĐ-CP).");
    assertThat(field("Hội nghị thôn, tổ dân phố (cuộc)").isDisplayed()).as("a ward's figure, on the ward's form").isTrue();
    input("Đơn khiếu nại, tố cáo, kiến nghị, phản ánh đã tiếp nhận (đơn)").sendKeys("4");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", field("Hội nghị thôn, tổ dân phố (cuộc)"));
    screenshot("periodic-report-figures.png");

    login("phong-tu-phap.cb");
    openAndClaim("6 tháng đầu năm 2084");
    field("Đơn khiếu nại, tố cáo, kiến nghị, phản ánh đã tiếp nhận (đơn)");
    assertThat(browser.findElements(By.xpath("//label[starts-with(normalize-space(.), 'Hội nghị thôn, tổ dân phố')]")))
        .as("not on an office's form").isEmpty();
  }

  /** A unit's report of the 6-month period 2084, as the period's opening gives it. */
  ProcessInstance unitReport(String unit, String kind) {
    ProcessInstance report = runtimeService.createProcessInstanceByKey(PeriodicReportUnitProcess.KEY)
        .businessKey("ct15-periodic-report:2084-H1")
        .setVariables(withVariables(PeriodicReportUnitProcess.Var.PERIOD_LABEL, "6 tháng đầu năm 2084",
            PeriodicReportUnitProcess.Var.REPORT_DUE, TestTime.endOfDay(2084, 6, 15),
            PeriodicReportUnitProcess.Var.DATA_WINDOW, "từ ngày 15/12/2083 đến ngày 14/6/2084",
            PeriodicReportUnitProcess.Var.UNIT_KIND, kind, CommonVariables.UNIT_ID.name(), unit))
        .execute();
    started.add(report.getId());
    return report;
  }

  @Test
  void shouldLetPhongNoiVuRecordItsUrging() throws Exception {
    int year = 2083;
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), year));
    started.add(instance.getId());
    ProcessInstance urging = runtimeService.startProcessInstanceByKey(Urge.KEY, Map.of(Urge.DUTY,
        "Lập Kế hoạch thực hiện dân chủ ở phường năm " + year, Urge.DUE, "31/03/" + year + " 23:59",
        Urge.LATE_UNITS, "Ủy ban nhân dân phường Quán Trữ", Urge.LATE_UNIT_IDS, "phuong-quan-tru",
        Urge.URGE_DUE_DATE, new Date(System.currentTimeMillis() + 86_400_000L), Urge.CYCLE_INSTANCE, instance.getId()));
    started.add(urging.getId());

    login("phong-noi-vu.cb");
    openAndClaim("Đôn đốc đơn vị chậm thực hiện: Lập Kế hoạch thực hiện dân chủ ở phường năm " + year);
    choose("Hình thức đôn đốc", "Văn bản đôn đốc");
    textarea("Biện pháp đã thực hiện").sendKeys("Đã gọi điện, gửi văn bản đôn đốc Ủy ban nhân dân phường Quán Trữ.");
    complete();

    wait.until(driver -> historyService.createHistoricActivityInstanceQuery().processInstanceId(urging.getId())
        .activityId(Urge.TASK).finished().count() == 1);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(urging.getId())
        .variableName(Urge.ACTION).singleResult().getValue()).asString().contains("Quán Trữ");
  }

  @Test
  void shouldOfferInTheHeaderOnlyWhatWorks() {
    login("phong-noi-vu.cb");
    WebElement header = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-widget-header]")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.start-process-action a")));
    assertThat(header.getText()).contains("Khởi tạo quy trình").as("stand-alone tasks are refused").doesNotContain("Tạo nhiệm vụ");
    assertThat(browser.findElements(By.cssSelector("li.create-task-action"))).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Tasklist, as a person uses it

  /** Closes Tasklist's notifications, which cover the form's buttons while they show. */
  void dismissNotifications() {
    for (WebElement close : browser.findElements(By.cssSelector(".notifications .alert button.close"))) {
      ((JavascriptExecutor) browser).executeScript("arguments[0].click()", close);
    }
    wait.until(driver -> driver.findElements(By.cssSelector(".notifications .alert")).isEmpty());
  }

  /** Chooses the head's approval: a decision with no default. */
  void approve() {
    WebElement approve = field("Quyết định").findElement(By.xpath(".//label[normalize-space(.)='Phê duyệt kế hoạch']"));
    clickCentred(approve);
  }

  void login(String user) {
    Chromium.login(browser, port, "tasklist", user);
  }

  void openAndClaim(String titlePart) {
    click("//a[contains(normalize-space(.), '" + titlePart + "')]");
    click("//*[normalize-space(text())='Nhận xử lý']");
    waitForForm();
  }

  void waitForForm() {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container .fjs-form-field")));
  }

  void click(String xpath) {
    clickCentred(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(xpath))));
  }

  /** Clicks the element scrolled to the middle of its pane; again while the form is still settling. */
  void clickCentred(WebElement element) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(ElementClickInterceptedException.class).until(driver -> {
      centre(element);
      element.click();
      return true;
    });
  }

  /** Scrolls the element to the middle of its scrolling pane, away from Tasklist's fixed header and footer. */
  void centre(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
  }

  /** The form-js field whose label starts with the given text. */
  WebElement field(String label) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//div[contains(@class,'fjs-form-field ')][.//label[starts-with(normalize-space(.), '" + label + "')]]")));
  }

  WebElement input(String label) {
    return field(label).findElement(By.tagName("input"));
  }

  WebElement textarea(String label) {
    return field(label).findElement(By.tagName("textarea"));
  }

  /** Opens the select or taglist's option list, as a click (mouse down) on it does. */
  void open(WebElement field) {
    List<WebElement> typed = field.findElements(By.cssSelector("input.fjs-input, input.fjs-taglist-input"));
    clickCentred(typed.isEmpty() ? field.findElement(By.cssSelector(".fjs-input-group")) : typed.get(0));
    wait.until(driver -> !field.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty());
  }

  /** Clicks the option, scrolled into view in the option list first (a long list scrolls). */
  void pick(WebElement field, String optionStart) {
    WebElement option = field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .filter(item -> item.getText().startsWith(optionStart)).findFirst()
        .orElseThrow(() -> new AssertionError("no option «" + optionStart + "» in " + field.getText()));
    clickCentred(option);
  }

  void choose(String label, String optionStart) {
    WebElement field = field(label);
    open(field);
    pick(field, optionStart);
  }

  /** Clicks away from the last field (an open option list closes, as for a person) and completes. */
  void complete() {
    WebElement intro = browser.findElement(By.cssSelector(".fjs-container .fjs-form-field-text"));
    clickCentred(intro);
    wait.until(driver -> driver.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty());
    click("//button[normalize-space(.)='Hoàn thành']");
  }

  List<String> groups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(group -> group != null).toList();
  }

  void screenshot(String name) throws Exception {
    Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
    Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
