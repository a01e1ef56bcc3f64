package vn.ct15.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;

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

/** bpmn/ and forms/ reach the classpath and are deployed together, so formRef binding "deployment" resolves. */
@EngineTest
class FormDeploymentTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;

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
