package vn.ct15.workflow.periodicreport;

import static vn.ct15.workflow.periodicreport.PeriodicReportProcess.Var;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.plan.PlanCycles;
import vn.ct15.workflow.process.CommonVariables;

/**
 * Opens a reporting period: takes the period given at a manual start, or the one the engine date
 * opens (timer start), names it in the business key, lists the implementing units from the
 * directory and sets the due dates. The next step ({@link UnitAssignment}) gives each unit its report.
 */
@Component("periodicReportCycle")
class PeriodicReportCycle implements JavaDelegate {

  private final OrganisationDirectory directory;
  private final Deadlines deadlines;
  private final PlanCycles cycles;
  private final PeriodicReportProperties properties;

  PeriodicReportCycle(OrganisationDirectory directory, Deadlines deadlines, PlanCycles cycles,
      PeriodicReportProperties properties) {
    this.directory = directory;
    this.deadlines = deadlines;
    this.cycles = cycles;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object given = execution.getVariable(Var.PERIOD);
    ReportPeriod period = given == null || String.valueOf(given).isBlank()
        ? ReportPeriod.startingOn(deadlines.today(), properties.halfYearUntilMonth())
        : ReportPeriod.parse(given);
    List<String> units = directory.requireUnitIds(properties.performers());
    cycles.open(execution, period.code(), period.label());

    Object override = CommonVariables.DEADLINE.fromOrNull(execution);
    Date reportDue = deadlines.dueDate(override, properties.reportDue(period), period.year());
    Date consolidationDue = deadlines.dueRelativeTo(override, reportDue, properties.reportDue(period),
        properties.consolidationDue(period), period.year());
    Date approvalDue = deadlines.dueRelativeTo(override, consolidationDue, properties.consolidationDue(period),
        properties.approvalDue(period), period.year());

    execution.setVariable(Var.PERIOD, period.code());
    execution.setVariable(Var.PERIOD_LABEL, period.label());
    execution.setVariable(Var.DATA_WINDOW, properties.dataWindow(period).label());
    CommonVariables.YEAR.on(execution, period.year());
    execution.setVariable(Var.HALF_YEAR, period.halfYear());
    CommonVariables.UNITS.on(execution, units);
    execution.setVariable(Var.UNIT_COUNT, units.size());
    execution.setVariable(Var.REPORT_DUE, reportDue);
    execution.setVariable(Var.CONSOLIDATION_DUE, consolidationDue);
    execution.setVariable(Var.APPROVAL_DUE, approvalDue);
  }
}
