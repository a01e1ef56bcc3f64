package vn.ct15.workflow.inspection;

import java.util.List;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.process.ProcessVariable;

/**
 * The process {@code ct15-inspection} (Mục II.5 and III.1, Kế hoạch 77/KH-UBND): once a year Phòng
 * Nội vụ plans the inspection and chooses the units to inspect, records the findings at each unit,
 * has every unit with shortcomings correct them ("kịp thời chỉ đạo, chấn chỉnh những nơi làm chưa
 * tốt") and verifies the correction, then writes the inspection conclusion from a summary of the
 * findings. The BPMN element ids and variable names the code and tests use.
 */
public final class InspectionProcess {

  public static final String KEY = "ct15-inspection";

  private InspectionProcess() {}

  /** BPMN element ids. */
  public static final class Element {
    /** Timer start (yearly); a manual start from Tasklist begins here too, with the start form. */
    public static final String START = "StartEvent_Cycle";
    public static final String OPEN_CYCLE = "Task_OpenCycle";
    /** Phòng Nội vụ plans the inspection and chooses the units. */
    public static final String PLAN = "Task_PlanInspection";
    /** Multi-instance subprocess: one per chosen unit, holding its findings in its own scope. */
    public static final String UNIT = "SubProcess_InspectUnit";
    public static final String UNIT_START = "StartEvent_UnitInspected";
    public static final String RECORD_FINDINGS = "Task_RecordFindings";
    public static final String SHORTCOMINGS_GATEWAY = "Gateway_Shortcomings";
    public static final String MERGE_CORRECTION = "Gateway_MergeCorrection";
    public static final String CORRECT = "Task_CorrectShortcomings";
    public static final String VERIFY = "Task_VerifyCorrection";
    public static final String CORRECTED_GATEWAY = "Gateway_Corrected";
    public static final String UNIT_CORRECTED = "EndEvent_UnitCorrected";
    public static final String UNIT_WITHOUT_SHORTCOMINGS = "EndEvent_UnitWithoutShortcomings";
    /** Asynchronous service task building the summary of the findings per unit. */
    public static final String SUMMARISE = "Task_SummariseFindings";
    public static final String CONCLUDE = "Task_ConcludeInspection";
    public static final String CONCLUDED = "EndEvent_InspectionConcluded";

    /** Error boundary on the opening task: an automatic start (timer, ct15-plan) found the cycle started. */
    public static final String CYCLE_STARTED = "BoundaryEvent_CycleStarted";
    public static final String CYCLE_ALREADY_STARTED = "EndEvent_CycleAlreadyStarted";

    private Element() {}
  }

  /**
   * Process variables of its own; it also uses the shared {@code CommonVariables} YEAR, DEADLINE (moves the
   * conclusion; the plan and the findings keep their distance before it), UNIT_ID (local to each inspected
   * unit's sub-process, with the fields of its inspection) and COMMENT (Phòng Nội vụ's, when a correction
   * is not accepted).
   */
  public static final class Var {
    /** The unit that plans, inspects and concludes (the coordinator, Phòng Nội vụ). */
    public static final String COORDINATOR_UNIT = "coordinatorUnit";
    /** Json list of {label, value}: the units that may be inspected, for the plan form's taglist. */
    public static final String UNIT_OPTIONS = "unitOptions";
    public static final String PLAN_DUE_DATE = "planDueDate";
    public static final String FINDINGS_DUE_DATE = "findingsDueDate";
    public static final String CONCLUSION_DUE_DATE = "conclusionDueDate";
    /** ISO-8601 working-day periods for the correction and its verification (ct15.inspection.*). */
    public static final String CORRECT_WITHIN = "correctWithin";
    public static final String VERIFY_WITHIN = "verifyWithin";

    /** Kế hoạch kiểm tra (required text). */
    public static final String PLAN = "inspectionPlan";
    /** Thời gian kiểm tra (required text). */
    public static final String PERIOD = "inspectionPeriod";
    /** The units chosen in the plan form (taglist: Json array of unit ids). */
    public static final String CHOSEN_UNITS = "inspectedUnits";
    /** List of the chosen units' ids, checked against the directory, in directory order. */
    public static final ProcessVariable<List<String>> INSPECTED_UNIT_IDS = ProcessVariable.stringList("inspectedUnitIds");

    public static final String FINDINGS = "findings";
    public static final String STRENGTHS = "strengths";
    public static final String SHORTCOMINGS = "shortcomings";
    /** Boolean: «Có tồn tại, hạn chế cần chấn chỉnh». */
    public static final String HAS_SHORTCOMINGS = "hasShortcomings";
    public static final String CORRECTION_REPORT = "correctionReport";
    /** Boolean: Phòng Nội vụ accepts the correction. */
    public static final String ACCEPTED = "accepted";
    /** The fields of one unit's inspection, as recorded in its scope. */
    public static final List<String> UNIT_FIELDS =
        List.of(FINDINGS, STRENGTHS, SHORTCOMINGS, HAS_SHORTCOMINGS, CORRECTION_REPORT, ACCEPTED,
            CommonVariables.COMMENT.name());

    /** The readable Vietnamese summary of the findings per unit, shown in the conclusion form. */
    public static final String FINDINGS_SUMMARY = "findingsSummary";
    /** Kết luận kiểm tra (required text). */
    public static final String CONCLUSION = "conclusion";
    /** Kiến nghị, đề xuất (optional text). */
    public static final String RECOMMENDATIONS = "recommendations";

    private Var() {}
  }
}
