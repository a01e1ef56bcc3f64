package vn.ct15.workflow.periodicreport;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mục III.1–III.2: who reports, when each step is due, and where the approved report goes.
 * Days are ISO month-days of the period's year; the start variable {@code deadline} moves the
 * units' day for one instance, and the later steps keep their configured distance from it.
 *
 * @param performers the unit kinds that report (comma separated)
 * @param halfYearUntilMonth a start in months 1..this (by the engine clock) opens the 6-month period
 *     {@code <year>-H1}; a later start opens the yearly period {@code <year>}
 * @param halfYearReportDue the units' 6-month reports are due
 * @param halfYearConsolidationDue Phòng Nội vụ's consolidated 6-month report is due
 * @param halfYearApprovalDue UBND quận approves the 6-month report by
 * @param yearReportDue the units' yearly reports are due
 * @param yearConsolidationDue Phòng Nội vụ's consolidated yearly report is due
 * @param yearApprovalDue UBND quận approves the yearly report by
 * @param dataFrom the first day of a period's figures, in the year before the period's (Nghị định
 *     09/2019/NĐ-CP, Điều 12: 15 December)
 * @param halfYearDataTo the last day of the 6-month period's figures (14 June)
 * @param yearDataTo the last day of the yearly period's figures (14 December)
 * @param draft how much of the units' words the drafted report quotes, so that it keeps its length
 *     whatever they wrote and however many they are
 * @param assignmentBatchSize how many units' report processes one job starts when a period opens: the
 *     jobs run side by side on the job executor, each in a transaction of its own
 * @param halfYearStartDay the day ct15-plan starts the 6-month report (period {@code <year>-H1})
 * @param yearStartDay the day ct15-plan starts the yearly report (period {@code <year>})
 * @param schedule when the process starts by itself (Quartz cron, engine time): its timer start event
 * @param starters who may start it by hand from Tasklist: unit kinds and role:&lt;role&gt;, comma separated
 * @param halfYearDuties the dashboard's headings of the 6-month report's duties, by task id
 * @param yearDuties the dashboard's headings of the yearly report's duties, by task id
 */
@ConfigurationProperties("ct15.periodic-report")
record PeriodicReportProperties(
    String performers,
    int halfYearUntilMonth,
    String halfYearReportDue,
    String halfYearConsolidationDue,
    String halfYearApprovalDue,
    String yearReportDue,
    String yearConsolidationDue,
    String yearApprovalDue,
    String dataFrom,
    String halfYearDataTo,
    String yearDataTo,
    Draft draft,
    int assignmentBatchSize,
    String halfYearStartDay,
    String yearStartDay,
    String schedule,
    String starters,
    Map<String, String> halfYearDuties,
    Map<String, String> yearDuties) {

  String reportDue(ReportPeriod period) {
    return period.halfYear() ? halfYearReportDue : yearReportDue;
  }

  String consolidationDue(ReportPeriod period) {
    return period.halfYear() ? halfYearConsolidationDue : yearConsolidationDue;
  }

  /** The days the period's figures cover: "từ ngày 15/12/2025 đến ngày 14/6/2026". */
  DataWindow dataWindow(ReportPeriod period) {
    return new DataWindow(MonthDay.parse(dataFrom).atYear(period.year() - 1),
        MonthDay.parse(period.halfYear() ? halfYearDataTo : yearDataTo).atYear(period.year()));
  }

  /** The cut-off window of a period's figures. */
  record DataWindow(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    /** "từ ngày 15/12/2025 đến ngày 14/6/2026". */
    String label() {
      return "từ ngày " + DAY.format(from) + " đến ngày " + DAY.format(to);
    }
  }

  /**
   * How much of the units' words the drafted report quotes (their full texts are in the annex
   * "Tập hợp báo cáo của các cơ quan, đơn vị").
   *
   * @param linesPerHeading the most lines under a heading (notable models, each issue raised); the
   *     rest is counted in one closing line
   * @param lineLength the most characters quoted of one unit's line; a longer one ends in "…"
   * @param namesPerLine the most units named after an issue; the others are counted
   * @param annexUnitRows the most units the annex table lists one by one; beyond, it lists the unit
   *     kinds, each unit's figures being in the spreadsheet
   */
  record Draft(int linesPerHeading, int lineLength, int namesPerLine, int annexUnitRows) {}

  String approvalDue(ReportPeriod period) {
    return period.halfYear() ? halfYearApprovalDue : yearApprovalDue;
  }
}
