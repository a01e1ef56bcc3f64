package vn.ct15.workflow.wardplan;

import static vn.ct15.workflow.wardplan.WardPlanProcess.Var;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.plan.PlanCycles;

/** Opens a plan year: names the cycle, lists the wards from the directory and sets the due date. */
@Component("wardPlanCycle")
class WardPlanCycle implements JavaDelegate {

  private final OrganisationDirectory directory;
  private final Deadlines deadlines;
  private final PlanCycles cycles;
  private final WardPlanProperties properties;

  WardPlanCycle(OrganisationDirectory directory, Deadlines deadlines, PlanCycles cycles, WardPlanProperties properties) {
    this.directory = directory;
    this.deadlines = deadlines;
    this.cycles = cycles;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = cycles.year(execution.getVariable(Var.YEAR), "Năm kế hoạch");
    List<String> wards = directory.requireUnitIds(properties.performers());
    cycles.open(execution, String.valueOf(year), "năm " + year);
    execution.setVariable(Var.YEAR, year);
    execution.setVariable(Var.WARDS, wards);
    execution.setVariable(Var.DUE_DATE, deadlines.dueDate(execution.getVariable(Var.DEADLINE), properties.due(), year));
  }

}
