package vn.ct15.workflow.unitplan;

import java.util.List;

/**
 * The process {@code ct15-unit-plan} (Mục II.4.a, Kế hoạch 77/KH-UBND): each specialised office and
 * public service unit builds its plan so that the people benefit ("Dân thụ hưởng": mechanisms and
 * policies, measures, models serving the people), each armed force its own (democracy inside the
 * unit, dialogue between commanders and soldiers, discipline, the "Toàn dân bảo vệ an ninh Tổ quốc"
 * movement); the unit's head approves or returns it, and the unit later reports what it carried out.
 * The BPMN element ids and variable names the code and tests use.
 */
public final class UnitPlanProcess {

  public static final String KEY = "ct15-unit-plan";

  private UnitPlanProcess() {}

  /** BPMN element ids. */
  public static final class Element {
    /** Manual start from Tasklist, with the start form (year, deadline). */
    public static final String START = "StartEvent_Manual";
    public static final String OPEN_CYCLE = "Task_OpenCycle";
    /** One subprocess per unit (multi-instance), holding its plan, review and report. */
    public static final String UNIT = "SubProcess_UnitPlan";
    public static final String UNIT_START = "StartEvent_Unit";
    /** Merges the first draft and the returned plans. */
    public static final String MERGE_DRAFT = "Gateway_MergeDraft";
    /** Chooses the plan by the unit's kind (armed force or not). */
    public static final String UNIT_KIND = "Gateway_UnitKind";
    /** Offices and public service units: the plan for "Dân thụ hưởng". */
    public static final String DRAFT_BENEFIT = "Task_DraftBenefitPlan";
    /** Armed forces: the plan for democracy inside the unit. */
    public static final String DRAFT_ARMED_FORCE = "Task_DraftArmedForcePlan";
    public static final String MERGE_KINDS = "Gateway_MergeKinds";
    /** The unit's head approves or returns the plan. */
    public static final String APPROVE = "Task_ApprovePlan";
    public static final String APPROVED_GATEWAY = "Gateway_Approved";
    /** The unit reports what it carried out. */
    public static final String REPORT = "Task_ReportExecution";
    public static final String UNIT_REPORTED = "EndEvent_UnitReported";
    public static final String ALL_REPORTED = "EndEvent_AllReported";

    private Element() {}
  }

  /**
   * Process variables of its own; it also uses the shared {@code CommonVariables} YEAR, DEADLINE (moves the
   * plans' due date), UNITS, DUE_DATE (drafting and approval), UNIT_ID (local to each unit's sub-process),
   * APPROVED and COMMENT.
   */
  public static final class Var {
    /** Date the execution reports are due. */
    public static final String REPORT_DUE_DATE = "reportDueDate";

    // the plan (all local to the unit's subprocess)
    /** Số, ký hiệu of the plan, if issued as a document (optional). */
    public static final String PLAN_NUMBER = "soKyHieuKeHoach";
    /** Offices and public service units: the plan's three required parts. */
    public static final List<String> BENEFIT_PLAN = List.of("coCheChinhSach", "bienPhapGiaiPhap", "moHinhPhucVu");
    /** Armed forces: the plan's four required parts. */
    public static final List<String> ARMED_FORCE_PLAN = List.of("doiMoiDanChuNoiBo", "doiThoaiTrucTiep",
        "kyLuatKyCuong", "phongTraoToanDan");

    // the execution report (local)
    public static final String RESULT = "ketQuaThucHien";
    public static final String DIFFICULTIES = "khoKhanVuongMac";
    public static final String PROPOSALS = "deXuatKienNghi";

    private Var() {}
  }
}
