package vn.ct15.workflow.periodicreport;

import static vn.ct15.workflow.periodicreport.PeriodicReportProcess.Var;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.reporting.Submissions;

/**
 * Drafts the district's consolidated report for Phòng Nội vụ (Mục III.2) from the units' reports:
 * for each part of the motto every unit's contribution under its Vietnamese name, in directory
 * order, then the shortcomings, difficulties and proposals. The wording is the template
 * {@code templates/report/periodic-report-draft.txt}. The draft also goes on the instance as a Word
 * document ({@link ConsolidatedReportDocument}).
 */
@Component("periodicReportDraft")
class ConsolidatedReportDraft implements JavaDelegate {

  static final String TEMPLATE = "report/periodic-report-draft.txt";
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  /** Headings of the six parts of the motto, in the plan's words, by variable name. */
  static final Map<String, String> PART_TITLES = titles(Var.PARTS,
      "Dân biết", "Dân bàn", "Dân làm", "Dân kiểm tra", "Dân giám sát", "Dân thụ hưởng");

  private final Submissions submissions;
  private final OrganisationDirectory directory;
  private final SpringTemplateEngine templates;
  private final ConsolidatedReportDocument document;

  ConsolidatedReportDraft(Submissions submissions, OrganisationDirectory directory, SpringTemplateEngine templates,
      ConsolidatedReportDocument document) {
    this.submissions = submissions;
    this.directory = directory;
    this.templates = templates;
    this.document = document;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    List<String> units = (List<String>) execution.getVariable(Var.UNITS);
    Map<String, Map<String, Object>> byUnit = submissions.byUnit(execution.getProcessInstanceId(), Var.UNIT_ID, Var.UNIT_FIELDS);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("organisation", directory.organisation().name());
    model.put("superior", directory.organisation().superior());
    model.put("periodLabel", execution.getVariable(Var.PERIOD_LABEL));
    model.put("halfYear", execution.getVariable(Var.HALF_YEAR));
    model.put("unitCount", units.size());
    model.put("reportedCount", units.stream().filter(byUnit::containsKey).count());
    List<Map<String, Object>> parts = new ArrayList<>();
    PART_TITLES.forEach((field, title) -> parts.add(Map.of("title", title, "entries", entries(units, byUnit, field))));
    model.put("parts", parts);
    model.put("shortcomings", entries(units, byUnit, Var.SHORTCOMINGS));
    model.put("difficulties", entries(units, byUnit, Var.DIFFICULTIES));
    model.put("proposals", entries(units, byUnit, Var.PROPOSALS));
    String text = templates.process(TEMPLATE, new Context(VIETNAMESE, model)).strip();
    execution.setVariable(Var.REPORT_TEXT, text);
    document.attach(execution, null);
  }

  /** Each unit's text for one field, under the unit's name, in directory order; units that wrote nothing are left out. */
  private List<Map<String, String>> entries(List<String> units, Map<String, Map<String, Object>> byUnit, String field) {
    List<Map<String, String>> entries = new ArrayList<>();
    for (String unit : units) {
      Object value = byUnit.getOrDefault(unit, Map.of()).get(field);
      if (value != null && !String.valueOf(value).isBlank()) {
        entries.add(Map.of("unit", directory.unitName(unit), "text", String.valueOf(value).strip()));
      }
    }
    return entries;
  }

  private static Map<String, String> titles(List<String> fields, String... titles) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      map.put(fields.get(i), titles[i]);
    }
    return map;
  }
}
