package vn.ct15.workflow.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.EngineLists;

/**
 * Keeps every version of a model with the forms it was drawn with, so that an upgrade never strands
 * a running cycle: a new deployment is refused when one of its models refers to a Camunda Form other
 * than by binding {@code deployment} (a form deployed later would then replace the one running
 * instances were started with) or to a form that is not in the same deployment. Together with the
 * engine, which refuses to delete a deployment whose instances still run, the forms of an old
 * version stay deployed as long as any instance needs them. A form or model whose organisation's names
 * were not filled in ({@link PlanTextsAtDeployment}) is refused too.
 */
@Component
class FormsDeployedWithTheirModels extends AbstractProcessEnginePlugin implements Deployer {

  static final String BINDING = "deployment";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineLists.of(configuration::getCustomPreDeployers, configuration::setCustomPreDeployers).add(this);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    Set<String> forms = new HashSet<>();
    List<ResourceEntity> models = new ArrayList<>();
    List<String> unfilled = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      Matcher name = PlanTextsAtDeployment.NAME.matcher(new String(resource.getBytes(), StandardCharsets.UTF_8));
      if (name.find()) {
        unfilled.add(resource.getName().substring(resource.getName().lastIndexOf('/') + 1) + " (" + name.group() + ")");
      }
      if (resource.getName().endsWith(".form")) {
        formId(resource).ifPresent(forms::add);
      } else if (resource.getName().endsWith(".bpmn") || resource.getName().endsWith(".bpmn20.xml")) {
        models.add(resource);
      }
    }
    if (!unfilled.isEmpty()) {
      throw new ProcessEngineException("Không triển khai: tên của tổ chức chưa được điền vào " + String.join(", ", unfilled)
          + ". Sản phẩm điền các tên này khi triển khai các tệp mô hình và biểu mẫu của nó lúc khởi động.");
    }
    List<String> problems = new ArrayList<>();
    for (ResourceEntity model : models) {
      BpmnModelInstance bpmn = Bpmn.readModelFromStream(new ByteArrayInputStream(model.getBytes()));
      String file = model.getName().substring(model.getName().lastIndexOf('/') + 1);
      for (FlowElement element : bpmn.getModelElementsByType(FlowElement.class)) {
        String formRef = null;
        String binding = null;
        if (element instanceof UserTask task) {
          formRef = task.getCamundaFormRef();
          binding = task.getCamundaFormRefBinding();
        } else if (element instanceof StartEvent start) {
          formRef = start.getCamundaFormRef();
          binding = start.getCamundaFormRefBinding();
        }
        if (formRef == null) {
          continue;
        }
        if (!BINDING.equals(binding)) {
          problems.add(file + ", «" + element.getName() + "» (" + element.getId() + "): biểu mẫu " + formRef
              + " phải gắn với bản triển khai (camunda:formRefBinding=\"deployment\")");
        } else if (!forms.contains(formRef)) {
          problems.add(file + ", «" + element.getName() + "» (" + element.getId() + "): biểu mẫu " + formRef
              + " không có trong cùng bản triển khai");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ProcessEngineException("Không triển khai: mỗi mô hình phải được triển khai cùng các biểu mẫu của nó, để các "
          + "quy trình đang chạy giữ nguyên biểu mẫu của phiên bản đã khởi động chúng. " + String.join("; ", problems) + ".");
    }
  }

  private static Optional<String> formId(ResourceEntity form) {
    try {
      JsonNode id = JSON.readTree(form.getBytes()).get("id");
      return Optional.ofNullable(id == null ? null : id.asText());
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }
}
