package vn.ct15.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.ct15.workflow.Tiers;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.process.Motto;
import vn.ct15.workflow.wardplan.WardPlanProcess;

/**
 * A new version of a model deployed while cycles run, as the next start of an upgraded application
 * deploys it (every model and form of the product in one deployment, by the same name): cycles in
 * progress go on to the end on the version they started with, with its task names, steps and forms;
 * new cycles take the new version; an administrator moves a running cycle to the new version with
 * Camunda's migration; a deployment that would leave a model without its forms is refused, and the
 * old version cannot be deleted while its cycles run. On an engine and database of its own.
 */
@Tag(Tiers.APP)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
    "spring.datasource.url=jdbc:h2:mem:ct15-upgrade;DB_CLOSE_DELAY=-1", "camunda.bpm.process-engine-name=upgrade"})
@ActiveProfiles({"demo", "test"})
class ModelUpgradeTest {

  static final String MODEL = "ct15-ward-plan.bpmn";
  static final String DRAFT_FORM = "ct15-ward-plan-draft.form";
  static final String CHECK = "Task_CheckPlanFormat";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;

  ProcessDefinition v1;
  Deployment deployed;

  @BeforeEach
  void firstVersion() {
    v1 = repositoryService.createProcessDefinitionQuery().processDefinitionKey(WardPlanProcess.KEY).latestVersion().singleResult();
    deployed = repositoryService.createDeploymentQuery().deploymentId(v1.getDeploymentId()).singleResult();
  }

