package vn.ct15.workflow.periodicreport;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.Unit;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.plan.PlanCycles;
import vn.ct15.workflow.plan.ThePlan;
import vn.ct15.workflow.security.Callers;

/**
 * The period's figures for the Cockpit dashboard ({@code GET /ct15/api/figures?period=2026-H1}):
 * each figure's total and its share by kind of unit, and the totals of every period reported so
 * far (the trend), all read from the history of the units' reports (no copy of the data).
 * Readable by the monitoring units only.
 */
@RestController
class FiguresController {

  /** The trend shows at most this many periods, the latest. */
  static final int TREND_PERIODS = 8;

  private final UnitReports reports;
  private final FiguresWorkbook figures;
  private final Indicators indicators;
  private final OrganisationDirectory directory;
  private final PeriodicReportProperties properties;
  private final HistoryService historyService;
  private final Deadlines deadlines;
  private final Callers callers;
  private final ThePlan plan;

  FiguresController(UnitReports reports, FiguresWorkbook figures, Indicators indicators, OrganisationDirectory directory,
      PeriodicReportProperties properties, HistoryService historyService, Deadlines deadlines, Callers callers, ThePlan plan) {
    this.reports = reports;
    this.figures = figures;
    this.indicators = indicators;
    this.directory = directory;
    this.properties = properties;
    this.historyService = historyService;
    this.deadlines = deadlines;
    this.callers = callers;
    this.plan = plan;
  }

  @GetMapping(path = "/ct15/api/figures", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> figures(@RequestParam(required = false) String period, HttpServletRequest request) {
    Optional<ResponseEntity<Object>> refusal = callers.monitorsOnly(request, "xem số liệu báo cáo định kỳ của "
        + plan.reference(), "Mục II.5, Mục III.3");
    if (refusal.isPresent()) {
      return refusal.get();
    }
    List<ReportPeriod> periods = periods();
    ReportPeriod chosen;
    try {
      chosen = period == null || period.isBlank() ? (periods.isEmpty() ? ReportPeriod.startingOn(deadlines.today(),
          properties.halfYearUntilMonth()) : periods.get(periods.size() - 1)) : ReportPeriod.parse(period);
    } catch (FormFieldValidationException wrong) {
      return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", wrong.getMessage()));
    }
    Map<String, Map<String, Object>> byUnit = reports.read(businessKey(chosen)).sent();
    List<String> units = byUnit.keySet().stream().filter(unit -> directory.find(unit).isPresent()).toList();
    Map<String, Double> totals = figures.totals(units, byUnit);

    Map<UnitKind, List<String>> unitsByKind = new LinkedHashMap<>();
    units.forEach(unit -> unitsByKind.computeIfAbsent(directory.unit(unit).kind(), kind -> new ArrayList<>()).add(unit));
    Map<UnitKind, Map<String, Double>> totalsByKind = new LinkedHashMap<>();
    unitsByKind.forEach((kind, ofKind) -> totalsByKind.put(kind, figures.totals(ofKind, byUnit)));

    List<Map<String, Object>> kinds = new ArrayList<>();
    totalsByKind.keySet().forEach(kind -> kinds.add(Map.of("code", kind.code(), "name", kindName(kind),
        "units", unitsByKind.get(kind).size())));
    List<Map<String, Object>> parts = new ArrayList<>();
    indicators.parts().forEach((part, title) -> {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Indicators.Indicator figure : indicators.all()) {
        if (!figure.part().equals(part)) {
          continue;
        }
        Map<String, Object> byKind = new LinkedHashMap<>();
        totalsByKind.forEach((kind, kindTotals) -> byKind.put(kind.code(), kindTotals.get(figure.key())));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", figure.key());
        row.put("label", figure.label());
        row.put("unit", figure.unit());
        row.put("computed", !figure.entered());
        row.put("total", totals.get(figure.key()));
        row.put("byKind", byKind);
        rows.add(row);
      }
      if (!rows.isEmpty()) {
        parts.add(Map.of("title", title, "figures", rows));
      }
    });

    Map<String, Object> body = new LinkedHashMap<>();
    body.put("period", chosen.code());
    body.put("periodLabel", chosen.label());
    body.put("dataWindow", properties.dataWindow(chosen).label());
    body.put("reported", units.size());
    body.put("kinds", kinds);
    body.put("parts", parts);
    body.put("trend", trend(periods, chosen, byUnit));
    return ResponseEntity.ok(body);
  }

  /** The totals of the latest periods reported so far, oldest first; the chosen period's reports as already read. */
  private Map<String, Object> trend(List<ReportPeriod> periods, ReportPeriod chosen,
      Map<String, Map<String, Object>> chosenByUnit) {
    List<ReportPeriod> shown = periods.subList(Math.max(0, periods.size() - TREND_PERIODS), periods.size());
    List<Map<String, Object>> columns = new ArrayList<>();
    Map<String, List<Double>> values = new LinkedHashMap<>();
    indicators.all().forEach(figure -> values.put(figure.key(), new ArrayList<>()));
    for (ReportPeriod period : shown) {
      Map<String, Map<String, Object>> byUnit = period.equals(chosen) ? chosenByUnit : reports.read(businessKey(period)).sent();
      Map<String, Double> totals = figures.totals(List.copyOf(byUnit.keySet()), byUnit);
      columns.add(Map.of("period", period.code(), "label", period.label()));
      values.forEach((key, list) -> list.add(totals.get(key)));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Indicators.Indicator figure : indicators.all()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("key", figure.key());
      row.put("label", figure.label());
      row.put("unit", figure.unit());
      row.put("values", values.get(figure.key()));
      rows.add(row);
    }
    return Map.of("periods", columns, "figures", rows);
  }

  /** The periods a cycle was opened for, in time order (a year's 6 months before the year). */
  private List<ReportPeriod> periods() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY).list().stream()
        .map(HistoricProcessInstance::getBusinessKey)
        .filter(key -> key != null && key.startsWith(PeriodicReportProcess.KEY + ":"))
        .map(key -> key.substring(PeriodicReportProcess.KEY.length() + 1)).distinct()
        .flatMap(code -> {
          try {
            return java.util.stream.Stream.of(ReportPeriod.parse(code));
          } catch (FormFieldValidationException notAPeriod) {
            return java.util.stream.Stream.empty();
          }
        })
        .sorted(Comparator.comparingInt(ReportPeriod::year).thenComparing(period -> !period.halfYear()))
        .toList();
  }

  private static String businessKey(ReportPeriod period) {
    return PlanCycles.businessKey(PeriodicReportProcess.KEY, period.code());
  }

  /** "Các phường", or the unit's own name for a kind the organisation file does not name (the coordinator). */
  private String kindName(UnitKind kind) {
    String title = KindGroups.title(kind, directory);
    if (title != null) {
      return title;
    }
    return directory.unitsOfKinds(java.util.Set.of(kind)).stream().map(Unit::name).findFirst().orElse(kind.code());
  }
}
