package vn.ct15.workflow.periodicreport;

import java.util.List;
import vn.ct15.workflow.process.CommonVariables;

/**
 * The process {@code ct15-periodic-report} (Mục III.1–III.2, Kế hoạch 77/KH-UBND): every 6 months
 * and every year each implementing unit reports its results of Directive 15-CT/TU, Phòng Nội vụ
 * consolidates them, UBND quận approves and the report goes to UBND thành phố. The BPMN element
 * ids and variable names the code and tests use.
 */
public final class PeriodicReportProcess {

  public static final String KEY = "ct15-periodic-report";

  /** Correlated (by business key) to the cycle when every unit of it was assigned and has reported. */
  public static final String UNITS_REPORTED_MESSAGE = "ct15-periodic-report-units-reported";

  private PeriodicReportProcess() {}

  /** BPMN element ids. */
  public static final class Element {
    /**
     * Timer start (1 June and 1 November); a manual start from Tasklist begins here too, with the start
     * form.
     */
    public static final String START = "StartEvent_Period";
    public static final String OPEN_PERIOD = "Task_OpenPeriod";
    /**
     * Starts one {@link PeriodicReportUnitProcess} instance per implementing unit, with the cycle's
     * business key, in jobs of {@code ct15.periodic-report.assignment-batch-size} units each.
     */
    public static final String ASSIGN_UNITS = "Task_AssignUnits";
    /** Waits for {@link #UNITS_REPORTED_MESSAGE}: the last unit's report is saved. */
    public static final String UNITS_REPORTED = "Event_UnitsReported";
    public static final String DRAFT_CONSOLIDATED = "Task_DraftConsolidatedReport";
    public static final String CONSOLIDATE = "Task_ConsolidateReport";
    public static final String APPROVE = "Task_ApproveReport";
    public static final String APPROVED_GATEWAY = "Gateway_Approved";
    /** The approved report is numbered, dated and signed ({@code issuance}): a job of its own. */
    public static final String ISSUE = "Task_IssueReport";
    public static final String SEND_TO_CITY = "Task_SendToCity";
    public static final String REPORT_SENT = "EndEvent_ReportSent";

    /** Error boundary on the opening task: an automatic start (timer, ct15-plan) found the cycle started. */
    public static final String CYCLE_STARTED = "BoundaryEvent_CycleStarted";
    public static final String CYCLE_ALREADY_STARTED = "EndEvent_CycleAlreadyStarted";

    private Element() {}
  }

  /**
   * Process variables of its own; it also uses the shared {@code CommonVariables} YEAR (of the period),
   * DEADLINE (moves the units' reports; consolidation and approval keep their distance), UNITS, APPROVED
   * and COMMENT.
   */
  public static final class Var {
    /** String: the reporting period, {@code 2026-H1} (first six months) or {@code 2026} (the year). */
    public static final String PERIOD = "period";
    /** String: the period in words, "6 tháng đầu năm 2026" or "năm 2026". */
    public static final String PERIOD_LABEL = "periodLabel";
    /** String: the days the period's figures cover, "từ ngày 15/12/2025 đến ngày 14/6/2026" (Nghị định 09/2019/NĐ-CP). */
    public static final String DATA_WINDOW = "kySoLieu";
    /** Boolean: true for the 6-month report, false for the yearly one. */
    public static final String HALF_YEAR = "halfYear";
    /** Integer: how many units the period gives a report to (the size of {@link #UNITS}). */
    public static final String UNIT_COUNT = "unitCount";
    /** The unit of one report: a variable of that unit's {@link PeriodicReportUnitProcess} instance. */
    public static final String UNIT_ID = CommonVariables.UNIT_ID.name();
    /** Date the units' reports are due. */
    public static final String REPORT_DUE = "reportDue";
    /** Date Phòng Nội vụ's consolidated report is due. */
    public static final String CONSOLIDATION_DUE = "consolidationDue";
    /** Date UBND quận's approval is due. */
    public static final String APPROVAL_DUE = "approvalDue";
    /** String: the district's consolidated report, drafted from the units' reports, then edited. */
    public static final String REPORT_TEXT = "reportText";
    /** File (.docx): the consolidated report as a Word document in the layout of Nghị định 30/2020/NĐ-CP. */
    public static final String REPORT_DOCUMENT = "baoCaoTongHop";
    /**
     * String: where the signed-in webapp user downloads {@link #REPORT_DOCUMENT} (shown as a link by the
     * forms).
     */
    public static final String REPORT_DOCUMENT_URL = "baoCaoTongHopUrl";

    /** File (.xlsx): the period's figures, one row per unit, the totals as formulas ({@link FiguresWorkbook}). */
    public static final String FIGURES = "bangSoLieu";
    /** String: where the signed-in webapp user downloads {@link #FIGURES}. */
    public static final String FIGURES_URL = "bangSoLieuUrl";

    /**
     * File (.docx): the annex "Tập hợp báo cáo của các cơ quan, đơn vị" — when each unit reported and
     * its full text, grouped by unit kind ({@link UnitReportsDocument}).
     */
    public static final String UNIT_REPORTS_DOCUMENT = "tapHopBaoCao";
    /** String: where the signed-in webapp user downloads {@link #UNIT_REPORTS_DOCUMENT}. */
    public static final String UNIT_REPORTS_DOCUMENT_URL = "tapHopBaoCaoUrl";

    /** File (.pdf): the issued report, numbered, dated and signed by the signer and the agency (PAdES). */
    public static final String ISSUED_DOCUMENT = "vanBanPhatHanh";
    /** String: where the signed-in webapp user downloads {@link #ISSUED_DOCUMENT}. */
    public static final String ISSUED_DOCUMENT_URL = "vanBanPhatHanhUrl";
    /** String: the issued report's number and symbol, "12/BC-UBND". */
    public static final String DOCUMENT_NUMBER = "soVanBan";
    /** Date: when it was signed. */
    public static final String ISSUED_ON = "ngayBanHanh";
    /** String: who signed it. */
    public static final String SIGNER = "nguoiKy";

    /** The six parts of the motto, in the plan's order, each a required text of a unit's report. */
    /** Hạn chế, tồn tại (optional). */
    public static final String SHORTCOMINGS = "hanChe";
    /** Khó khăn, vướng mắc (optional). */
    public static final String DIFFICULTIES = "khoKhan";
    /** Đề xuất, kiến nghị (optional). */
    public static final String PROPOSALS = "deXuat";
    /** Mô hình, cách làm hay: the unit's notable models, one a line (optional). */
    public static final String MODELS = "moHinh";
    /** Every field of a unit's report form. */
    public static final List<String> UNIT_FIELDS = List.of("danBiet", "danBan", "danLam", "danKiemTra", "danGiamSat",
        "danThuHuong", MODELS, SHORTCOMINGS, DIFFICULTIES, PROPOSALS);

    private Var() {}
  }
}
