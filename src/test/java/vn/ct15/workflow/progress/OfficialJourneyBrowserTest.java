package vn.ct15.workflow.progress;

import static vn.ct15.workflow.TestTime.HANOI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

/**
 * The journey as people make it, in a real (headless) Chromium: a ward official logs into
 * Tasklist, claims the ward's task, fills the Camunda Form and completes it; then Phòng Nội vụ logs
 * into Cockpit, sees the dashboard count the ward as done on time, and opens the process diagram.
 * Screenshots land in target/screenshots/ (the README's pictures come from them).
 */
@Tag(Tiers.BROWSER)
@Ct15SpringTest
class OfficialJourneyBrowserTest {

  static final int YEAR = 2073;
  static final String WARD = "phuong-bac-son";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  ProcessInstance wardPlan;
  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void startTheYearAndOpenABrowser() {
    wardPlan = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, withVariables(CommonVariables.YEAR.name(), YEAR,
        CommonVariables.DEADLINE.name(), LocalDate.now(HANOI).plusDays(20).toString()));
    browser = Chromium.open(1500, 1100);
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  @AfterEach
  void cleanUp() {
    if (browser != null) {
      browser.quit();
    }
    if (wardPlan != null && runtimeService.createProcessInstanceQuery().processInstanceId(wardPlan.getId()).count() > 0) {
      runtimeService.deleteProcessInstance(wardPlan.getId(), "test cleanup");
    }
  }

  void login(String app, String user) {
    Chromium.login(browser, port, app, user);
  }

  void screenshot(String name) throws Exception {
    Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
    Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  WebElement textareaLabelled(String label) {
    return browser.findElement(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]/following::textarea[1]"));
  }

  @Test
  void shouldLetAWardOfficialSubmitThePlanAndPhongNoiVuSeeItOnTheDashboard() throws Exception {
    login("tasklist", WARD + ".cb");
    WebElement task = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//a[contains(normalize-space(.), 'Lập Kế hoạch thực hiện dân chủ ở phường năm " + YEAR + "')]")));
    task.click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[normalize-space(text())='Nhận xử lý']"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[starts-with(normalize-space(.), 'Dân biết')]/following::textarea[1]")));

    List<String> parts = List.of("Dân biết", "Dân bàn", "Dân làm", "Dân kiểm tra", "Dân giám sát", "Dân thụ hưởng");
    for (String part : parts) {
      textareaLabelled(part).sendKeys(part + ": công khai, lấy ý kiến Nhân dân về các công trình phúc lợi năm " + YEAR);
    }
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    screenshot("tasklist-form.png");
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Hoàn thành']")));
    complete.click();

    wait.until(driver -> taskService.createTaskQuery().processInstanceId(wardPlan.getId())
        .taskDefinitionKey(WardPlanProcess.Element.APPROVE).count() == 1);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(wardPlan.getId())
        .variableName("danThuHuong").list()).extracting(variable -> String.valueOf(variable.getValue()))
        .as("Bắc Sơn's text saved in its own scope; the other wards' still empty").containsOnlyOnce("Dân thụ hưởng: công khai, lấy ý kiến Nhân dân về các công trình phúc lợi năm " + YEAR);

    login("cockpit", "phong-noi-vu.cb");
    WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//section[@class='ct15-progress']/h3")));
    WebElement year = browser.findElement(By.id("ct15-progress-year"));
    year.clear();
    year.sendKeys(String.valueOf(YEAR), Keys.ENTER);
    WebElement cell = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".ct15-progress-matrix tr[data-unit='" + WARD + "'] td[data-duty='ct15-ward-plan/Task_DraftPlan']")));
    wait.until(ExpectedConditions.textToBePresentInElement(cell, "Hoàn thành đúng hạn"));
    assertThat(browser.findElement(By.cssSelector(
        ".ct15-progress-matrix tr[data-unit='phuong-lam-ha'] td[data-duty='ct15-ward-plan/Task_DraftPlan']")).getText())
        .isEqualTo("Chưa đến hạn");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -60);", heading);
    screenshot("cockpit-dashboard.png");

    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + wardPlan.getId() + "/runtime");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".djs-container svg [data-element-id='Task_ApprovePlan']")));
    Chromium.awaitDiagramSettled(browser); // the picture once the zoom-to-fit has ended
    screenshot("cockpit-process.png");
  }
}
