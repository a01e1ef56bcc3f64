package vn.ct15.workflow.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * The Camunda Form of a user task or of a process's start, read once per process definition and
 * kept: what {@link FormValidationPlugin} validates and what an official may write ({@link Fields}).
 * Call within a command (a task listener, a command interceptor).
 */
@Component
public class TaskForms {

  private final Map<String, FormSchema> forms = new ConcurrentHashMap<>();

  /** The fields of the task's Camunda Form; none for a task without one. */
  public Fields of(TaskEntity task) {
    return new Fields(schema(task));
  }

  /** The fields of the process's start form; none for a process started without a form. */
  public Fields ofStart(ProcessDefinitionEntity definition) {
    return new Fields(startSchema(definition));
  }

  FormSchema schema(TaskEntity task) {
    TaskDefinition definition = task.getTaskDefinition();
    if (definition == null || definition.getCamundaFormDefinitionKey() == null) {
      return FormSchema.NONE;
    }
    return forms.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        key -> read(() -> Context.getProcessEngineConfiguration().getFormService().getDeployedTaskForm(task.getId())));
  }

  FormSchema startSchema(ProcessDefinitionEntity definition) {
    FormDefinition start = definition.getStartFormDefinition();
    if (start == null || start.getCamundaFormDefinitionKey() == null) {
      return FormSchema.NONE;
    }
    return forms.computeIfAbsent(definition.getId() + "#start",
        key -> read(() -> Context.getProcessEngineConfiguration().getFormService().getDeployedStartForm(definition.getId())));
  }

  /**
   * The fields of a Camunda Form deployed with the process definition, by the form's id (its
   * {@code camunda:formRef}): for a service step that shows what units chose on a task's form, in
   * the form's words.
   */
  public Fields ofForm(String processDefinitionId, String formId) {
    return new Fields(forms.computeIfAbsent(processDefinitionId + "#form:" + formId, key -> deployedForm(processDefinitionId, formId)));
  }

  private static FormSchema deployedForm(String processDefinitionId, String formId) {
    RepositoryService repository = Context.getProcessEngineConfiguration().getRepositoryService();
    return Context.getCommandContext().runWithoutAuthorization(() -> {
      String deploymentId = repository.getProcessDefinition(processDefinitionId).getDeploymentId();
      for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
        if (resource.endsWith(".form")) {
          FormSchema schema = read(() -> repository.getResourceAsStream(deploymentId, resource));
          if (formId.equals(schema.id())) {
            return schema;
          }
        }
      }
      throw new IllegalStateException("No form '" + formId + "' is deployed with " + processDefinitionId);
    });
  }

  private static FormSchema read(Supplier<InputStream> source) {
    try (InputStream in = Context.getCommandContext().runWithoutAuthorization(source::get)) {
      return FormSchema.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A form's input fields as an official's submission sees them: the ones to fill in, the ones only shown. */
  public static final class Fields {

    private final FormSchema schema;

    Fields(FormSchema schema) {
      this.schema = schema;
    }

    /** Whether the person fills this field in. */
    public boolean editable(String key) {
      return schema.field(key).filter(field -> !field.readOnly()).isPresent();
    }

    /** Whether the form shows this field without letting the person change it. */
    public boolean readOnly(String key) {
      return schema.field(key).filter(FormField::readOnly).isPresent();
    }

    /** The label the form shows for a value of a select, radio or checklist field; the value itself when the form has none. */
    public String optionLabel(String key, Object value) {
      return schema.field(key).map(field -> field.optionLabel(value)).orElse(String.valueOf(value));
    }

    /** Whether a select, radio or checklist field offers this value. */
    public boolean offers(String key, Object value) {
      return value != null && schema.field(key).filter(field -> field.values().contains(String.valueOf(value))).isPresent();
    }

    /** The field's label, or the key for a field the form does not have. */
    public String label(String key) {
      return schema.field(key).map(FormField::displayName).orElse(key);
    }
  }
}
