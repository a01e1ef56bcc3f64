package vn.ct15.workflow.periodicreport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * When a reporting period is cancelled (its instance deleted, e.g. in Cockpit), the units' reports
 * of that period are cancelled with it, so no unit is left with a task nobody will read.
 */
@Component("periodicReportCancellation")
class CycleCancellation implements ExecutionListener {

  static final String REASON = "Kỳ báo cáo đã bị hủy";

  @Override
  public void notify(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (!execution.isCanceled() || businessKey == null) {
      return;
    }
    var runtimeService = execution.getProcessEngineServices().getRuntimeService();
    var units = runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportUnitProcess.KEY)
        .processInstanceBusinessKey(businessKey).list().stream().map(ProcessInstance::getId).toList();
    if (!units.isEmpty()) {
      runtimeService.deleteProcessInstances(units, REASON, false, true);
    }
  }
}
