package vn.ct15.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
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
import vn.ct15.workflow.process.Motto;

/**
 * Every approve-or-return decision is a choice the person makes, never a box left unticked: a radio
 * with no default in every form where a head, Phòng Nội vụ, UBND quận, the Chairman or a supervisor
 * decides; left empty, it is refused with a Vietnamese message, also over REST; chosen, it reaches
 * the process as a boolean.
 */
@Ct15SpringTest
class DecisionsTest {

  /** The variables the processes route on after a decision. */
  static final List<String> DECISIONS = List.of("approved", "accepted", "hasShortcomings");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  ProcessInstance instance;

  @AfterEach
  void cleanUp() {
    if (instance != null) {
      runtimeService.deleteProcessInstance(instance.getId(), "test cleanup");
    }
  }

  @Test
  void shouldMakeEveryDecisionARequiredChoiceWithoutDefault() throws IOException {
    List<String> decisions = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(path -> path.toString().endsWith(".form")).sorted().toList()) {
        collect(new ObjectMapper().readTree(form.toFile()).path("components"), form.getFileName().toString(), decisions);
      }
    }
    assertThat(decisions).as("the forms with a decision").hasSize(8);
  }

  static void collect(JsonNode components, String form, List<String> decisions) {
    for (JsonNode component : components) {
      collect(component.path("components"), form, decisions);
      if (DECISIONS.contains(component.path("key").asText())) {
        assertThat(component.path("type").asText()).as(form).isEqualTo("radio");
        assertThat(component.path("validate").path("required").asBoolean()).as(form + ": required").isTrue();
        assertThat(component.has("defaultValue")).as(form + ": no default").isFalse();
        List<String> values = new ArrayList<>();
        component.path("values").forEach(value -> values.add(value.path("value").asText()));
        assertThat(values).as(form).containsExactly("true", "false");
        decisions.add(form);
      }
    }
  }

  @Test
  void shouldRefuseAnEmptyDecisionOverRestAndRouteAChosenOne() throws Exception {
    instance = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, Map.of(CommonVariables.YEAR.name(), 2084));
    Task draft = taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("phuong-lam-ha").singleResult();
    Map<String, Object> parts = new HashMap<>();
    for (String part : Motto.PARTS) {
      parts.put(part, "Nội dung " + part);
    }
    taskService.complete(draft.getId(), parts);
    String approval = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(WardPlanProcess.Element.APPROVE).singleResult().getId();

    HttpResponse<String> empty = complete(approval, "{\"comment\": {\"value\": \"\"}}");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("Trường «Quyết định» là bắt buộc");
    HttpResponse<String> unknown = complete(approval, "{\"approved\": {\"value\": \"co-le\"}}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("Trường «Quyết định» phải là một trong các giá trị: true, false");
    assertThat(taskService.createTaskQuery().taskId(approval).count()).as("still open").isEqualTo(1);

    HttpResponse<String> chosen = complete(approval, "{\"approved\": {\"value\": \"true\"}}");
    assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(204);
    assertThat(runtimeService.createExecutionQuery().processInstanceId(instance.getId())
        .activityId(WardPlanProcess.Element.INFORM_COORDINATOR).count()).as("the approved path").isEqualTo(1);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("approved").list()).extracting(variable -> variable.getValue()).contains(Boolean.TRUE);
  }

  HttpResponse<String> complete(String taskId, String variables) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/"
        + taskId + "/complete")).header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("phuong-lam-ha.tt:demo".getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString("{\"variables\": " + variables + "}", StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
