package vn.ct15.workflow.inspection;

import static vn.ct15.workflow.inspection.InspectionProcess.Var;

import java.util.ArrayList;
import java.util.HashMap;
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
 * Summarises the findings at every inspected unit for Phòng Nội vụ's conclusion: first the units
 * that had shortcomings, with what they corrected, then the units without. Runs as its own job
 * (asyncBefore) so that it reads every unit's findings from the history, the last one included. The
 * wording is the template {@code templates/summary/inspection-findings.txt}.
 */
@Component("inspectionSummary")
class FindingsSummary implements JavaDelegate {

  static final String TEMPLATE = "inspection-findings";
  private static final String INDENT = "   ";

  private final OrganisationDirectory directory;
  private final Submissions submissions;
  private final SummaryTemplates summaries;

  FindingsSummary(OrganisationDirectory directory, Submissions submissions, SummaryTemplates summaries) {
    this.summaries = summaries;
    this.directory = directory;
    this.submissions = submissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> units = Var.INSPECTED_UNIT_IDS.from(execution);
    Map<String, Map<String, Object>> findings =
        submissions.byUnit(execution.getProcessInstanceId(), CommonVariables.UNIT_ID.name(), Var.UNIT_FIELDS);
    execution.setVariable(Var.FINDINGS_SUMMARY, summary(CommonVariables.YEAR.fromOrNull(execution), units, findings));
  }

  String summary(Object year, List<String> units, Map<String, Map<String, Object>> findings) {
    List<Map<String, Object>> corrected = new ArrayList<>();
    List<Map<String, Object>> sound = new ArrayList<>();
    for (String unit : units) {
      Map<String, Object> found = findings.getOrDefault(unit, Map.of());
      Map<String, Object> row = new HashMap<>();
      row.put("name", directory.unitName(unit));
      row.put("findings", indented(found.get(Var.FINDINGS)));
      row.put("strengths", indented(found.get(Var.STRENGTHS)));
      boolean hasShortcomings = Boolean.TRUE.equals(found.get(Var.HAS_SHORTCOMINGS));
      Object shortcomings = found.get(Var.SHORTCOMINGS);
      row.put("shortcomings", hasShortcomings || shortcomings != null && !String.valueOf(shortcomings).isBlank()
          ? indented(shortcomings) : null);
      row.put("correction", indented(found.get(Var.CORRECTION_REPORT)));
      (hasShortcomings ? corrected : sound).add(row);
    }
    return summaries.render(TEMPLATE, Map.of("year", String.valueOf(year), "unitCount", units.size(), "corrected", corrected,
        "sound", sound));
  }

  private static String indented(Object value) {
    return SummaryTemplates.indented(value, INDENT + "  ");
  }
}
