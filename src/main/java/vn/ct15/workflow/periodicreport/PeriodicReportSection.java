package vn.ct15.workflow.periodicreport;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.periodicreport.PeriodicReportProcess.Element;
import vn.ct15.workflow.plan.Duty;
import vn.ct15.workflow.plan.PlanSection;

/**
 * Mục III.1–III.2 of the plan as a section: the units' 6-month and yearly reports, two runs in a plan
 * year, each opening its period ({@code <year>-H1}, {@code <year>}).
 */
@Component("periodicReportSection")
@Order(40)
public class PeriodicReportSection implements PlanSection {

  /** The cycle suffix of the 6-month period: the business key {@code ct15-periodic-report:<year>-H1}. */
  static final String HALF_YEAR = "H1";

  private final PeriodicReportProperties properties;

  PeriodicReportSection(PeriodicReportProperties properties) {
    this.properties = properties;
  }

  @Override
  public String processKey() {
    return PeriodicReportProcess.KEY;
  }

  @Override
  public String starters() {
    return properties.starters();
  }

  @Override
  public List<Run> runs() {
    return List.of(
        new Run("half-year-report", MonthDay.parse(properties.halfYearStartDay()), year -> year + "-" + HALF_YEAR,
            year -> Map.of(PeriodicReportProcess.Var.PERIOD, year + "-" + HALF_YEAR)),
        new Run("year-report", MonthDay.parse(properties.yearStartDay()), String::valueOf,
            year -> Map.of(PeriodicReportProcess.Var.PERIOD, String.valueOf(year))));
  }

  @Override
  public List<Duty> duties() {
    List<Duty> duties = new ArrayList<>(Duty.of(PeriodicReportProcess.KEY, HALF_YEAR, properties.halfYearDuties(),
        "ct15.periodic-report.half-year-duties", PeriodicReportUnitProcess.Element.SUBMIT_REPORT, Element.CONSOLIDATE,
        Element.APPROVE));
    duties.addAll(Duty.of(PeriodicReportProcess.KEY, null, properties.yearDuties(), "ct15.periodic-report.year-duties",
        PeriodicReportUnitProcess.Element.SUBMIT_REPORT, Element.CONSOLIDATE, Element.APPROVE));
    return duties;
  }

  /** When the process starts by itself (both start days in one cron), for its timer start event. */
  public String getSchedule() {
    return properties.schedule();
  }
}
