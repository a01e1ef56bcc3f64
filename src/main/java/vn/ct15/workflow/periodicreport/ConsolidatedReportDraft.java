package vn.ct15.workflow.periodicreport;

import static vn.ct15.workflow.periodicreport.PeriodicReportProcess.Var;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Date;
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
import vn.ct15.workflow.plan.PlanCycles;
import vn.ct15.workflow.plan.ThePlan;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.process.Motto;

/**
 * Drafts the district's consolidated report for Phòng Nội vụ (Mục III.2) as a report rather than a
 * compilation: how many units reported and on time; under each part of the motto the district's
 * figures (totals, how many units did it, the same period last year and the previous period) and how
 * many units reported results; the notable models, a line per unit; the shortcomings, difficulties and
 * proposals, the same one once with the units that raised it. The units' words are quoted in bounded
 * lines ({@link DraftLines}), so the report keeps its length whatever they wrote and however many they
 * are; their full texts go into the annex {@code tapHopBaoCao}, their figures into the spreadsheet
 * {@code bangSoLieu} and the annex table of the Word document. The wording is the template
 * {@code templates/report/periodic-report-draft.txt}.
 */
@Component("periodicReportDraft")
class ConsolidatedReportDraft implements JavaDelegate {

  static final String TEMPLATE = "report/periodic-report-draft.txt";
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  /** Headings of the six parts of the motto, in the plan's words, by variable name. */
  static final Map<String, String> PART_TITLES = titles(Motto.PARTS,
      "Dân biết", "Dân bàn", "Dân làm", "Dân kiểm tra", "Dân giám sát", "Dân thụ hưởng");

  private final UnitReports reports;
  private final OrganisationDirectory directory;
  private final SpringTemplateEngine templates;
  private final ConsolidatedReportDocument document;
  private final PeriodicReportProperties.Draft limits;
  private final ThePlan plan;
  private final FiguresWorkbook figures;
  private final Indicators indicators;

  ConsolidatedReportDraft(UnitReports reports, OrganisationDirectory directory, SpringTemplateEngine templates,
      ConsolidatedReportDocument document, PeriodicReportProperties properties, ThePlan plan, FiguresWorkbook figures,
      Indicators indicators) {
    this.reports = reports;
    this.directory = directory;
    this.templates = templates;
    this.document = document;
    this.limits = properties.draft();
    this.plan = plan;
    this.figures = figures;
    this.indicators = indicators;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> units = CommonVariables.UNITS.from(execution);
    UnitReports.Period reported = reports.read(execution.getProcessBusinessKey());
    Map<String, Map<String, Object>> byUnit = reported.submissions();
    Map<String, Object> model = new LinkedHashMap<>(plan.names());
    model.put("periodLabel", execution.getVariable(Var.PERIOD_LABEL));
    model.put("dataWindow", execution.getVariable(Var.DATA_WINDOW));
    model.put("halfYear", execution.getVariable(Var.HALF_YEAR));
    timeliness(model, document.timeliness(reported.tasks(), units, (Date) execution.getVariable(Var.REPORT_DUE)));

    ReportPeriod period = ReportPeriod.parse(execution.getVariable(Var.PERIOD));
    Map<String, Double> totals = figures.totals(units, byUnit);
    Map<String, Double> lastYear = totalsOf(period.sameLastYear());
    Map<String, Double> previous = totalsOf(period.previous());
    List<Map<String, Object>> parts = new ArrayList<>();
    PART_TITLES.forEach((field, title) -> parts.add(Map.of("title", title,
        "figures", figureLines(field, units, byUnit, totals, lastYear, previous),
        "wrote", quotes(units, byUnit, field).size())));
    indicators.parts().forEach((part, title) -> {
      if (!PART_TITLES.containsKey(part)) {
        List<String> lines = figureLines(part, units, byUnit, totals, lastYear, previous);
        if (!lines.isEmpty()) {
          parts.add(Map.of("title", title, "figures", lines, "wrote", 0));
        }
      }
    });
    model.put("parts", parts);
    model.put("models", DraftLines.byUnit(quotes(units, byUnit, Var.MODELS), limits, "cơ quan, đơn vị khác có mô hình, cách làm hay"));
    model.put("shortcomings", DraftLines.issues(quotes(units, byUnit, Var.SHORTCOMINGS), limits));
    model.put("difficulties", DraftLines.issues(quotes(units, byUnit, Var.DIFFICULTIES), limits));
    model.put("proposals", DraftLines.issues(quotes(units, byUnit, Var.PROPOSALS), limits));
    execution.setVariable(Var.REPORT_TEXT, templates.process(TEMPLATE, new Context(VIETNAMESE, model)).strip());

    document.attach(execution, document.content(execution, null, document.annex(execution, reported)));
    document.attachUnitReports(execution, reported);
    figures.attach(execution, units, byUnit, String.valueOf(execution.getVariable(Var.PERIOD_LABEL)),
        String.valueOf(execution.getVariable(Var.DATA_WINDOW)));
  }

