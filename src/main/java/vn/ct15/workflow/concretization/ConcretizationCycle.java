package vn.ct15.workflow.concretization;

import static vn.ct15.workflow.concretization.ConcretizationProcess.Var;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.plan.PlanCycles;

/**
 * Opens a plan year of Mục II.3: names the cycle, lists the implementing units from the directory and
 * sets their due date.
 */
@Component("concretizationCycle")
class ConcretizationCycle implements JavaDelegate {

  private final OrganisationDirectory directory;
  private final Deadlines deadlines;
  private final PlanCycles cycles;
  private final ConcretizationProperties properties;

  ConcretizationCycle(OrganisationDirectory directory, Deadlines deadlines, PlanCycles cycles,
      ConcretizationProperties properties) {
    this.directory = directory;
    this.deadlines = deadlines;
    this.cycles = cycles;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = cycles.year(execution.getVariable(Var.YEAR), "Năm kế hoạch");
    List<String> units = directory.requireUnitIds(properties.performers());
    // the summary goes to the coordinator: fail now, not when every unit has recorded
    directory.unitOfKind(UnitKind.COORDINATOR.code());
    cycles.open(execution, String.valueOf(year), "năm " + year);
    execution.setVariable(Var.YEAR, year);
    execution.setVariable(Var.UNITS, units);
    execution.setVariable(Var.DUE_DATE, deadlines.dueDate(execution.getVariable(Var.DEADLINE), properties.due(), year));
    execution.setVariable(Var.SUMMARY_WITHIN, properties.summaryWithin());
  }
}
