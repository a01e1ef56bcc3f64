package vn.ct15.workflow.plan;

import static vn.ct15.workflow.plan.PlanProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.CommonVariables;

/**
 * «Đã khởi động?»: whether the section of this branch (known by the check task's id) already runs, or
 * ran, for the plan year — started by hand or by its own timer. The answer is local to the branch's
 * execution so parallel branches do not share it.
 */
@Component("planSectionCheck")
class PlanSectionCheck implements JavaDelegate {

  private final PlanCycles cycles;

  PlanSectionCheck(PlanCycles cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanSection section = PlanSection.byCheckTask(execution.getCurrentActivityId());
    int year = cycles.year(CommonVariables.YEAR.fromOrNull(execution));
    execution.setVariableLocal(Var.SECTION_STARTED, cycles.started(section.processKey(), section.cycle(year)));
  }
}
