package vn.ct15.workflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The application's REST API as its users call it: HTTP Basic as a person of the directory (password demo). */
final class Rest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String PASSWORD = "demo";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .version(HttpClient.Version.HTTP_1_1).build();
  final String base;

  Rest(String base) {
    this.base = base;
  }

  record Answer(int status, String body) {
    boolean ok() {
      return status / 100 == 2;
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON: " + body, e);
      }
    }
  }

  Answer get(String path, String user) throws IOException, InterruptedException {
    return send(request(path, user).GET().build());
  }

  Answer post(String path, String user, Object body) throws IOException, InterruptedException {
    String json = body instanceof String text ? text : JSON.writeValueAsString(body);
    return send(request(path, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** POST with a body, failing unless answered 2xx. */
  JsonNode postOk(String path, String user, Object body) throws IOException, InterruptedException {
    Answer answer = post(path, user, body);
    if (!answer.ok()) {
      throw new IllegalStateException("POST " + path + " as " + user + ": " + answer.status() + " " + answer.body());
    }
    return answer.body().isEmpty() ? null : answer.json();
  }

  JsonNode getOk(String path, String user) throws IOException, InterruptedException {
    Answer answer = get(path, user);
    if (!answer.ok()) {
      throw new IllegalStateException("GET " + path + " as " + user + ": " + answer.status() + " " + answer.body());
    }
    return answer.json();
  }

  long count(String path, String user) throws IOException, InterruptedException {
    return getOk(path, user).get("count").asLong();
  }

  private HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10));
    if (user != null) {
      builder.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(response.statusCode(), response.body());
  }
}
