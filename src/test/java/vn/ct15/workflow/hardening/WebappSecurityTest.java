package vn.ct15.workflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ct15.workflow.Ct15SpringTest;
import vn.ct15.workflow.wardplan.WardPlanProcess;
import vn.ct15.workflow.process.CommonVariables;

/**
 * The webapps' session cookie, CSRF protection and security headers, the product's endpoints'
 * headers, and error pages without stack traces.
 */
@Ct15SpringTest
class WebappSecurityTest {

  static final String TASKLIST = "/camunda/app/tasklist/default/";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  final CookieManager cookies = new CookieManager();
  final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  ProcessInstance instance;

  @AfterEach
  void cleanUp() {
    if (instance != null) {
      runtimeService.deleteProcessInstance(instance.getId(), "test cleanup");
    }
  }

  HttpResponse<String> get(String path, String accept) throws Exception {
    return browser.send(HttpRequest.newBuilder(url(path)).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((first, second) -> second).orElseThrow();
  }

  @Test
  void shouldSendTheSessionCookieHttpOnlyAndSameSiteAndTheWebappsWithAContentSecurityPolicy() throws Exception {
    HttpResponse<String> page = get(TASKLIST, "text/html");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
        .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Strict-Transport-Security")).as("HSTS only in prod").isEmpty();
    List<String> setCookies = page.headers().allValues("Set-Cookie");
    assertThat(setCookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly").doesNotContainIgnoringCase("Secure")
            .satisfies(value -> assertThat(value.toLowerCase().split("samesite=lax", -1)).as("SameSite once").hasSize(2)));
    assertThat(setCookies).filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN=")).isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax"));
  }

  @Test
  void shouldRefuseAStateChangingWebappCallWithoutTheCsrfToken() throws Exception {
    instance = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, Map.of(CommonVariables.YEAR.name(), 2072));
    Task draft = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(WardPlanProcess.Element.DRAFT).taskCandidateGroup("phuong-bac-son").singleResult();
    get(TASKLIST, "text/html");
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrfToken())
        .POST(HttpRequest.BodyPublishers.ofString("username=phuong-bac-son.cb&password="
            + URLEncoder.encode("demo", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String task = "/camunda/api/engine/engine/default/task/" + draft.getId();
    String claim = "{\"userId\": \"phuong-bac-son.cb\"}";
    // the login starts a new session: its first read hands out the new session's token, as in Tasklist
    assertThat(get(task, "application/json").statusCode()).isEqualTo(200);

    HttpResponse<String> claimed = post(task + "/claim", claim, xsrfToken());
    assertThat(claimed.statusCode()).as(claimed.body() + claimed.headers().map()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).singleResult().getAssignee()).isEqualTo("phuong-bac-son.cb");

    HttpResponse<String> withoutToken = post(task + "/unclaim", "{}", null);

    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
    assertThat(withoutToken.body()).doesNotContain("at org.", "Exception");
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).singleResult().getAssignee()).isEqualTo("phuong-bac-son.cb");
    // Camunda's CSRF filter also ends the session the forged call came with
    assertThat(post(task + "/unclaim", "{}", xsrfToken()).statusCode()).isEqualTo(401);
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).singleResult().getAssignee()).isEqualTo("phuong-bac-son.cb");
  }

  HttpResponse<String> post(String path, String json, String xsrfToken) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (xsrfToken != null) {
      request.header("X-XSRF-TOKEN", xsrfToken);
    }
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void shouldSendTheProductsEndpointsWithNosniffAndAContentSecurityPolicy() throws Exception {
    for (String path : List.of("/ct15/api/webapp-info", "/ct15/api/progress", "/ct15/demo/mailbox")) {
      HttpResponse<String> answer = get(path, "application/json");
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
          .contains("default-src 'none'").contains("frame-ancestors 'none'");
    }
  }

  @Test
  void shouldAnswerErrorsWithoutStackTraceOrExceptionNames() throws Exception {
    for (String accept : List.of("application/json", "text/html")) {
      HttpResponse<String> missing = get("/ct15/api/khong-co", accept);
      assertThat(missing.statusCode()).as(accept).isEqualTo(404);
      assertThat(missing.body()).as(accept).doesNotContain("\"trace\"", "at org.", "at java.", "Exception", "Not Found");
    }
    assertThat(get("/ct15/api/khong-co", "application/json").body()).as("a Vietnamese message").contains(ErrorBodiesAccess.NOT_FOUND);
  }

  /**
   * Tasklist calls the webapps' own engine API: a refused form and a refused change get the same clear
   * answers there as on /engine-rest (400, 403), in Vietnamese, not Camunda's 500 with its English text.
   */
  @Test
  void shouldAnswerTasklistsRefusedCallsInVietnamese() throws Exception {
    instance = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, Map.of(CommonVariables.YEAR.name(), 2075));
    Task draft = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(WardPlanProcess.Element.DRAFT).taskCandidateGroup("phuong-dong-hoa").singleResult();
    get(TASKLIST, "text/html");
    browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrfToken())
        .POST(HttpRequest.BodyPublishers.ofString("username=phuong-dong-hoa.cb&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
    String task = "/camunda/api/engine/engine/default/task/" + draft.getId();
    assertThat(get(task, "application/json").statusCode()).isEqualTo(200);

    HttpResponse<String> incomplete = post(task + "/submit-form",
        "{\"variables\": {\"danBiet\": {\"value\": \"Công khai thu chi ngân sách phường\"}}}", xsrfToken());
    assertThat(incomplete.statusCode()).as(incomplete.body()).isEqualTo(400);
    assertThat(incomplete.body()).contains("Trường «Dân bàn» là bắt buộc").doesNotContain("Cannot", "ENGINE-", "RestException");

    HttpResponse<String> moved = browser.send(HttpRequest.newBuilder(url(task)).header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", xsrfToken()).PUT(HttpRequest.BodyPublishers.ofString(
            "{\"name\": \"x\", \"due\": \"2035-01-01T00:00:00.000+0700\"}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(403);
    assertThat(moved.body()).contains("Không được sửa thông tin của nhiệm vụ");
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).singleResult().getName()).startsWith("Lập Kế hoạch");
  }
}
