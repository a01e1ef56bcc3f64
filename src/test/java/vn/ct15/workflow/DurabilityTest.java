package vn.ct15.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/**
 * The product as an operator runs it: its own JVM on an H2 file database. Work done before a
 * {@code kill -9} is there after the restart, and the restart duplicates nothing.
 */
@Tag(Tiers.SYSTEM)
class DurabilityTest {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dataDir;

  @Test
  void shouldKeepWorkAcrossAKill9AndARestart() throws Exception {
    List<String> database = List.of("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("ct15") + ";WRITE_DELAY=0");
    AppProcess first = AppProcess.start(dataDir.resolve("first.log"), database);
    try {
      HttpResponse<String> started = post(first.base + "/engine-rest/process-definition/key/ct15-ward-plan/submit-form",
          "phong-noi-vu.cb", "{\"variables\":{\"year\":{\"value\":2061,\"type\":\"Integer\"}}}");
      assertThat(started.statusCode()).isEqualTo(200);
      String taskId = get(first.base + "/engine-rest/task?processInstanceBusinessKey=ct15-ward-plan:2061", "phuong-bac-son.cb")
          .body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
      assertThat(post(first.base + "/engine-rest/task/" + taskId + "/claim", "phuong-bac-son.cb",
          "{\"userId\":\"phuong-bac-son.cb\"}").statusCode()).isEqualTo(204);
    } finally {
      first.kill();
    }

    AppProcess second = AppProcess.start(dataDir.resolve("second.log"), database);
    try {
      String base = second.base;
      String tasks = get(base + "/engine-rest/task?assignee=phuong-bac-son.cb&processInstanceBusinessKey=ct15-ward-plan:2061",
          "phuong-bac-son.cb").body();
      assertThat(tasks).contains("\"assignee\":\"phuong-bac-son.cb\"");
      assertThat(get(base + "/engine-rest/process-instance/count?businessKey=ct15-ward-plan:2061", "phong-noi-vu.cb").body())
          .isEqualTo("{\"count\":1}");
      assertThat(get(base + "/engine-rest/group/count?id=phuong-bac-son", "demo").body()).isEqualTo("{\"count\":1}");
      assertThat(get(base + "/engine-rest/filter/count", "demo").body()).isEqualTo("{\"count\":4}");
      assertThat(get(base + "/engine-rest/deployment/count", "demo").body()).as("unchanged models are not redeployed")
          .isEqualTo("{\"count\":1}");
    } finally {
      second.stop();
    }
  }

  static HttpResponse<String> get(String url, String user) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(user)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String url, String user, String json) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(user))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }
}
