package vn.ct15.workflow.unitplan;

import static vn.ct15.workflow.unitplan.UnitPlanProcess.Var;

import java.time.MonthDay;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.plan.PlanCycles;

/**
 * Opens a plan year of Mục II.4.a: names the cycle, lists the units from the directory, checks each
 * has a head to approve its plan, and sets the plans' and the reports' due dates.
 */
@Component("unitPlanCycle")
class UnitPlanCycle implements JavaDelegate {

  private final OrganisationDirectory directory;
  private final Deadlines deadlines;
  private final PlanCycles cycles;
  private final UnitPlanProperties properties;

  UnitPlanCycle(OrganisationDirectory directory, Deadlines deadlines, PlanCycles cycles, UnitPlanProperties properties) {
    this.directory = directory;
    this.deadlines = deadlines;
    this.cycles = cycles;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = cycles.year(execution.getVariable(Var.YEAR), "Năm kế hoạch");
    List<String> units = directory.requireUnitIds(properties.performers());
    cycles.open(execution, String.valueOf(year), "năm " + year);
    Date due = deadlines.dueDate(execution.getVariable(Var.DEADLINE), properties.due(), year);
    Date reportDue = deadlines.endOfDay(MonthDay.parse(properties.reportDue()).atYear(year));
    execution.setVariable(Var.YEAR, year);
    execution.setVariable(Var.UNITS, units);
    execution.setVariable(Var.DUE_DATE, due);
    execution.setVariable(Var.REPORT_DUE_DATE, reportDue.before(due) ? due : reportDue);
  }
}
