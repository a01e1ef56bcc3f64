package vn.ct15.workflow.form;

import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.EngineLists;

/**
 * Holds every completion of a user task, and every start, that has a Camunda Form to that form's
 * own validation rules, whichever client submits it (Tasklist, REST, Java). A refused submission
 * rolls back: the task stays open with what had been saved before, and the message, in
 * Vietnamese, names each field at fault. A yes-or-no decision (a radio with "true" and "false", see
 * {@link FormSchema#decisions()}) reaches the process as a boolean.
 */
@Component
class FormValidationPlugin extends AbstractProcessEnginePlugin {

  private final TaskForms forms;

  FormValidationPlugin(TaskForms forms) {
    this.forms = forms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = EngineLists.of(configuration::getCustomPostBPMNParseListeners,
        configuration::setCustomPostBPMNParseListeners);
    List<CommandInterceptor> interceptors = EngineLists.of(configuration::getCustomPreCommandInterceptorsTxRequired,
        configuration::setCustomPreCommandInterceptorsTxRequired);
    interceptors.add(new RefusalUnwrapper());
    TaskListener validateTask = this::validateTask;
    ExecutionListener validateStart = this::validateStart;
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (hasCamundaForm(element)) {
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
              .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, validateTask);
        }
      }

      @Override
      public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (hasCamundaForm(element)) {
          activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, validateStart);
        }
      }
    });
  }

  private static boolean hasCamundaForm(Element element) {
    return element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null;
  }

  private void validateTask(DelegateTask task) {
    FormSchema form = forms.schema((TaskEntity) task);
    check("nhiệm vụ «" + task.getName() + "»", form, task::getVariable, "Không thể hoàn thành ");
    for (FormField decision : form.decisions()) {
      if (task.getVariable(decision.key()) instanceof String chosen) {
        task.setVariable(decision.key(), Boolean.valueOf(chosen));
      }
    }
  }

  private void validateStart(DelegateExecution execution) {
    check("quy trình", forms.startSchema(((ExecutionEntity) execution).getProcessDefinition()), execution::getVariable,
        "Không thể khởi động ");
  }

  private static void check(String what, FormSchema form, Function<String, Object> values, String verb) {
    List<String> problems = FormValidator.validate(form, values);
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException(problems, verb + what + ": " + String.join("; ", problems) + ".");
    }
  }

  /**
   * The engine wraps whatever a task listener throws into a generic exception; a refused form is
   * passed on as itself, so clients (REST answers 400) and people see the Vietnamese message.
   */
  private static final class RefusalUnwrapper extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof FormFieldValidationException refusal) {
            throw refusal;
          }
        }
        throw e;
      }
    }
  }
}
