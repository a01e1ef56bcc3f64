package vn.ct15.workflow.evaluation;

import static vn.ct15.workflow.evaluation.AnnualEvaluationProcess.Var;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.plan.OpenedYear;
import vn.ct15.workflow.plan.PlanCycles;
import vn.ct15.workflow.progress.YearFigures;
import vn.ct15.workflow.progress.YearFigures.UnitFigures;
import vn.ct15.workflow.process.CommonVariables;

/**
 * Opens a year's evaluation (one per year), sets the due dates and counts, for every unit of the
 * configured kinds in directory order, its duties of the year done on time, done late, overdue and
 * still open, from the engine's history (the progress dashboard's figures). A unit without any duty
 * gets zeros: the decision table says what that means.
 */
@Component("annualEvaluationCycle")
class AnnualEvaluationCycle implements JavaDelegate {

  private final OrganisationDirectory directory;
  private final PlanCycles cycles;
  private final YearFigures yearFigures;
  private final AnnualEvaluationProperties properties;

  AnnualEvaluationCycle(OrganisationDirectory directory, PlanCycles cycles, YearFigures yearFigures,
      AnnualEvaluationProperties properties) {
    this.directory = directory;
    this.cycles = cycles;
    this.yearFigures = yearFigures;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> units = directory.requireUnitIds(properties.evaluated());
    OpenedYear cycle = cycles.openYear(execution, "Năm đánh giá");
    Date decisionDue = cycle.due(properties.decisionDue());
    execution.setVariable(Var.COORDINATOR_UNIT, directory.unitOfKind(UnitKind.COORDINATOR.code()));
    execution.setVariable(Var.REVIEW_DUE_DATE, cycle.dueRelativeTo(decisionDue, properties.decisionDue(), properties.reviewDue()));
    execution.setVariable(Var.DECISION_DUE_DATE, decisionDue);

    Map<String, UnitFigures> counted = yearFigures.byUnit(cycle.year());
    List<Map<String, Object>> figures = new ArrayList<>();
    for (String unit : units) {
      figures.add(figures(counted.getOrDefault(unit, UnitFigures.none(unit))));
    }
    Var.UNIT_FIGURES.on(execution, figures);
  }

  /** One unit's figures, the decision table's inputs. */
  static HashMap<String, Object> figures(UnitFigures unit) {
    HashMap<String, Object> figures = new HashMap<>();
    figures.put(CommonVariables.UNIT_ID.name(), unit.unitId());
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
}
