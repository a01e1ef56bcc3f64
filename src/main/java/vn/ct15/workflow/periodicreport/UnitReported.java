package vn.ct15.workflow.periodicreport;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.EngineJobs;

/**
 * Runs in a job of its own after a unit's report is saved: when every unit of the period has been
 * given its report and none is still open, has the cycle told (message
 * {@value PeriodicReportProcess#UNITS_REPORTED_MESSAGE}) to draft the consolidated report.
 *
 * <p>Both counts read committed data and only move one way (units are only added; once all are
 * added, open reports only go down), and this step runs after its own unit's report was committed, so
 * the job of the last report saved always sees both at their end. When many units report at the last
 * moment, several of these steps see it at once; so none of them tells the cycle itself (they would
 * race on the cycle's row, and all but one would fail and be retried): each queues an exclusive job on
 * the cycle ({@link CycleHandler}), and the engine runs a cycle's exclusive jobs one after another: the
 * first moves the cycle on, the others find it no longer waiting and do nothing.
 */
@Component("periodicReportUnitReported")
class UnitReported implements JavaDelegate {

  static final String JOB_TYPE = "ct15-periodic-report-units-reported";

  private static final Logger LOG = LoggerFactory.getLogger(UnitReported.class);

  private final UnitReports reports;

  UnitReported(UnitReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    // the usual case, one query: a report still open is not the last, and its own job comes later
    if (reports.anyOpen(businessKey)) {
      return;
    }
    var runtimeService = execution.getProcessEngineServices().getRuntimeService();
    ProcessInstance cycle = runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY)
        .processInstanceBusinessKey(businessKey).list().stream().findFirst().orElse(null);
    if (cycle == null || !(runtimeService.getVariable(cycle.getId(), PeriodicReportProcess.Var.UNIT_COUNT) instanceof Number expected)) {
      return; // the period was cancelled
    }
    // in this order: only once every unit is assigned can no report be opened any more
    if (reports.assigned(businessKey) < expected.longValue() || reports.anyOpen(businessKey)) {
      return;
    }
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(JOB_TYPE);
    job.setJobHandlerConfigurationRaw(cycle.getId());
    job.setExclusive(true);
    // the cycle's process instance, which makes the job exclusive with its others, but not its execution:
    // a first job on an execution updates the execution's row, and two such jobs queued at once would
    // conflict there
    EngineJobs.onInstance(job, (ExecutionEntity) cycle);
    Context.getCommandContext().getJobManager().send(job);
    LOG.info("Every unit of {} has reported: the cycle is told", businessKey);
  }

  /** Tells the cycle, if it still waits, that every unit has reported; exclusive on the cycle. */
  static class CycleHandler implements JobHandler<CycleHandler.Cycle> {

    /** The cycle's process instance. */
    record Cycle(String processInstanceId) implements JobHandlerConfiguration {
      @Override
      public String toCanonicalString() {
        return processInstanceId;
      }
    }

    @Override
    public String getType() {
      return JOB_TYPE;
    }

    @Override
    public void execute(Cycle cycle, ExecutionEntity none, CommandContext commandContext, String tenantId) {
      // nothing when the cycle no longer waits: told already, or cancelled
      int told = commandContext.getProcessEngineConfiguration().getRuntimeService()
          .createMessageCorrelation(PeriodicReportProcess.UNITS_REPORTED_MESSAGE).processInstanceId(cycle.processInstanceId())
          .correlateAllWithResult().size();
      LOG.info("Cycle {}: {}", cycle.processInstanceId(), told > 0 ? "goes on to the consolidated report" : "already told or cancelled");
    }

    @Override
    public Cycle newConfiguration(String canonicalString) {
      return new Cycle(canonicalString);
    }

    @Override
    public void onDelete(Cycle configuration, JobEntity jobEntity) {
      // nothing to clean up
    }
  }
}
