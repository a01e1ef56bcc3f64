package vn.ct15.workflow.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.plan.PlanProcess.Var;
import vn.ct15.workflow.process.CommonVariables;

/**
 * What a branch of {@code ct15-plan} gives the section's process it calls: the run's start variables
 * for the plan year (the year, or the reporting period), and nothing back.
 */
@Component("planSectionStart")
class PlanSectionStart implements DelegateVariableMapping {

  private final PlanSections sections;

  PlanSectionStart(PlanSections sections) {
    this.sections = sections;
  }

  @Override
  public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
    String runId = Var.SECTION_RUN.from(superExecution);
    subVariables.putAll(sections.run(runId).startVariables().apply(CommonVariables.YEAR.from(superExecution)));
  }

  @Override
  public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
    // the section's results stay in its own instance
  }
}
