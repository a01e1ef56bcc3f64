package vn.ct15.workflow.concretization;

import static vn.ct15.workflow.concretization.ConcretizationProcess.Var;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.plan.OpenedYear;
import vn.ct15.workflow.plan.PlanCycles;
import vn.ct15.workflow.process.CommonVariables;

/**
 * Opens a plan year of Mục II.3: names the cycle, lists the implementing units from the directory and
 * sets their due date.
 */
@Component("concretizationCycle")
class ConcretizationCycle implements JavaDelegate {

  private final OrganisationDirectory directory;
  private final PlanCycles cycles;
  private final ConcretizationProperties properties;

  ConcretizationCycle(OrganisationDirectory directory, PlanCycles cycles,
      ConcretizationProperties properties) {
    this.directory = directory;
    this.cycles = cycles;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> units = directory.requireUnitIds(properties.performers());
    // the summary goes to the coordinator: fail now, not when every unit has recorded
    directory.unitOfKind(UnitKind.COORDINATOR.code());
    OpenedYear cycle = cycles.openYear(execution, "Năm kế hoạch");
    CommonVariables.UNITS.on(execution, units);
    CommonVariables.DUE_DATE.on(execution, cycle.due(properties.due()));
    execution.setVariable(Var.SUMMARY_WITHIN, properties.summaryWithin());
  }
}
