package vn.ct15.workflow.wardplan;

import static vn.ct15.workflow.wardplan.WardPlanProcess.Var;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.plan.OpenedYear;
import vn.ct15.workflow.plan.PlanCycles;
import vn.ct15.workflow.process.CommonVariables;

/** Opens a plan year: names the cycle, lists the wards from the directory and sets the due date. */
@Component("wardPlanCycle")
class WardPlanCycle implements JavaDelegate {

  private final OrganisationDirectory directory;
  private final PlanCycles cycles;
  private final WardPlanProperties properties;

  WardPlanCycle(OrganisationDirectory directory, PlanCycles cycles, WardPlanProperties properties) {
    this.directory = directory;
    this.cycles = cycles;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> wards = directory.requireUnitIds(properties.performers());
    OpenedYear cycle = cycles.openYear(execution, "Năm kế hoạch");
    execution.setVariable(Var.WARDS, wards);
    CommonVariables.DUE_DATE.on(execution, cycle.due(properties.due()));
  }

}
