package vn.ct15.workflow.deadline;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import vn.ct15.workflow.directory.OrganisationDirectory;

/** What an e-mail says about a task: the duty, its process (and plan section), the unit, the due date. */
final class TaskFacts {

  static final DateTimeFormatter VIETNAMESE_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  static final String UNIT_VARIABLE = "unitId";

  private TaskFacts() {}

  /** The unit whose task it is: the task's {@code unitId}, else its first candidate group. */
  static String unitOf(TaskEntity task) {
    Object unit = task.getVariable(UNIT_VARIABLE);
    if (unit != null) {
      return String.valueOf(unit);
    }
    return task.getIdentityLinks().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).findFirst().orElse(null);
  }

  static String format(Date date, Deadlines deadlines) {
    return date.toInstant().atZone(deadlines.zone()).format(VIETNAMESE_DATE_TIME);
  }

  static Map<String, Object> model(TaskEntity task, OrganisationDirectory directory, Deadlines deadlines) {
    ProcessDefinition definition = Context.getProcessEngineConfiguration().getRepositoryService()
        .getProcessDefinition(task.getProcessDefinitionId());
    String unit = unitOf(task);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("taskId", task.getId());
    model.put("duty", task.getName());
    model.put("process", definition.getName());
    model.put("description", task.getDescription() == null ? "" : abbreviate(task.getDescription(), 400));
    model.put("unitId", unit == null ? "" : unit);
    model.put("unit", unit == null ? "" : directory.unitName(unit));
    model.put("due", format(task.getDueDate(), deadlines));
    model.put("processInstanceId", task.getProcessInstanceId());
    return model;
  }

  static String abbreviate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