  /** How many units reported, on time or late, and which have not. */
  private void timeliness(Map<String, Object> model, Map<String, UnitReportsDocument.Timeliness> byUnit) {
    UnitReportsDocument.Tally tally = UnitReportsDocument.Tally.of(byUnit.values());
    model.put("unitCount", byUnit.size());
    model.put("reportedCount", tally.onTime() + tally.late());
    model.put("onTime", tally.onTime());
    model.put("late", tally.late());
    model.put("missingCount", tally.missing().size());
    model.put("missing", DraftLines.names(tally.missing(), limits.namesPerLine()));
  }

  /** The totals of an earlier period, from the history; empty if no unit was given a report in it. */
  private Map<String, Double> totalsOf(ReportPeriod earlier) {
    Map<String, Map<String, Object>> byUnit = reports.read(PlanCycles.businessKey(PeriodicReportProcess.KEY, earlier.code()))
        .sent();
    return byUnit.isEmpty() ? Map.of() : figures.totals(List.copyOf(byUnit.keySet()), byUnit);
  }

  /**
   * A part's figures, a line each, with how many units did it and the earlier periods where they were
   * reported: "Nội dung đã công khai để Nhân dân biết: 124 nội dung, 27 cơ quan, đơn vị thực hiện (cùng
   * kỳ năm trước: 98, tăng 26; kỳ trước: 110, tăng 14)".
   */
  private List<String> figureLines(String part, List<String> units, Map<String, Map<String, Object>> byUnit,
      Map<String, Double> totals, Map<String, Double> lastYear, Map<String, Double> previous) {
    List<String> lines = new ArrayList<>();
    for (Indicators.Indicator figure : indicators.all()) {
      if (!figure.part().equals(part)) {
        continue;
      }
      String line = figure.label() + ": " + number(totals.get(figure.key())) + " " + figure.unit();
      if (figure.entered()) {
        long doing = units.stream().filter(unit -> positive(byUnit.getOrDefault(unit, Map.of()).get(figure.key()))).count();
        line += ", " + doing + " cơ quan, đơn vị thực hiện";
      }
      lines.add(line + compared(totals.get(figure.key()), figure.key(), lastYear, previous));
    }
    return lines;
  }

  private static boolean positive(Object value) {
    Long number = FiguresCheck.wholeNumber(value);
    return number != null && number > 0;
  }

  private static String compared(Double now, String key, Map<String, Double> lastYear, Map<String, Double> previous) {
    List<String> earlier = new ArrayList<>();
    if (!lastYear.isEmpty()) {
      earlier.add("cùng kỳ năm trước: " + number(lastYear.get(key)) + change(now, lastYear.get(key)));
    }
    if (!previous.isEmpty()) {
      earlier.add("kỳ trước: " + number(previous.get(key)) + change(now, previous.get(key)));
    }
    return earlier.isEmpty() ? "" : " (" + String.join("; ", earlier) + ")";
  }

  /** ", tăng 26", ", giảm 3", ", không đổi"; nothing when either is missing. */
  private static String change(Double now, Double then) {
    if (now == null || then == null) {
      return "";
    }
    double difference = now - then;
    if (Math.abs(difference) < 0.05) {
      return ", không đổi";
    }
    return (difference > 0 ? ", tăng " : ", giảm ") + number(Math.abs(difference));
  }

  /** "1.234" or "87,5", as Vietnamese texts write numbers; "—" for a ratio of nothing. */
  static String number(Double value) {
    if (value == null) {
      return "—";
    }
    return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(VIETNAMESE)).format(value);
  }

  /** What each unit wrote in one field, under the unit's name, in directory order; units that wrote nothing are left out. */
  private List<DraftLines.Quote> quotes(List<String> units, Map<String, Map<String, Object>> byUnit, String field) {
    List<DraftLines.Quote> quotes = new ArrayList<>();
    for (String unit : units) {
      Object value = byUnit.getOrDefault(unit, Map.of()).get(field);
      if (value != null && !String.valueOf(value).isBlank()) {
        quotes.add(new DraftLines.Quote(directory.unitName(unit), String.valueOf(value).strip()));
      }
    }
    return quotes;
  }

  private static Map<String, String> titles(List<String> fields, String... titles) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      map.put(fields.get(i), titles[i]);
    }
    return map;
  }
}
