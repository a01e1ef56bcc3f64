package vn.ct15.workflow.process;

import java.util.Map;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A user task has two names: the short one in the model's {@code name}, which the diagram draws
 * inside the shape (Cockpit, Camunda Modeler), and the full one officials see in Tasklist and in
 * their mail, in the plan's words with the year, the period and the unit, which the model gives as
 * the extension property {@value #FULL_NAME} (an expression, e.g. {@code Lập Kế hoạch thực hiện dân
 * chủ ở phường năm ${year} — ${directory.unitName(unitId)}}). A task without the property is named
 * by its {@code name}, as in Camunda. Its description (Tasklist's «Mô tả») is the plan file's text
 * for it ({@link TaskTexts}), never the model's documentation, which is the modeller's note.
 */
@Component
class TaskNames extends AbstractProcessEnginePlugin {

  static final String FULL_NAME = "ct15.taskName";

  private final TaskTexts texts;

  TaskNames(TaskTexts texts) {
    this.texts = texts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // before the other listeners, so that whatever reads a task's name expression reads the full one
    EngineLists.of(configuration::getCustomPreBPMNParseListeners, configuration::setCustomPreBPMNParseListeners)
        .add(new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask)) {
              return;
            }
            Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(userTaskElement);
            String fullName = properties == null ? null : properties.get(FULL_NAME);
            if (fullName != null && !fullName.isBlank()) {
              userTask.getTaskDefinition().setNameExpression(configuration.getExpressionManager().createExpression(fullName));
            }
            String description = activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                ? texts.description(definition.getKey(), activity.getId()) : null;
            userTask.getTaskDefinition().setDescriptionExpression(description == null || description.isBlank() ? null
                : configuration.getExpressionManager().createExpression(description));
          }
        });
  }
}
