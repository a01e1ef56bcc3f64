package vn.ct15.workflow.plan;

import static vn.ct15.workflow.plan.PlanProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens a plan year: names the cycle {@code ct15-plan:<year>} (refusing a second start of the same
 * year) and sets the reporting periods the periodic-report branches pass on.
 */
@Component("planCycle")
class PlanCycle implements JavaDelegate {

  private final PlanCycles cycles;

  PlanCycle(PlanCycles cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = cycles.openYear(execution, "Năm kế hoạch").year();
    execution.setVariable(Var.HALF_YEAR_PERIOD, PlanSection.HALF_YEAR_REPORT.cycle(year));
    execution.setVariable(Var.YEAR_PERIOD, PlanSection.YEAR_REPORT.cycle(year));
  }
}
