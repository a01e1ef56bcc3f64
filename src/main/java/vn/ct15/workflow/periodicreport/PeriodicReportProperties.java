package vn.ct15.workflow.periodicreport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
 * @param superiorEmail the address of UBND thành phố the approved report is sent to
 * @param draftDetailLimit the longest draft (characters) that quotes every unit's report; a longer one
 *     is drafted as a summary pointing to the Word document, which quotes them all. Keep it well under
 *     the consolidation form's limit (200,000) so Phòng Nội vụ has room to edit
 * @param assignmentBatchSize how many units' report processes one job starts when a period opens: the
 *     jobs run side by side on the job executor, each in a transaction of its own
 */
@ConfigurationProperties("ct15.periodic-report")
record PeriodicReportProperties(
    @DefaultValue("coordinator,office,ward,armed-force,public-service") String performers,
    @DefaultValue("6") int halfYearUntilMonth,
    @DefaultValue("--06-15") String halfYearReportDue,
    @DefaultValue("--06-25") String halfYearConsolidationDue,
    @DefaultValue("--06-30") String halfYearApprovalDue,
    @DefaultValue("--11-15") String yearReportDue,
    @DefaultValue("--11-25") String yearConsolidationDue,
    @DefaultValue("--11-30") String yearApprovalDue,
    @DefaultValue("ubnd-thanhpho@haiphong.demo") String superiorEmail,
    @DefaultValue("100000") int draftDetailLimit,
    @DefaultValue("50") int assignmentBatchSize) {

  String reportDue(ReportPeriod period) {
    return period.halfYear() ? halfYearReportDue : yearReportDue;
  }

  String consolidationDue(ReportPeriod period) {
    return period.halfYear() ? halfYearConsolidationDue : yearConsolidationDue;
  }

  String approvalDue(ReportPeriod period) {
    return period.halfYear() ? halfYearApprovalDue : yearApprovalDue;
  }
}
