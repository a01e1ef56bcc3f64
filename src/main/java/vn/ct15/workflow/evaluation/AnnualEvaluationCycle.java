package vn.ct15.workflow.evaluation;

import static vn.ct15.workflow.evaluation.AnnualEvaluationProcess.Var;

import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.plan.PlanCycles;
import vn.ct15.workflow.progress.YearFigures;
import vn.ct15.workflow.progress.YearFigures.UnitFigures;

/**
 * Opens a year's evaluation (one per year), sets the due dates and counts, for every unit of the
 * configured kinds in directory order, its duties of the year done on time, done late, overdue and
 * still open, from the engine's history (the progress dashboard's figures). A unit without any duty
 * gets zeros: the decision table says what that means.
 */
@Component("annualEvaluationCycle")
class AnnualEvaluationCycle implements JavaDelegate {

  private final OrganisationDirectory directory;
  private final Deadlines deadlines;
  private final PlanCycles cycles;
  private final YearFigures yearFigures;
  private final AnnualEvaluationProperties properties;

  AnnualEvaluationCycle(OrganisationDirectory directory, Deadlines deadlines, PlanCycles cycles, YearFigures yearFigures,
      AnnualEvaluationProperties properties) {
    this.directory = directory;
    this.deadlines = deadlines;
    this.cycles = cycles;
    this.yearFigures = yearFigures;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = cycles.year(execution.getVariable(Var.YEAR), "Năm đánh giá");
    List<String> units = directory.requireUnitIds(properties.evaluated());
    cycles.open(execution, String.valueOf(year), "năm " + year);

    Object override = execution.getVariable(Var.DEADLINE);
    Date decisionDue = deadlines.dueDate(override, properties.decisionDue(), year);
    execution.setVariable(Var.YEAR, year);
    execution.setVariable(Var.COORDINATOR_UNIT, directory.unitOfKind(UnitKind.COORDINATOR.code()));
    execution.setVariable(Var.REVIEW_DUE_DATE, reviewDue(override, decisionDue, year));
    execution.setVariable(Var.DECISION_DUE_DATE, decisionDue);

    Map<String, UnitFigures> counted = yearFigures.byUnit(year);
    ArrayList<HashMap<String, Object>> figures = new ArrayList<>();
    for (String unit : units) {
      figures.add(figures(counted.getOrDefault(unit, UnitFigures.none(unit))));
    }
    execution.setVariable(Var.UNIT_FIGURES, figures);
  }

  /** One unit's figures, the decision table's inputs. */
  static HashMap<String, Object> figures(UnitFigures unit) {
    HashMap<String, Object> figures = new HashMap<>();
    figures.put(Var.UNIT_ID, unit.unitId());
    figures.put(Var.ON_TIME, unit.onTime());
    figures.put(Var.LATE, unit.late());
    figures.put(Var.OVERDUE, unit.overdue());
    figures.put(Var.OPEN, unit.open());
    figures.put(Var.TOTAL, unit.due());
    figures.put(Var.EXTENDED, unit.extended());
    figures.put(Var.ON_TIME_PERCENT, percent(unit.onTime(), unit.due()));
    return figures;
  }

  /** The share in percent, one decimal; 0 when nothing was due. */
  static double percent(int part, int whole) {
    return whole == 0 ? 0.0 : Math.round(part * 1000.0 / whole) / 10.0;
  }

  /** The configured day, or, when the decision's day was overridden, the same distance before it. */
  private Date reviewDue(Object override, Date decisionDue, int year) {
    if (override == null || override instanceof String text && text.isBlank()) {
      return deadlines.dueDate(null, properties.reviewDue(), year);
    }
    long gap = ChronoUnit.DAYS.between(MonthDay.parse(properties.reviewDue()).atYear(year),
        MonthDay.parse(properties.decisionDue()).atYear(year));
    return Date.from(decisionDue.toInstant().atZone(deadlines.zone()).minusDays(gap).toInstant());
  }
}
