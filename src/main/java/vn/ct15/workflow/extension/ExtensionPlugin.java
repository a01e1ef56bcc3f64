package vn.ct15.workflow.extension;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.EngineLists;
import vn.ct15.workflow.extension.ExtensionProcess.OnTask;

/**
 * A request waiting for Phòng Nội vụ's decision ends by itself when the task it is about ends first
 * (the unit completed it, or its cycle was cancelled): every user task of every process, when it
 * completes or is deleted with a request pending, tells that request ({@value ExtensionProcess#TASK_CLOSED_MESSAGE}).
 */
@Component
class ExtensionPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener closed = task -> {
      Object pending = ((TaskEntity) task).getVariableLocal(OnTask.PENDING);
      if (pending != null) {
        CommandContext context = Context.getCommandContext();
        // the process's own step, whoever completes the task: the request is not theirs to correlate
        context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration().getRuntimeService()
            .createMessageCorrelation(ExtensionProcess.TASK_CLOSED_MESSAGE).processInstanceId(String.valueOf(pending))
            .correlateAllWithResult());
      }
    };
    EngineLists.of(configuration::getCustomPostBPMNParseListeners, configuration::setCustomPostBPMNParseListeners)
        .add(new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, closed);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, closed);
          }
        });
  }
}
