package vn.ct15.workflow.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.plan.PlanProcess.Var;

/**
 * Opens a plan year: names the cycle {@code ct15-plan:<year>} (refusing a second start of the same
 * year) and lists the runs of the sections, one branch of the plan each.
 */
@Component("planCycle")
class PlanCycle implements JavaDelegate {

  private final PlanCycles cycles;
  private final PlanSections sections;

  PlanCycle(PlanCycles cycles, PlanSections sections) {
    this.cycles = cycles;
    this.sections = sections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cycles.openYear(execution, "Năm kế hoạch");
    Var.SECTION_RUNS.on(execution, sections.runIds());
  }
}
