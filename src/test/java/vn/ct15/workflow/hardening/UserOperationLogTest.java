package vn.ct15.workflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import vn.ct15.workflow.Ct15SpringTest;
import vn.ct15.workflow.wardplan.WardPlanProcess;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.process.Motto;

/** Who did what: a claim and a completion through REST land in the user operation log with the user's id. */
@Ct15SpringTest
class UserOperationLogTest {

  static final String USER = "phuong-bac-son.cb";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  ProcessInstance instance;

  @AfterEach
  void cleanUp() {
    if (instance != null && runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
      runtimeService.deleteProcessInstance(instance.getId(), "test cleanup");
    }
  }

  int post(String path, String json) {
    return RestClient.builder().baseUrl("http://localhost:" + port).defaultStatusHandler(status -> true, (request, response) -> { })
        .defaultHeaders(headers -> headers.setBasicAuth(USER, "demo")).build()
        .post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).retrieve().toBodilessEntity()
        .getStatusCode().value();
  }

  @Test
  void shouldLogTheClaimAndTheCompletionWithTheUsersId() {
    instance = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, Map.of(CommonVariables.YEAR.name(), 2073));
    Task draft = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(WardPlanProcess.Element.DRAFT).taskCandidateGroup("phuong-bac-son").singleResult();
    StringBuilder parts = new StringBuilder();
    for (String part : Motto.PARTS) {
      parts.append(parts.isEmpty() ? "" : ",").append('"').append(part).append("\": {\"value\": \"Nội dung phần ").append(part).append("\"}");
    }

    assertThat(post("/engine-rest/task/" + draft.getId() + "/claim", "{\"userId\": \"" + USER + "\"}")).isEqualTo(204);
    assertThat(post("/engine-rest/task/" + draft.getId() + "/complete", "{\"variables\": {" + parts + "}}")).isIn(200, 204);

    assertThat(historyService.createUserOperationLogQuery().userId(USER).taskId(draft.getId()).list())
        .extracting(UserOperationLogEntry::getOperationType)
        .contains(UserOperationLogEntry.OPERATION_TYPE_CLAIM, UserOperationLogEntry.OPERATION_TYPE_COMPLETE);
  }
}