  @AfterEach
  void removeNewVersions() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey(WardPlanProcess.KEY).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
    repositoryService.createDeploymentQuery().list().stream().filter(deployment -> !deployment.getId().equals(deployed.getId()))
        .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
  }

  /** The product's deployment again, with some of its files edited, as an upgraded application deploys it. */
  Deployment redeploy(Map<String, UnaryOperator<String>> edits, List<String> left) {
    DeploymentBuilder builder = repositoryService.createDeployment().name(deployed.getName()).source(deployed.getSource());
    for (String resource : repositoryService.getDeploymentResourceNames(deployed.getId())) {
      String file = resource.substring(resource.lastIndexOf('/') + 1);
      if (left.contains(file)) {
        continue;
      }
      String text = read(resource);
      builder.addString(resource, edits.getOrDefault(file, UnaryOperator.identity()).apply(text));
    }
    return builder.deploy();
  }

  String read(String resource) {
    try (InputStream in = repositoryService.getResourceAsStream(deployed.getId(), resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Version 2: the draft renamed, a format check added between draft and approval, a field relabelled. */
  static Map<String, UnaryOperator<String>> secondVersion() {
    Map<String, UnaryOperator<String>> edits = new LinkedHashMap<>();
    edits.put(MODEL, bpmn -> bpmn
        .replace("value=\"Lập Kế hoạch thực hiện dân chủ ở phường năm", "value=\"Xây dựng Kế hoạch thực hiện dân chủ ở phường năm")
        .replace("<bpmn:sequenceFlow id=\"Flow_DraftToApprove\" sourceRef=\"Task_DraftPlan\" targetRef=\"Task_ApprovePlan\" />",
            "<bpmn:sequenceFlow id=\"Flow_DraftToApprove\" sourceRef=\"Task_DraftPlan\" targetRef=\"" + CHECK + "\" />"
            + "<bpmn:userTask id=\"" + CHECK + "\" name=\"Kiểm tra thể thức\" camunda:candidateGroups=\"${unitId}\" />"
            + "<bpmn:sequenceFlow id=\"Flow_CheckToApprove\" sourceRef=\"" + CHECK + "\" targetRef=\"Task_ApprovePlan\" />"));
    edits.put(DRAFT_FORM, form -> form.replace("\"label\": \"Dân biết\"", "\"label\": \"Dân biết (mẫu mới)\""));
    return edits;
  }

  Task draft(ProcessInstance cycle, String ward) {
    return taskService.createTaskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(WardPlanProcess.Element.DRAFT)
        .taskCandidateGroup(ward).singleResult();
  }

  String form(Task task) {
    try (InputStream in = formService.getDeployedTaskForm(task.getId())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> allParts() {
    Map<String, Object> parts = new LinkedHashMap<>();
    Motto.PARTS.forEach(part -> parts.put(part, "Nội dung " + part));
    return parts;
  }

  List<String> waitingAt(ProcessInstance cycle, String ward) {
    return taskService.createTaskQuery().processInstanceId(cycle.getId()).taskCandidateGroup(ward).list().stream()
        .map(Task::getTaskDefinitionKey).toList();
  }

  @Test
  void shouldFinishRunningCyclesOnTheirVersionAndStartNewOnesOnTheNext() {
    ProcessInstance running = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, Map.of(CommonVariables.YEAR.name(), 2081));
    Deployment second = redeploy(secondVersion(), List.of());
    ProcessDefinition v2 = repositoryService.createProcessDefinitionQuery().deploymentId(second.getId())
        .processDefinitionKey(WardPlanProcess.KEY).singleResult();
    assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);

    Task old = draft(running, "phuong-bac-son");
    assertThat(old.getProcessDefinitionId()).isEqualTo(v1.getId());
    assertThat(old.getName()).startsWith("Lập Kế hoạch");
    assertThat(form(old)).contains("\"Dân biết\"").doesNotContain("mẫu mới");
    taskService.complete(old.getId(), allParts());
    assertThat(waitingAt(running, "phuong-bac-son")).as("the old version's next step").isEmpty();
    assertThat(taskService.createTaskQuery().processInstanceId(running.getId())
        .taskDefinitionKey(WardPlanProcess.Element.APPROVE).count()).isOne();

    ProcessInstance next = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, Map.of(CommonVariables.YEAR.name(), 2082));
    Task fresh = draft(next, "phuong-bac-son");
    assertThat(fresh.getProcessDefinitionId()).isEqualTo(v2.getId());
    assertThat(fresh.getName()).startsWith("Xây dựng Kế hoạch");
    assertThat(form(fresh)).contains("Dân biết (mẫu mới)");
    taskService.complete(fresh.getId(), allParts());
    assertThat(waitingAt(next, "phuong-bac-son")).containsExactly(CHECK);

    assertThatThrownBy(() -> repositoryService.deleteDeployment(deployed.getId()))
        .as("the old version's models and forms stay while its cycles run").isInstanceOf(ProcessEngineException.class);
    assertThat(repositoryService.createDeploymentQuery().deploymentId(deployed.getId()).count()).isOne();
  }

  @Test
  void shouldMoveARunningCycleToTheNewVersionByMigration() {
    ProcessInstance running = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, Map.of(CommonVariables.YEAR.name(), 2083));
    Deployment second = redeploy(secondVersion(), List.of());
    ProcessDefinition v2 = repositoryService.createProcessDefinitionQuery().deploymentId(second.getId())
        .processDefinitionKey(WardPlanProcess.KEY).singleResult();

    MigrationPlan plan = runtimeService.createMigrationPlan(v1.getId(), v2.getId()).mapEqualActivities().build();
    runtimeService.newMigration(plan).processInstanceIds(running.getId()).execute();

    Task moved = draft(running, "phuong-lam-ha");
    assertThat(moved.getProcessDefinitionId()).isEqualTo(v2.getId());
    assertThat(form(moved)).as("the new version's form").contains("Dân biết (mẫu mới)");
    assertThat(taskService.getVariable(moved.getId(), "unitId")).isEqualTo("phuong-lam-ha");
    taskService.complete(moved.getId(), allParts());
    assertThat(waitingAt(running, "phuong-lam-ha")).as("the new version's added step").containsExactly(CHECK);
  }

  @Test
  void shouldRefuseAModelDeployedWithoutItsForms() {
    long deployments = repositoryService.createDeploymentQuery().count();
    assertThatThrownBy(() -> redeploy(secondVersion(), List.of(DRAFT_FORM)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Không triển khai")
        .hasMessageContaining("ct15-ward-plan-draft không có trong cùng bản triển khai");
    assertThatThrownBy(() -> redeploy(Map.of(MODEL, bpmn -> bpmn.replace("camunda:formRef=\"ct15-ward-plan-draft\" camunda:formRefBinding=\"deployment\"",
        "camunda:formRef=\"ct15-ward-plan-draft\" camunda:formRefBinding=\"latest\"")), List.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("camunda:formRefBinding=\"deployment\"");
    assertThat(repositoryService.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(deployments);
  }
}
