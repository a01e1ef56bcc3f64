package vn.ct15.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The models keep the diagram's names short and plain (the year, the period and the unit are in the
 * full name officials see, {@value TaskNames#FULL_NAME}); DiagramsBrowserTest checks that they fit.
 */
class TaskNamesTest {

  @Test
  void shouldNameEveryFlowNodeInTheDiagramWithoutAnExpressionAndGiveItsFullNameApart() throws IOException {
    List<String> problems = new ArrayList<>();
    Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath:processes/*.bpmn");
    assertThat(models).hasSizeGreaterThan(10);
    for (Resource resource : models) {
      BpmnModelInstance model;
      try (InputStream in = resource.getInputStream()) {
        model = Bpmn.readModelFromStream(in);
      }
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        String name = node.getName();
        if (name != null && name.contains("${")) {
          problems.add(resource.getFilename() + " " + node.getId() + ": the diagram's name holds an expression: " + name);
        }
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        List<CamundaProperty> fullNames = task.getExtensionElements() == null ? List.of()
            : task.getExtensionElements().getElementsQuery().filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
                .list().stream().flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> TaskNames.FULL_NAME.equals(property.getCamundaName())).toList();
        if (fullNames.size() > 1) {
          problems.add(resource.getFilename() + " " + task.getId() + ": more than one full name");
        }
        fullNames.stream().filter(property -> property.getCamundaValue() == null || property.getCamundaValue().isBlank())
            .forEach(property -> problems.add(resource.getFilename() + " " + task.getId() + ": an empty full name"));
      }
    }
    assertThat(problems).isEmpty();
  }
}
