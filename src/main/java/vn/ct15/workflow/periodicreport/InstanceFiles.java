package vn.ct15.workflow.periodicreport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Puts a document on the cycle's process instance with, beside it, the address under which the
 * signed-in webapp user downloads it (which the task forms show as a link): the Word report, the
 * figures' spreadsheet, the issued PDF.
 */
@Component
class InstanceFiles {

  private final String webappPath;

  InstanceFiles(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    this.webappPath = webappPath;
  }

  void put(DelegateExecution execution, String variable, String urlVariable, FileValue file) {
    DelegateExecution instance = execution.getProcessInstance();
    instance.setVariable(variable, file);
    instance.setVariable(urlVariable, webappPath + "/api/engine/engine/" + execution.getProcessEngine().getName()
        + "/process-instance/" + execution.getProcessInstanceId() + "/variables/" + variable + "/data");
  }
}
