package vn.ct15.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.EngineTest;

/**
 * bpmn/ and forms/ reach the classpath and are deployed together, so formRef binding "deployment"
 * resolves; they are deployed with the plan file's introductions and the organisation's names filled
 * in, and nothing deploys a model or form whose names were left to fill.
 */
@EngineTest
class FormDeploymentTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired FormTexts texts;

  @Test
  void shouldDeployTheFormsAndModelsWithThePlansWordsAndTheOrganisationsNames() throws Exception {
    ProcessDefinition obstacle = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ct15-obstacle")
        .latestVersion().singleResult();
    String deployment = obstacle.getDeploymentId();
    for (String resource : repositoryService.getDeploymentResourceNames(deployment)) {
      String text = read(deployment, resource);
      assertThat(text).as(resource).doesNotContain("{{names.").doesNotContain("(Lời giới thiệu theo tệp kế hoạch");
      if (resource.endsWith(".form")) {
        String formId = new ObjectMapper().readTree(text).path("id").asText();
        assertThat(new ObjectMapper().readTree(text).path("components").get(0).path("text").asText()).as(resource)
            .isEqualTo(texts.intros().get(formId).strip());
      }
    }
    String triage = resource(deployment, "ct15-obstacle-triage.form");
    assertThat(read(deployment, triage)).contains("\"label\": \"Giao phòng chuyên môn xem xét, giải quyết\"")
        .contains("\"label\": \"Báo cáo Ủy ban nhân dân quận xem xét, giải quyết\"").contains("\"label\": \"Ý kiến của Phòng Nội vụ\"");
    assertThat(read(deployment, resource(deployment, "ct15-obstacle.bpmn"))).contains("name=\"Giao phòng chuyên môn\"");
    assertThat(read(deployment, resource(deployment, "ct15-ward-plan.bpmn")))
        .contains("value=\"Lập Kế hoạch thực hiện dân chủ ở phường năm ${year}");

    // a form deployed by hand with a name left to fill is refused, in Vietnamese, and nothing is deployed
    long deployments = repositoryService.createDeploymentQuery().count();
    assertThatThrownBy(() -> repositoryService.createDeployment().name("tay").addString("tay.form",
            "{\"id\": \"tay\", \"type\": \"default\", \"components\": [{\"type\": \"text\", \"text\": \"Ý kiến của {{names.coordinator}}\"}]}")
        .deploy())
        .hasMessageContaining("Không triển khai: tên của tổ chức chưa được điền vào tay.form ({{names.coordinator}})");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  String resource(String deployment, String file) {
    return repositoryService.getDeploymentResourceNames(deployment).stream().filter(name -> name.endsWith("/" + file) || name.equals(file))
        .findFirst().orElseThrow();
  }

  String read(String deployment, String resource) throws Exception {
    try (InputStream in = repositoryService.getResourceAsStream(deployment, resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void shouldDeployEveryFormInTheSameDeploymentAsItsProcess() throws Exception {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ct15-ward-plan")
        .latestVersion().singleResult();
    // from the packaged jar the names are the file names; from target/classes, absolute paths
    assertThat(repositoryService.getDeploymentResourceNames(definition.getDeploymentId()))
        .extracting(name -> name.substring(name.lastIndexOf('/') + 1))
        .contains("ct15-ward-plan.bpmn", "ct15-ward-plan-start.form", "ct15-ward-plan-draft.form", "ct15-ward-plan-approve.form");

    try (InputStream startForm = formService.getDeployedStartForm(definition.getId())) {
      assertThat(new String(startForm.readAllBytes(), StandardCharsets.UTF_8)).containsPattern("\"id\"\\s*:\\s*\"ct15-ward-plan-start\"");
    }

    ProcessInstance instance = runtimeService.startProcessInstanceByKey("ct15-ward-plan", Map.of("year", 2051));
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).initializeFormKeys().listPage(0, 1).get(0);
    assertThat(task.getCamundaFormRef().getKey()).isEqualTo("ct15-ward-plan-draft");
    assertThat(task.getCamundaFormRef().getBinding()).isEqualTo("deployment");
    try (InputStream taskForm = formService.getDeployedTaskForm(task.getId())) {
      assertThat(new String(taskForm.readAllBytes(), StandardCharsets.UTF_8)).contains("Dân thụ hưởng");
    } finally {
      runtimeService.deleteProcessInstance(instance.getId(), "test cleanup");
    }
  }
}
