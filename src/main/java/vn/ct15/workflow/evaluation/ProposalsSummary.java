package vn.ct15.workflow.evaluation;

import static vn.ct15.workflow.evaluation.AnnualEvaluationProcess.Var;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.reporting.Submissions;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.reporting.SummaryTemplates;

/**
 * Writes the readable table of every unit's figures and proposed rating for Phòng Nội vụ's review
 * and the Chairman's decision: the count per rating, then one entry per unit in directory order.
 * Runs as its own job (asyncBefore) so that it reads every unit's proposal from the history. The
 * wording is the template {@code templates/summary/annual-evaluation-proposals.txt}.
 */
@Component("annualEvaluationSummary")
class ProposalsSummary implements JavaDelegate {

  static final List<String> RATINGS = List.of("Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ",
      "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ");
  static final String TEMPLATE = "annual-evaluation-proposals";

  private final OrganisationDirectory directory;
  private final Submissions submissions;
  private final SummaryTemplates summaries;

  ProposalsSummary(OrganisationDirectory directory, Submissions submissions, SummaryTemplates summaries) {
    this.summaries = summaries;
    this.directory = directory;
    this.submissions = submissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Map<String, Object>> figures = Var.UNIT_FIGURES.from(execution);
    Map<String, Map<String, Object>> proposals =
        submissions.byUnit(execution.getProcessInstanceId(), CommonVariables.UNIT_ID.name(), Var.UNIT_FIELDS);
    List<String> units = figures.stream().map(unit -> String.valueOf(unit.get(CommonVariables.UNIT_ID.name()))).toList();
    execution.setVariable(Var.PROPOSALS_SUMMARY, summary(CommonVariables.YEAR.fromOrNull(execution), units, proposals));
  }

  String summary(Object year, List<String> units, Map<String, Map<String, Object>> proposals) {
    Map<String, Integer> perRating = new LinkedHashMap<>();
    RATINGS.forEach(rating -> perRating.put(rating, 0));
    units.forEach(unit -> perRating.merge(String.valueOf(proposals.getOrDefault(unit, Map.of()).get(Var.RATING)), 1, Integer::sum));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String unitId : units) {
      Map<String, Object> unit = proposals.getOrDefault(unitId, Map.of());
      Map<String, Object> row = new HashMap<>();
      row.put("name", directory.unitName(unitId));
      row.put("rating", value(unit.get(Var.RATING)));
      row.put("total", number(unit.get(Var.TOTAL)));
      row.put("onTime", number(unit.get(Var.ON_TIME)));
      row.put("onTimePercent", percent(unit.get(Var.ON_TIME_PERCENT)));
      row.put("late", number(unit.get(Var.LATE)));
      row.put("overdue", number(unit.get(Var.OVERDUE)));
      row.put("open", number(unit.get(Var.OPEN)));
      row.put("extended", unit.get(Var.EXTENDED) instanceof Number count ? count.intValue() : 0);
      row.put("reason", value(unit.get(Var.REASON)));
      rows.add(row);
    }
    return summaries.render(TEMPLATE, Map.of("year", String.valueOf(year), "perRating", perRating.entrySet(), "units", rows));
  }

  private static String value(Object value) {
    return value == null || String.valueOf(value).isBlank() ? "(chưa có)" : String.valueOf(value);
  }

  private static String number(Object value) {
    return value == null ? "0" : String.valueOf(value);
  }

  /** 80.0 as "80", 66.7 as "66,7" (Vietnamese decimal comma). */
  private static String percent(Object value) {
    double share = value instanceof Number number ? number.doubleValue() : 0.0;
    return share == Math.rint(share) ? String.valueOf((long) share) : String.valueOf(share).replace('.', ',');
  }
}
