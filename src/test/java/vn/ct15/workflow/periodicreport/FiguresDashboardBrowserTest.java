package vn.ct15.workflow.periodicreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.ct15.workflow.Chromium;
import vn.ct15.workflow.Ct15SpringTest;
import vn.ct15.workflow.Tiers;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;

/**
 * Phòng Nội vụ sees a period's figures on the Cockpit dashboard in Chromium: the totals, bars by kind
 * of unit, the trend over the periods; the page works under the webapps' Content-Security-Policy.
 * The screenshot lands in target/screenshots/cockpit-figures.png.
 */
@Tag(Tiers.BROWSER)
@Ct15SpringTest
// an application of its own, started when this test runs: Camunda's webapps keep state in statics,
// and the applications other tests of this JVM start and stop after the shared one leave its Cockpit
// unable to show the login page
@TestPropertySource(properties = "ct15.test.context=figures-dashboard")
class FiguresDashboardBrowserTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired OrganisationDirectory directory;

  ChromeDriver browser;

  @AfterEach
  void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void shouldShowPhongNoiVuThePeriodsFiguresOnTheCockpitDashboard() throws Exception {
    FiguresControllerTest.reported("2099-H1", runtimeService, taskService, managementService, directory);
    long units = directory.unitIds(FiguresTest.PERFORMERS).size();
    long wards = directory.unitIds(FiguresTest.PERFORMERS).stream().filter(unit -> directory.unit(unit).kind() == UnitKind.WARD).count();
    browser = Chromium.open(1600, 1300);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    Chromium.login(browser, port, "cockpit", "phong-noi-vu.cb");

    WebElement period = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ct15-figures-period")));
    period.clear();
    period.sendKeys("2099-H1", Keys.ENTER);
    WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ct15-figures-table tr[data-figure='noiDungCongKhai']")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ct15-figures .ct15-progress-status"), "6 tháng đầu năm 2099"));
    assertThat(row.findElement(By.cssSelector(".ct15-figures-total")).getText()).isEqualTo(String.valueOf(2 * units));
    assertThat(browser.findElement(By.cssSelector(".ct15-figures .ct15-progress-status")).getText())
        .isEqualTo("Kỳ báo cáo 6 tháng đầu năm 2099 (số liệu tính từ ngày 15/12/2098 đến ngày 14/6/2099): " + units + " cơ quan, đơn vị.");
    WebElement meetings = browser.findElement(By.cssSelector(".ct15-figures-table tr[data-figure='hoiNghiThonToDanPho']"));
    assertThat(meetings.getText()).contains(String.valueOf(5 * wards));
    assertThat(meetings.findElements(By.cssSelector(".ct15-figures-bar")).stream().map(bar -> bar.getCssValue("width"))
        .filter(width -> !width.equals("0px")).count()).as("one bar drawn: the wards'").isOne();
    assertThat(browser.findElement(By.cssSelector(".ct15-figures-trend")).getText()).contains("6 tháng đầu năm 2099");

    browser.executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -60);",
        browser.findElement(By.cssSelector(".ct15-figures h3")));
    Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
    Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve("cockpit-figures.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
