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
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.process.Motto;
import vn.ct15.workflow.plan.PlanCycles;
import vn.ct15.workflow.plan.ThePlan;

/**
 * Drafts the district's consolidated report for Phòng Nội vụ (Mục III.2) from the units' reports:
 * for each part of the motto every unit's contribution under its Vietnamese name, in directory
 * order, then the shortcomings, difficulties and proposals. The wording is the template
 * {@code templates/report/periodic-report-draft.txt}. The draft also goes on the instance as a Word
 * document ({@link ConsolidatedReportDocument}), which carries every unit's submission in full.
 *
 * <p>An organisation of thousands of units writes millions of characters, more than the
 * consolidation form takes (200,000) and more than anyone edits in a text area: when the full draft
 * is longer than {@code ct15.periodic-report.draft-detail-limit}, the draft is a summary instead
 * ({@code templates/report/periodic-report-summary.txt}): how many units reported under each part,
 * with a pointer to the Word document, where each unit's text stands under its name.
 */
@Component("periodicReportDraft")
class ConsolidatedReportDraft implements JavaDelegate {

  static final String TEMPLATE = "report/periodic-report-draft.txt";
  static final String SUMMARY_TEMPLATE = "report/periodic-report-summary.txt";
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  /** Headings of the six parts of the motto, in the plan's words, by variable name. */
  static final Map<String, String> PART_TITLES = titles(Motto.PARTS,
      "Dân biết", "Dân bàn", "Dân làm", "Dân kiểm tra", "Dân giám sát", "Dân thụ hưởng");

  private final UnitReports reports;
  private final OrganisationDirectory directory;
  private final SpringTemplateEngine templates;
  private final ConsolidatedReportDocument document;
  private final int detailLimit;
  private final ThePlan plan;

  private final FiguresWorkbook figures;
  private final Indicators indicators;

  ConsolidatedReportDraft(UnitReports reports, OrganisationDirectory directory, SpringTemplateEngine templates,
      ConsolidatedReportDocument document, PeriodicReportProperties properties, ThePlan plan, FiguresWorkbook figures,
      Indicators indicators) {
    this.plan = plan;
    this.figures = figures;
    this.indicators = indicators;
    this.reports = reports;
    this.directory = directory;
    this.templates = templates;
    this.document = document;
    this.detailLimit = properties.draftDetailLimit();
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> units = CommonVariables.UNITS.from(execution);
    Map<String, Map<String, Object>> byUnit = reports.read(execution.getProcessBusinessKey()).submissions();
    Map<String, Object> model = new LinkedHashMap<>(plan.names());
    model.put("organisation", directory.organisation().name());
    model.put("superior", directory.organisation().superior().name());
    model.put("periodLabel", execution.getVariable(Var.PERIOD_LABEL));
    model.put("dataWindow", execution.getVariable(Var.DATA_WINDOW));
    model.put("halfYear", execution.getVariable(Var.HALF_YEAR));
    model.put("unitCount", units.size());
    model.put("reportedCount", units.stream().filter(byUnit::containsKey).count());
    List<Map<String, Object>> parts = new ArrayList<>();
    PART_TITLES.forEach((field, title) -> parts.add(Map.of("title", title, "entries", entries(units, byUnit, field))));
    model.put("parts", parts);
    model.put("shortcomings", entries(units, byUnit, Var.SHORTCOMINGS));
    model.put("difficulties", entries(units, byUnit, Var.DIFFICULTIES));
    model.put("proposals", entries(units, byUnit, Var.PROPOSALS));
    ReportPeriod period = ReportPeriod.parse(execution.getVariable(Var.PERIOD));
    model.put("figures", figureLines(figures.totals(units, byUnit), totalsOf(period.sameLastYear()), totalsOf(period.previous())));
    String text = templates.process(TEMPLATE, new Context(VIETNAMESE, model)).strip();
    if (text.length() > detailLimit) {
      text = summary(model);
    }
    execution.setVariable(Var.REPORT_TEXT, text);
    document.attach(execution, document.content(execution, null));
    figures.attach(execution, units, byUnit, String.valueOf(execution.getVariable(Var.PERIOD_LABEL)),
        String.valueOf(execution.getVariable(Var.DATA_WINDOW)));
  }

  /** The same headings with the number of units that wrote under each, the texts being in the Word document. */
  @SuppressWarnings("unchecked")
  private String summary(Map<String, Object> model) {
    Map<String, Object> counts = new LinkedHashMap<>(model);
    List<Map<String, Object>> parts = new ArrayList<>();
    for (Map<String, Object> part : (List<Map<String, Object>>) model.get("parts")) {
      parts.add(Map.of("title", part.get("title"), "count", ((List<?>) part.get("entries")).size()));
    }
    counts.put("parts", parts);
    for (String field : List.of("shortcomings", "difficulties", "proposals")) {
      counts.put(field, ((List<?>) model.get(field)).size());
    }
    return templates.process(SUMMARY_TEMPLATE, new Context(VIETNAMESE, counts)).strip();
  }

  /** The totals of an earlier period, from the history; empty if no unit was given a report in it. */
  private Map<String, Double> totalsOf(ReportPeriod earlier) {
    Map<String, Map<String, Object>> byUnit = reports.read(PlanCycles.businessKey(PeriodicReportProcess.KEY, earlier.code()))
        .submissions();
    return byUnit.isEmpty() ? Map.of() : figures.totals(List.copyOf(byUnit.keySet()), byUnit);
  }

  /**
   * The period's totals, part by part, with those of the same period last year and of the previous
   * period where they were reported: "Nội dung đã công khai để Nhân dân biết: 124 nội dung (cùng kỳ
   * năm trước: 98; kỳ trước: 110)".
   */
  private List<Map<String, Object>> figureLines(Map<String, Double> totals, Map<String, Double> lastYear,
      Map<String, Double> previous) {
    List<Map<String, Object>> parts = new ArrayList<>();
    indicators.parts().forEach((part, title) -> {
      List<String> lines = indicators.all().stream().filter(figure -> figure.part().equals(part))
          .map(figure -> figure.label() + ": " + number(totals.get(figure.key())) + " " + figure.unit()
              + compared(figure.key(), lastYear, previous)).toList();
      if (!lines.isEmpty()) {
        parts.add(Map.of("title", title, "lines", lines));
      }
    });
    return parts;
  }

  private static String compared(String key, Map<String, Double> lastYear, Map<String, Double> previous) {
    List<String> earlier = new ArrayList<>();
    if (!lastYear.isEmpty()) {
      earlier.add("cùng kỳ năm trước: " + number(lastYear.get(key)));
    }
    if (!previous.isEmpty()) {
      earlier.add("kỳ trước: " + number(previous.get(key)));
    }
    return earlier.isEmpty() ? "" : " (" + String.join("; ", earlier) + ")";
  }

  /** "1.234" or "87,5", as Vietnamese texts write numbers; "—" for a ratio of nothing. */
  static String number(Double value) {
    if (value == null) {
      return "—";
    }
    java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.#", java.text.DecimalFormatSymbols.getInstance(VIETNAMESE));
    return format.format(value);
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
