package vn.ct15.workflow.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The baseline: a bare process of one user task (candidate group = the unit, a due date, nothing
 * else: no forms, no local variables, no listeners but the product's deadline watch), one instance
 * per unit, started by the administrator from 16 concurrent clients. Deployed over REST, so it is
 * no part of the product.
 */
final class BareWorkload implements Workload {

  static final String KEY = "ct15-benchmark-bare";
  static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  static final String MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                        xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                        id="Definitions_Bare" targetNamespace="http://ct15.vn/benchmark">
        <bpmn:process id="ct15-benchmark-bare" name="Benchmark: one user task" isExecutable="true"
                      camunda:historyTimeToLive="P1D">
          <bpmn:startEvent id="StartEvent_Bare" />
          <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Bare" targetRef="Task_Bare" />
          <bpmn:userTask id="Task_Bare" name="Task" camunda:candidateGroups="${unitId}" camunda:dueDate="${deadline}" />
          <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Bare" targetRef="EndEvent_Bare" />
          <bpmn:endEvent id="EndEvent_Bare" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  @Override
  public String name() {
    return "bare one-user-task process";
  }

  @Override
  public String processKey() {
    return KEY;
  }

  @Override
  public String unitTaskKey() {
    return "Task_Bare";
  }

  @Override
  public void prepare(Rest rest) throws Exception {
    String boundary = "ct15-" + UUID.randomUUID();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbenchmark-bare\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"bare.bpmn\"; filename=\"bare.bpmn\"\r\n"
        + "Content-Type: application/xml\r\n\r\n" + MODEL + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(rest.base
            + "/engine-rest/deployment/create"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Deploying the bare process: " + response.statusCode() + " " + response.body());
    }
  }

  @Override
  public void start(Rest rest, List<String> units, OffsetDateTime deadline, int clients) throws Exception {
    String due = deadline.format(REST_DATE);
    Clients.run(units, clients, unit -> rest.postOk("/engine-rest/process-definition/key/" + KEY + "/start", "demo",
        Map.of("variables", Map.of("unitId", Workload.value(unit, "String"), "deadline", Workload.value(due, "Date")))));
  }

  @Override
  public Map<String, Object> submission(String unitId) {
    return Map.of();
  }
}
