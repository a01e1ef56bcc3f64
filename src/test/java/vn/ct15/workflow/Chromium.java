package vn.ct15.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, for the browser tests: skipped where it is not installed, but required
 * on CI ({@code CI=true}; .ci/run installs it).
 */
public final class Chromium {

  public static final Path BINARY = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** A headless Chromium with a window of this size, in Vietnamese. */
  public static ChromeDriver open(int width, int height) {
    if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
      String why = "Chromium or chromedriver is not installed at " + BINARY + ", " + DRIVER;
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError(why + " (CI=true: the browser tests must run; .ci/run installs Chromium)");
      }
      Assumptions.abort(why);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-dev-shm-usage", "--lang=vi", "--window-size=" + width + "," + height);
    ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build(), options);
    browser.manage().window().setSize(new Dimension(width, height));
    return browser;
  }

  /**
   * Waits until the bpmn-js diagram on the page has stopped moving (Cockpit zooms it to fit once it
   * is drawn): its viewport's transform reads the same twice in a row.
   */
  public static void awaitDiagramSettled(ChromeDriver browser) {
    String[] last = {null};
    Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(150)).until(() -> {
      Object transform = browser.executeScript(
          "var v = document.querySelector('.djs-container svg .viewport'); return v ? v.getAttribute('transform') : null;");
      boolean settled = transform != null && transform.equals(last[0]);
      last[0] = (String) transform;
      return settled;
    });
  }

  /** Logs into a Camunda webapp (cockpit, tasklist, admin) with the demo password. */
  public static WebDriverWait login(ChromeDriver browser, int port, String app, String user) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='signinForm'] input[ng-model='username']")))
        .sendKeys(user);
    browser.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']")).sendKeys("demo", Keys.ENTER);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
    return wait;
  }
}
