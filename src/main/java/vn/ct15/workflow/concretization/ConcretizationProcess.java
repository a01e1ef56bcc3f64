package vn.ct15.workflow.concretization;

import java.util.List;

/**
 * The process {@code ct15-concretization} (Mục II.3, Kế hoạch 77/KH-UBND): every implementing unit
 * issues the documents that make the motto "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát,
 * dân thụ hưởng" concrete within the plan year and records them; Phòng Nội vụ then reviews a summary
 * of every unit's documents. The BPMN element ids and variable names the code and tests use.
 */
public final class ConcretizationProcess {

  public static final String KEY = "ct15-concretization";

  private ConcretizationProcess() {}

  /** BPMN element ids. */
  public static final class Element {
    /** Manual start from Tasklist, with the start form (year, deadline). */
    public static final String START = "StartEvent_Manual";
    public static final String OPEN_CYCLE = "Task_OpenCycle";
    /** One subprocess per implementing unit (multi-instance), holding its record's variables. */
    public static final String UNIT = "SubProcess_UnitDocuments";
    public static final String UNIT_START = "StartEvent_Unit";
    /** The unit records the documents it issued. */
    public static final String RECORD = "Task_RecordDocuments";
    public static final String UNIT_RECORDED = "EndEvent_UnitRecorded";
    /** Builds the summary from the history (asyncBefore: its own job). */
    public static final String BUILD_SUMMARY = "Task_BuildSummary";
    /** Phòng Nội vụ reviews the summary. */
    public static final String REVIEW_SUMMARY = "Task_ReviewSummary";
    public static final String SUMMARIZED = "EndEvent_Summarized";

    private Element() {}
  }

  /**
   * Process variables of its own; it also uses the shared {@code CommonVariables} YEAR, DEADLINE (moves the
   * units' due date), UNITS, DUE_DATE and UNIT_ID (local to each unit's sub-process).
   */
  public static final class Var {
    /** ISO-8601 duration in working days the summary review is due within, once built. */
    public static final String SUMMARY_WITHIN = "summaryWithin";

    // a unit's record (all local to the unit's subprocess)
    /** Số, ký hiệu of the main document. */
    public static final String NUMBER = "soKyHieu";
    /** ISO date the main document was issued. */
    public static final String ISSUED_ON = "ngayBanHanh";
    /** Trích yếu: the kind and summary title of the document. */
    public static final String TITLE = "trichYeu";
    /** Other documents, one per line (optional). */
    public static final String OTHER_DOCUMENTS = "vanBanKhac";
    /**
     * One Boolean per part of the motto the documents make concrete, in the plan's order; at least
     * one must be true.
     */
    public static final List<String> PARTS = List.of("phanDanBiet", "phanDanBan", "phanDanLam", "phanDanKiemTra",
        "phanDanGiamSat", "phanDanThuHuong");
    /** The parts' names, as the plan and the form say them, in the order of {@link #PARTS}. */
    public static final List<String> PART_LABELS = List.of("Dân biết", "Dân bàn", "Dân làm", "Dân kiểm tra",
        "Dân giám sát", "Dân thụ hưởng");
    /** Every field of a unit's record, as declared local in the BPMN. */
    public static final List<String> RECORD_FIELDS = List.of(NUMBER, ISSUED_ON, TITLE, PARTS.get(0), PARTS.get(1),
        PARTS.get(2), PARTS.get(3), PARTS.get(4), PARTS.get(5), OTHER_DOCUMENTS);

    // review by Phòng Nội vụ
    /** The readable summary of every unit's documents (JSON-stored text). */
    public static final String SUMMARY = "tongHopVanBan";
    public static final String ASSESSMENT = "nhanXetDanhGia";
    public static final String PROPOSALS = "kienNghiDeXuat";

    private Var() {}
  }
}
