package vn.ct15.workflow.dissemination;

import java.util.List;

/**
 * The process {@code ct15-dissemination} (Mục II.1, Kế hoạch 77/KH-UBND): every implementing unit
 * disseminates Directive 15-CT/TU in a suitable form and reports it (II.1.a); Phòng Văn hóa -
 * Thông tin guides the units and runs the mass-media campaign while the district portal opens a
 * dedicated section and keeps it up to date for the rest of the year (II.1.b); Phòng Nội vụ then
 * consolidates the units' reports. The BPMN element ids and variable names the code and tests use.
 */
public final class DisseminationProcess {

  public static final String KEY = "ct15-dissemination";
  /** The Camunda Form of a unit's report (Task_ReportDissemination). */
  public static final String REPORT_FORM = "ct15-dissemination-report";

  private DisseminationProcess() {}

  /** BPMN element ids. */
  public static final class Element {
    /** Manual start from Tasklist, with the start form (year, deadline). */
    public static final String START = "StartEvent_Manual";
    public static final String OPEN_CYCLE = "Task_OpenCycle";
    public static final String FORK = "Gateway_Fork";
    /** II.1.a: one subprocess per implementing unit (multi-instance), holding its report's variables. */
    public static final String UNIT = "SubProcess_UnitReport";
    public static final String UNIT_START = "StartEvent_Unit";
    /** The unit's report task. */
    public static final String REPORT = "Task_ReportDissemination";
    public static final String UNIT_REPORTED = "EndEvent_UnitReported";
    /** II.1.b: Phòng Văn hóa - Thông tin guides the units and runs the mass-media campaign. */
    public static final String MEDIA = "Task_GuideAndMedia";
    /** II.1.b: the district portal opens its dedicated section. */
    public static final String OPEN_PORTAL_SECTION = "Task_OpenPortalSection";
    public static final String PORTAL_LOOP = "Gateway_PortalLoop";
    public static final String PORTAL_TIMER = "TimerEvent_PortalUpdateDue";
    public static final String YEAR_ENDED_GATEWAY = "Gateway_YearEnded";
    public static final String UPDATE_PORTAL_SECTION = "Task_UpdatePortalSection";
    public static final String PORTAL_YEAR_ENDED = "EndEvent_PortalYearEnded";
    public static final String JOIN = "Gateway_Join";
    public static final String BUILD_SUMMARY = "Task_BuildSummary";
    public static final String CONSOLIDATE = "Task_Consolidate";
    public static final String CONSOLIDATED = "EndEvent_Consolidated";

    private Element() {}
  }

  /**
   * Process variables of its own; it also uses the shared {@code CommonVariables} YEAR, DEADLINE (moves the
   * units' reports, the media task and the portal section), UNITS, DUE_DATE and UNIT_ID (local to each
   * report).
   */
  public static final class Var {
    /** Date the consolidation is due. */
    public static final String CONSOLIDATION_DUE_DATE = "consolidationDueDate";

    // II.1.a: a unit's report (all local to the unit's task)
    /** Form of dissemination: one of the options of the report form's select. */
    public static final String CHANNEL = "hinhThuc";
    /** The option "Hình thức khác" of {@link #CHANNEL}. */
    public static final String CHANNEL_OTHER_OPTION = "hinh-thuc-khac";
    /** Required when the form of dissemination is {@link #CHANNEL_OTHER_OPTION}. */
    public static final String CHANNEL_OTHER = "hinhThucKhac";
    /** ISO date of the dissemination. */
    public static final String DATE = "ngayThucHien";
    public static final String STAFF = "soCanBoCongChuc";
    public static final String PARTY_MEMBERS = "soDangVien";
    public static final String PEOPLE = "soNhanDan";
    public static final String RESULT = "ketQua";
    public static final String EVIDENCE = "minhChung";
    /** Every field of a unit's report, as declared local in the BPMN. */
    public static final List<String> REPORT_FIELDS = List.of(CHANNEL, CHANNEL_OTHER, DATE, STAFF, PARTY_MEMBERS,
        PEOPLE, RESULT, EVIDENCE);
    /** The participant counts of a report, each a whole number of at least 0. */
    public static final List<String> PARTICIPANTS = List.of(STAFF, PARTY_MEMBERS, PEOPLE);

    // II.1.b: Phòng Văn hóa - Thông tin
    public static final String MEDIA_GUIDANCE = "vanBanHuongDan";
    public static final String MEDIA_RESULT = "ketQuaTuyenTruyen";
    public static final String MEDIA_ITEMS = "soTinBai";
    public static final String MEDIA_EVIDENCE = "minhChungTuyenTruyen";

    // II.1.b: the district portal
    public static final String PORTAL_URL = "duongDanChuyenMuc";
    public static final String PORTAL_OPENED_ON = "ngayMoChuyenMuc";
    public static final String PORTAL_CONTENT = "noiDungChuyenMuc";
    /** Each update's fields are local to that update task. */
    public static final String PORTAL_UPDATE = "noiDungCapNhat";
    public static final String PORTAL_UPDATE_ITEMS = "soTinBaiCapNhat";

    // consolidation by Phòng Nội vụ
    /**
     * The readable summary of every unit's report, built before the consolidation task (JSON-stored text).
     */
    public static final String SUMMARY = "tongHopKetQua";
    public static final String ASSESSMENT = "nhanXetDanhGia";
    public static final String PROPOSALS = "kienNghiDeXuat";

    private Var() {}
  }
}
