package vn.ct15.workflow.legalreview;

import static vn.ct15.workflow.legalreview.LegalReviewProcess.Var;

import java.util.Date;
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
 * Opens a review year: names the cycle, finds the lead unit (by role), the approving leadership and
 * the coordinating units (by kind, without the lead unit) in the directory, and sets the due dates.
 * A {@code deadline} given at the start moves the overall deadline, and the units' proposals keep
 * the configured lead time before it.
 */
@Component("legalReviewCycle")
class LegalReviewCycle implements JavaDelegate {

  private final OrganisationDirectory directory;
  private final PlanCycles cycles;
  private final LegalReviewProperties properties;

  LegalReviewCycle(OrganisationDirectory directory, PlanCycles cycles, LegalReviewProperties properties) {
    this.directory = directory;
    this.cycles = cycles;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String lead = directory.unitWithRole(properties.leadRole());
    List<String> contributors = directory.unitIds(properties.contributors()).stream()
        .filter(unit -> !unit.equals(lead)).toList();
    if (contributors.isEmpty()) {
      throw new IllegalStateException("Danh bạ tổ chức không có cơ quan phối hợp nào thuộc loại '"
          + properties.contributors() + "'.");
    }
    OpenedYear cycle = cycles.openYear(execution, "Năm rà soát");
    Date due = cycle.due(properties.due());
    execution.setVariable(Var.LEAD_UNIT, lead);
    execution.setVariable(Var.LEADERSHIP_UNIT, directory.unitOfKind(UnitKind.LEADERSHIP.code()));
    Var.CONTRIBUTORS.on(execution, contributors);
    CommonVariables.DUE_DATE.on(execution, due);
    execution.setVariable(Var.CONTRIBUTION_DUE_DATE, cycle.dueRelativeTo(due, properties.due(), properties.contributionsDue()));
  }

}
