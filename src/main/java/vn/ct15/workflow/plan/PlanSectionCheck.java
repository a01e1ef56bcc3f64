package vn.ct15.workflow.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.plan.PlanProcess.Var;
import vn.ct15.workflow.process.CommonVariables;

/**
 * «Đã khởi động?»: whether the section of this branch already runs, or ran, for the plan year —
 * started by hand or by its own timer. The answer is local to the branch's execution so parallel
 * branches do not share it.
 */
@Component("planSectionCheck")
class PlanSectionCheck implements JavaDelegate {

  private final PlanCycles cycles;
  private final PlanSections sections;

  PlanSectionCheck(PlanCycles cycles, PlanSections sections) {
    this.cycles = cycles;
    this.sections = sections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String runId = Var.SECTION_RUN.from(execution);
    int year = CommonVariables.YEAR.from(execution);
    execution.setVariableLocal(Var.SECTION_STARTED,
        cycles.started(sections.processKey(runId), sections.run(runId).cycle().apply(year)));
  }
}
