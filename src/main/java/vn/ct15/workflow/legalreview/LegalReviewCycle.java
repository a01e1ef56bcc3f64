package vn.ct15.workflow.legalreview;

import static vn.ct15.workflow.legalreview.LegalReviewProcess.Var;

import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.plan.PlanCycles;

/**
 * Opens a review year: names the cycle, finds the lead unit (by role), the approving leadership and
 * the coordinating units (by kind, without the lead unit) in the directory, and sets the due dates.
 * A {@code deadline} given at the start moves the overall deadline, and the units' proposals keep
 * the configured lead time before it.
 */
@Component("legalReviewCycle")
class LegalReviewCycle implements JavaDelegate {

  private final OrganisationDirectory directory;
  private final Deadlines deadlines;
  private final PlanCycles cycles;
  private final LegalReviewProperties properties;

  LegalReviewCycle(OrganisationDirectory directory, Deadlines deadlines, PlanCycles cycles, LegalReviewProperties properties) {
    this.directory = directory;
    this.deadlines = deadlines;
    this.cycles = cycles;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = cycles.year(execution.getVariable(Var.YEAR), "Năm rà soát");
    String lead = directory.unitWithRole(properties.leadRole());
    List<String> contributors = directory.unitIds(properties.contributors()).stream()
        .filter(unit -> !unit.equals(lead)).toList();
    if (contributors.isEmpty()) {
      throw new IllegalStateException("Danh bạ tổ chức không có cơ quan phối hợp nào thuộc loại '"
          + properties.contributors() + "'.");
    }
    cycles.open(execution, String.valueOf(year), "năm " + year);
    Object override = execution.getVariable(Var.DEADLINE);
    Date due = deadlines.dueDate(override, properties.due(), year);
    execution.setVariable(Var.YEAR, year);
    execution.setVariable(Var.LEAD_UNIT, lead);
    execution.setVariable(Var.LEADERSHIP_UNIT, directory.unitOfKind(UnitKind.LEADERSHIP.code()));
    execution.setVariable(Var.CONTRIBUTORS, contributors);
    execution.setVariable(Var.DUE_DATE, due);
    execution.setVariable(Var.CONTRIBUTION_DUE_DATE, contributionDueDate(override, due, year));
  }

  /** The configured day, or, when the overall deadline was overridden, the same lead time before it. */
  private Date contributionDueDate(Object override, Date due, int year) {
    if (override == null || override instanceof String text && text.isBlank()) {
      return deadlines.dueDate(null, properties.contributionsDue(), year);
    }
    long leadDays = ChronoUnit.DAYS.between(MonthDay.parse(properties.contributionsDue()).atYear(year),
        MonthDay.parse(properties.due()).atYear(year));
    return Date.from(due.toInstant().atZone(deadlines.zone()).minusDays(leadDays).toInstant());
  }

}
