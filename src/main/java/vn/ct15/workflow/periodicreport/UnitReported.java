package vn.ct15.workflow.periodicreport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs in a job of its own after a unit's report is saved: when every unit of the period has been
 * given its report and none is still open, tells the cycle (message
 * {@value PeriodicReportProcess#UNITS_REPORTED_MESSAGE}) to draft the consolidated report.
 *
 * <p>Both counts read committed data and only move one way (units are only added; once all are
 * added, open reports only go down), and this step runs after its own unit's report was committed, so
 * the job of the last report saved always sees both at their end. Two last reports saved at the same
 * moment may both see it: the second correlation then finds the cycle no longer waiting (or loses
 * the race on the cycle's row and is retried) and does nothing.
 */
@Component("periodicReportUnitReported")
class UnitReported implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(UnitReported.class);

  private final UnitReports reports;

  UnitReported(UnitReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    // the usual case, one query: a report still open is not the last, and its own job comes later
    if (reports.open(businessKey) > 0) {
      return;
    }
    // in this order: only once every unit is assigned can no report be opened any more
    long expected = expectedUnits(execution, businessKey);
    if (expected < 0 || reports.assigned(businessKey) < expected || reports.open(businessKey) > 0) {
      return;
    }
    int cycles = execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(PeriodicReportProcess.UNITS_REPORTED_MESSAGE).processInstanceBusinessKey(businessKey)
        .correlateAllWithResult().size();
    LOG.info("Every unit of {} has reported: {} cycle(s) go on to the consolidated report", businessKey, cycles);
  }

  /** The number of units the cycle gives a report to, or -1 when the cycle is not running (cancelled). */
  private static long expectedUnits(DelegateExecution execution, String businessKey) {
    var runtimeService = execution.getProcessEngineServices().getRuntimeService();
    var cycle = runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY)
        .processInstanceBusinessKey(businessKey).list().stream().findFirst().orElse(null);
    Object count = cycle == null ? null : runtimeService.getVariable(cycle.getId(), PeriodicReportProcess.Var.UNIT_COUNT);
    return count instanceof Number number ? number.longValue() : -1;
  }
}
