package vn.ct15.workflow.extension;

import static vn.ct15.workflow.TestTime.HANOI;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.openqa.selenium.By;
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
import vn.ct15.workflow.wardplan.WardPlanProcess;
import org.junit.jupiter.api.Tag;
import vn.ct15.workflow.Tiers;
import vn.ct15.workflow.process.CommonVariables;

/**
 * Asking for more time as people do it, in a real (headless) Chromium: a ward official opens the
 * task's tab «Gia hạn» in Tasklist and sends a reason and a date; Phòng Nội vụ finds the request in
 * Tasklist and grants it with the form; the ward's tab then shows the new due date and the answer.
 */
@Tag(Tiers.BROWSER)
@Ct15SpringTest
class ExtensionBrowserTest {

  static final int YEAR = 2074;
  static final String WARD = "phuong-ngoc-son";

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  ProcessInstance wardPlan;
  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void startTheYearAndOpenABrowser() {
    wardPlan = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, Map.of(CommonVariables.YEAR.name(), YEAR,
        CommonVariables.DEADLINE.name(), LocalDate.now(HANOI).plusDays(20).toString()));
    browser = Chromium.open(1500, 1100);
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  @AfterEach
  void cleanUp() {
    if (browser != null) {
      browser.quit();
    }
    runtimeService.createProcessInstanceQuery().processDefinitionKey(ExtensionProcess.KEY).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
    if (wardPlan != null && runtimeService.createProcessInstanceQuery().processInstanceId(wardPlan.getId()).count() > 0) {
      runtimeService.deleteProcessInstance(wardPlan.getId(), "test cleanup");
    }
  }

  void login(String user) {
    Chromium.login(browser, port, "tasklist", user);
  }

  void openTask(String name) {
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(normalize-space(.), '" + name + "')]"))).click();
  }

  void openExtensionTab() {
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Gia hạn']")))
        .click();
  }

  void screenshot(String name) throws Exception {
    Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
    Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void shouldLetAWardAskForMoreTimeAndPhongNoiVuGrantItInTasklist() throws Exception {
    Task draft = taskService.createTaskQuery().processInstanceId(wardPlan.getId()).taskCandidateGroup(WARD).singleResult();
    LocalDate proposed = LocalDate.now(HANOI).plusDays(40);

    login(WARD + ".cb");
    openTask("Lập Kế hoạch thực hiện dân chủ ở phường năm " + YEAR);
    openExtensionTab();
    WebElement reason = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ct15-extension-reason")));
    reason.sendKeys("Chờ hội nghị nhân dân của các tổ dân phố cho ý kiến");
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
        browser.findElement(By.id("ct15-extension-due")), proposed.toString());
    screenshot("tasklist-extension-ask.png");
    browser.findElement(By.id("ct15-extension-send")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ct15-extension-status"), "Đã gửi đề nghị gia hạn"));
    WebElement requests = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ct15-extension-requests")));
    assertThat(requests.getText()).contains("Đang chờ xét").contains("Chờ hội nghị nhân dân");
    assertThat(browser.findElements(By.id("ct15-extension-send"))).as("one request at a time").isEmpty();

    login("phong-noi-vu.cb");
    openTask("Xét đề nghị gia hạn: Lập Kế hoạch thực hiện dân chủ ở phường năm " + YEAR);
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[normalize-space(text())='Nhận xử lý']"))).click();
    WebElement grant = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//label[contains(normalize-space(.), 'Đồng ý gia hạn')]")));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", grant);
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    screenshot("tasklist-extension-decide.png");
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Hoàn thành']")));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", complete);
    wait.until(driver -> taskService.createTaskQuery().processDefinitionKey(ExtensionProcess.KEY).count() == 0);
    for (int round = 0; round < 5; round++) {
      List<Job> jobs = managementService.createJobQuery().processDefinitionKey(ExtensionProcess.KEY).executable().list();
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).singleResult().getDueDate().toInstant().atZone(HANOI)
        .toLocalDate()).isEqualTo(proposed);
    assertThat(greenMail.getReceivedMessages()).as("the ward is told").anyMatch(mail -> {
      try {
        return mail.getSubject().startsWith("[CT15] Đồng ý gia hạn");
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    });

    login(WARD + ".cb");
    openTask("Lập Kế hoạch thực hiện dân chủ ở phường năm " + YEAR);
    openExtensionTab();
    WebElement due = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ct15-extension-due")));
    wait.until(ExpectedConditions.textToBePresentInElement(due, "đã gia hạn"));
    assertThat(due.getText()).contains(proposed.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    assertThat(browser.findElement(By.cssSelector(".ct15-extension-requests")).getText()).contains("Đã đồng ý gia hạn");
    screenshot("tasklist-extension-granted.png");
  }
}
