package vn.ct15.workflow.periodicreport;

import static vn.ct15.workflow.periodicreport.PeriodicReportProcess.Var;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.process.EngineJobs;
import vn.ct15.workflow.process.CommonVariables;

/**
 * Gives every implementing unit of the period its report: one {@link PeriodicReportUnitProcess}
 * instance per unit, with the cycle's business key. The units are started by jobs of
 * {@code ct15.periodic-report.assignment-batch-size} units each, queued in the transaction that
 * opens the period and run side by side on the job executor: the cycle is ready for thousands of
 * units in seconds, no transaction holds them all, and a failed batch is retried alone.
 */
@Component("periodicReportAssignment")
class UnitAssignment implements JavaDelegate {

  static final String JOB_TYPE = "ct15-periodic-report-assign";

  private final int batchSize;

  UnitAssignment(PeriodicReportProperties properties) {
    this.batchSize = Math.max(1, properties.assignmentBatchSize());
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> units = CommonVariables.UNITS.from(execution);
    for (int from = 0; from < units.size(); from += batchSize) {
      MessageEntity job = new MessageEntity();
      job.setJobHandlerType(JOB_TYPE);
      job.setJobHandlerConfigurationRaw(new Batch(from, Math.min(from + batchSize, units.size())).toCanonicalString());
      // batches only read the cycle's variables, so they need not wait for one another
      job.setExclusive(false);
      EngineJobs.on(job, (ExecutionEntity) execution);
      Context.getCommandContext().getJobManager().send(job);
    }
  }

  /** The units {@code units[from, to)} of the cycle's list. */
  record Batch(int from, int to) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return from + ":" + to;
    }

    static Batch parse(String canonical) {
      String[] parts = canonical.split(":");
      return new Batch(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }
  }

  /** Starts the report process of each unit of one batch, in the job's transaction. */
  static class BatchHandler implements JobHandler<Batch> {

    private final OrganisationDirectory directory;

    BatchHandler(OrganisationDirectory directory) {
      this.directory = directory;
    }

    @Override
    public String getType() {
      return JOB_TYPE;
    }

    @Override
    public void execute(Batch batch, ExecutionEntity cycle, CommandContext commandContext, String tenantId) {
      List<String> units = CommonVariables.UNITS.from(cycle);
      // what the unit's task shows (its name and due date): transient, as the task keeps both and the cycle
      // holds the period's facts, so thousands of units do not store and historise copies of them; the
      // period's code is in the business key
      String periodLabel = (String) cycle.getVariable(Var.PERIOD_LABEL);
      // kept: the unit's form states the days its figures cover and shows the figures of its kind
      String dataWindow = (String) cycle.getVariable(Var.DATA_WINDOW);
      Date reportDue = (Date) cycle.getVariable(Var.REPORT_DUE);
      var engine = commandContext.getProcessEngineConfiguration();
      // the latest version, looked up once for the batch rather than once for each unit's start
      String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(PeriodicReportUnitProcess.KEY).latestVersion().withoutTenantId().singleResult().getId();
      for (String unit : units.subList(batch.from(), Math.min(batch.to(), units.size()))) {
        VariableMap variables = Variables.createVariables()
            .putValueTyped(PeriodicReportUnitProcess.Var.PERIOD_LABEL, Variables.stringValue(periodLabel, true))
            .putValueTyped(PeriodicReportUnitProcess.Var.REPORT_DUE, Variables.dateValue(reportDue, true))
            .putValue(PeriodicReportUnitProcess.Var.DATA_WINDOW, dataWindow)
            .putValue(PeriodicReportUnitProcess.Var.UNIT_KIND, directory.unit(unit).kind().code())
            .putValue(CommonVariables.UNIT_ID.name(), unit);
        engine.getRuntimeService().createProcessInstanceById(definitionId)
            .businessKey(cycle.getProcessBusinessKey()).setVariables(variables).execute();
      }
    }

    @Override
    public Batch newConfiguration(String canonicalString) {
      return Batch.parse(canonicalString);
    }

    @Override
    public void onDelete(Batch configuration, JobEntity jobEntity) {
      // nothing to clean up
    }
  }
}
