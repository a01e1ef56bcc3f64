package vn.ct15.workflow.unitplan;

import static vn.ct15.workflow.unitplan.UnitPlanProcess.Var;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.plan.OpenedYear;
import vn.ct15.workflow.plan.PlanCycles;
import vn.ct15.workflow.process.CommonVariables;

/**
 * Opens a plan year of Mục II.4.a: names the cycle, lists the units from the directory, checks each
 * has a head to approve its plan, and sets the plans' and the reports' due dates.
 */
@Component("unitPlanCycle")
class UnitPlanCycle implements JavaDelegate {

  private final OrganisationDirectory directory;
  private final PlanCycles cycles;
  private final UnitPlanProperties properties;

  UnitPlanCycle(OrganisationDirectory directory, PlanCycles cycles, UnitPlanProperties properties) {
    this.directory = directory;
    this.cycles = cycles;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> units = directory.requireUnitIds(properties.performers());
    OpenedYear cycle = cycles.openYear(execution, "Năm kế hoạch");
    Date due = cycle.due(properties.due());
    CommonVariables.UNITS.on(execution, units);
    CommonVariables.DUE_DATE.on(execution, due);
    execution.setVariable(Var.REPORT_DUE_DATE, cycle.fixedDay(properties.reportDue(), due));
  }
}
