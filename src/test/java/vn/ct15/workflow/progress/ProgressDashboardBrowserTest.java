package vn.ct15.workflow.progress;

import static vn.ct15.workflow.TestTime.HANOI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
import vn.ct15.workflow.wardplan.WardPlanProcess;
import org.junit.jupiter.api.Tag;
import vn.ct15.workflow.Tiers;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.process.Motto;

/**
 * Phòng Nội vụ logs into Cockpit in a real (headless) Chromium and sees the dashboard plugin with a
 * plan year's matrix; the screenshot lands in target/screenshots/cockpit-dashboard.png. Skipped only
 * where Chromium is not installed (CI installs it: .ci/run).
 */
@Tag(Tiers.BROWSER)
@Ct15SpringTest
class ProgressDashboardBrowserTest {

  static final int YEAR = 2072;
  static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  ChromeDriver browser;
  LocalDate dueDay;
  LocalDate draftDay;

  @BeforeEach
  void playAYearAndOpenABrowser() {
    // the server judges by the engine's clock, i.e. today: the ward plans were due 5 days ago, Bắc Sơn
    // drafted 10 days ago (on time), Đồng Hòa yesterday (late), the others never (overdue); the
    // dissemination reports are due at the end of the plan year (not yet due), the legal review's
    // proposals within the week (in progress)
    LocalDate today = LocalDate.now(HANOI);
    ProcessInstance wardPlan = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), YEAR, CommonVariables.DEADLINE.name(), today.minusDays(5).toString()));
    ClockUtil.setCurrentTime(Date.from(today.minusDays(10).atTime(9, 0).atZone(HANOI).toInstant()));
    complete(wardPlan, "phuong-bac-son");
    ClockUtil.setCurrentTime(Date.from(today.minusDays(1).atTime(9, 0).atZone(HANOI).toInstant()));
    complete(wardPlan, "phuong-dong-hoa");
    ClockUtil.reset();
    dueDay = today.minusDays(5);
    draftDay = today.minusDays(10);
    runtimeService.startProcessInstanceByKey("ct15-dissemination", withVariables("year", YEAR, "deadline", YEAR + "-12-31"));
    runtimeService.startProcessInstanceByKey("ct15-legal-review",
        withVariables("year", YEAR, "deadline", today.plusDays(18).toString()));

    browser = Chromium.open(1600, 1300);
  }

  void complete(ProcessInstance wardPlan, String ward) {
    Map<String, Object> parts = new HashMap<>();
    Motto.PARTS.stream().forEach(part -> parts.put(part, "Nội dung " + part + " của " + ward));
    taskService.complete(taskService.createTaskQuery().processInstanceId(wardPlan.getId())
        .taskDefinitionKey(WardPlanProcess.Element.DRAFT).taskCandidateGroup(ward).singleResult().getId(), parts);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    if (browser != null) {
      browser.quit();
    }
    for (String key : List.of(WardPlanProcess.KEY, "ct15-dissemination", "ct15-legal-review")) {
      runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list()
          .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
    }
  }

  @Test
  void shouldShowPhongNoiVuTheMatrixOnTheCockpitDashboard() throws Exception {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    Chromium.login(browser, port, "cockpit", "phong-noi-vu.cb");

    WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//section[@class='ct15-progress']/h3")));
    wait.until(ExpectedConditions.textToBePresentInElement(heading, "Kế hoạch 77/KH-UBND"));
    assertThat(heading.getText()).as("the plan from the plan file").isEqualTo("Tiến độ thực hiện Kế hoạch 77/KH-UBND");
    WebElement year = browser.findElement(By.id("ct15-progress-year"));
    year.clear();
    year.sendKeys(String.valueOf(YEAR), Keys.ENTER);
    WebElement matrix = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".ct15-progress-matrix tr[data-unit='phuong-bac-son']")));

    WebElement draft = matrix.findElement(By.cssSelector("td[data-duty='ct15-ward-plan/Task_DraftPlan']"));
    assertThat(draft.getText()).isEqualTo("Hoàn thành đúng hạn");
    assertThat(draft.getAttribute("class")).contains("ct15-state-on-time");
    assertThat(draft.getAttribute("title")).contains("Hạn xử lý: " + DAY.format(dueDay)).contains("Hoàn thành: " + DAY.format(draftDay));
    assertThat(draft.findElement(By.tagName("a")).getAttribute("href")).contains("/camunda/app/cockpit/default/#/process-instance/");
    assertThat(browser.findElement(By.cssSelector("tr[data-unit='phuong-dong-hoa'] td[data-duty='ct15-ward-plan/Task_DraftPlan']"))
        .getText()).isEqualTo("Hoàn thành trễ hạn");
    assertThat(browser.findElement(By.cssSelector("tr[data-unit='phuong-van-dau'] td[data-duty='ct15-ward-plan/Task_DraftPlan']"))
        .getText()).isEqualTo("Quá hạn");
    assertThat(browser.findElement(By.cssSelector("tr[data-unit='phuong-van-dau'] td[data-duty='ct15-dissemination/Task_ReportDissemination']"))
        .getText()).isEqualTo("Chưa đến hạn");
    assertThat(browser.findElement(By.cssSelector("tr[data-unit='phuong-van-dau'] td[data-duty='ct15-legal-review/Task_ProposeDocuments']"))
        .getText()).isEqualTo("Đang thực hiện");
    assertThat(browser.findElement(By.cssSelector(".ct15-progress-matrix")).getText()).contains("Ủy ban nhân dân phường Văn Đẩu",
        "Tổng theo nhiệm vụ", "Tổng theo đơn vị");
    assertThat(browser.findElement(By.id("ct15-progress-xlsx")).getAttribute("href")).endsWith("/ct15/api/progress.xlsx?year=" + YEAR);

    // the plugin sits below Cockpit's own dashboard sections: bring the matrix into the picture
    browser.executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -60);", heading);
    Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
    Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, screenshots.resolve("cockpit-dashboard.png"), StandardCopyOption.REPLACE_EXISTING);

    // beside it, the year's days off as the deadlines count them: 2027 computed from the Labour Code
    WebElement calendarYear = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ct15-calendar-year")));
    calendarYear.clear();
    calendarYear.sendKeys("2027", Keys.ENTER);
    WebElement tet = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ct15-cal-month td[data-date='2027-02-06']")));
    assertThat(tet.getAttribute("class")).contains("ct15-cal-off", "ct15-cal-statutory");
    assertThat(tet.getAttribute("title")).isEqualTo("Tết Nguyên đán (mùng 1)");
    assertThat(browser.findElement(By.cssSelector(".ct15-cal-month td[data-date='2027-02-10']")).getAttribute("title"))
        .startsWith("Nghỉ bù Tết Nguyên đán");
    assertThat(browser.findElement(By.cssSelector(".ct15-cal-summary")).getText()).contains("Bộ luật Lao động");
    assertThat(browser.findElements(By.cssSelector(".ct15-cal-list tbody tr"))).hasSize(14);
    WebElement calendar = browser.findElement(By.cssSelector("section.ct15-calendar h3"));
    browser.executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -60);", calendar);
    Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve("cockpit-calendar.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
