package vn.ct15.workflow.extension;

import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.extension.ExtensionProcess.OnTask;
import vn.ct15.workflow.extension.ExtensionProcess.Var;

/**
 * Gives the task the due date granted: its reminders and escalation are planned again for that date
 * (the deadline watch follows every change of a due date), and the task keeps its due date before the
 * first extension and how many it had, so the dashboard and the yearly evaluation show the extension.
 * Runs as a job of its own after the decision, so the unit's work on the task never waits for it;
 * a task that ended meanwhile is left alone.
 */
@Component("extensionApply")
class ExtensionApply implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    String taskId = (String) execution.getVariable(Var.TASK_ID);
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      execution.setVariable(Var.APPLIED, false);
      return;
    }
    if (tasks.getVariableLocal(taskId, OnTask.ORIGINAL_DUE) == null) {
      tasks.setVariableLocal(taskId, OnTask.ORIGINAL_DUE, task.getDueDate());
    }
    Object count = tasks.getVariableLocal(taskId, OnTask.EXTENSIONS);
    tasks.setVariableLocal(taskId, OnTask.EXTENSIONS, count instanceof Number n ? n.intValue() + 1 : 1);
    tasks.setDueDate(taskId, (Date) execution.getVariable(Var.GRANTED_DUE));
    execution.setVariable(Var.APPLIED, true);
  }
}
