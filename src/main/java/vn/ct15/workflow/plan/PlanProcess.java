package vn.ct15.workflow.plan;

/**
 * The process {@code ct15-plan} (Kế hoạch 77/KH-UBND as a whole): Phòng Nội vụ starts the plan for a
 * year, and each section starts on its configured day as a called instance, so Cockpit shows the
 * plan year as one tree. A section already started (by hand, or by its own timer) is skipped. The
 * BPMN element ids and variable names the code and tests use.
 */
public final class PlanProcess {

  public static final String KEY = "ct15-plan";

  private PlanProcess() {}

  /**
   * BPMN element ids. Each section's branch: timer {@code TimerEvent_<X>}, check {@code Task_Check<X>},
   * gateway {@code Gateway_<X>Started}, call {@code CallActivity_<X>} and the ends {@code EndEvent_<X>Done}
   * (called instance finished), {@code EndEvent_<X>Skipped} (already started, not called) and
   * {@code EndEvent_<X>AlreadyStarted} (the called start found the cycle started at the same moment).
   */
  public static final class Element {
    public static final String START = "StartEvent_Plan";
    public static final String OPEN_CYCLE = "Task_OpenPlanYear";
    public static final String FORK = "Gateway_Sections";

    public static final String WAIT_DISSEMINATION = "TimerEvent_Dissemination";
    public static final String CHECK_DISSEMINATION = "Task_CheckDissemination";
    public static final String CALL_DISSEMINATION = "CallActivity_Dissemination";
    public static final String DONE_DISSEMINATION = "EndEvent_DisseminationDone";
    public static final String SKIPPED_DISSEMINATION = "EndEvent_DisseminationSkipped";

    public static final String WAIT_LEGAL_REVIEW = "TimerEvent_LegalReview";
    public static final String CHECK_LEGAL_REVIEW = "Task_CheckLegalReview";
    public static final String CALL_LEGAL_REVIEW = "CallActivity_LegalReview";
    public static final String DONE_LEGAL_REVIEW = "EndEvent_LegalReviewDone";
    public static final String SKIPPED_LEGAL_REVIEW = "EndEvent_LegalReviewSkipped";

    public static final String WAIT_CONCRETIZATION = "TimerEvent_Concretization";
    public static final String CHECK_CONCRETIZATION = "Task_CheckConcretization";
    public static final String CALL_CONCRETIZATION = "CallActivity_Concretization";
    public static final String DONE_CONCRETIZATION = "EndEvent_ConcretizationDone";
    public static final String SKIPPED_CONCRETIZATION = "EndEvent_ConcretizationSkipped";

    public static final String WAIT_WARD_PLAN = "TimerEvent_WardPlan";
    public static final String CHECK_WARD_PLAN = "Task_CheckWardPlan";
    public static final String CALL_WARD_PLAN = "CallActivity_WardPlan";
    public static final String DONE_WARD_PLAN = "EndEvent_WardPlanDone";
    public static final String SKIPPED_WARD_PLAN = "EndEvent_WardPlanSkipped";

    public static final String WAIT_UNIT_PLAN = "TimerEvent_UnitPlan";
    public static final String CHECK_UNIT_PLAN = "Task_CheckUnitPlan";
    public static final String CALL_UNIT_PLAN = "CallActivity_UnitPlan";
    public static final String DONE_UNIT_PLAN = "EndEvent_UnitPlanDone";
    public static final String SKIPPED_UNIT_PLAN = "EndEvent_UnitPlanSkipped";

    public static final String WAIT_INSPECTION = "TimerEvent_Inspection";
    public static final String CHECK_INSPECTION = "Task_CheckInspection";
    public static final String CALL_INSPECTION = "CallActivity_Inspection";
    public static final String DONE_INSPECTION = "EndEvent_InspectionDone";
    public static final String SKIPPED_INSPECTION = "EndEvent_InspectionSkipped";

    public static final String WAIT_HALF_YEAR_REPORT = "TimerEvent_HalfYearReport";
    public static final String CHECK_HALF_YEAR_REPORT = "Task_CheckHalfYearReport";
    public static final String CALL_HALF_YEAR_REPORT = "CallActivity_HalfYearReport";
    public static final String DONE_HALF_YEAR_REPORT = "EndEvent_HalfYearReportDone";
    public static final String SKIPPED_HALF_YEAR_REPORT = "EndEvent_HalfYearReportSkipped";

    public static final String WAIT_YEAR_REPORT = "TimerEvent_YearReport";
    public static final String CHECK_YEAR_REPORT = "Task_CheckYearReport";
    public static final String CALL_YEAR_REPORT = "CallActivity_YearReport";
    public static final String DONE_YEAR_REPORT = "EndEvent_YearReportDone";
    public static final String SKIPPED_YEAR_REPORT = "EndEvent_YearReportSkipped";

    public static final String WAIT_ANNUAL_EVALUATION = "TimerEvent_AnnualEvaluation";
    public static final String CHECK_ANNUAL_EVALUATION = "Task_CheckAnnualEvaluation";
    public static final String CALL_ANNUAL_EVALUATION = "CallActivity_AnnualEvaluation";
    public static final String DONE_ANNUAL_EVALUATION = "EndEvent_AnnualEvaluationDone";
    public static final String SKIPPED_ANNUAL_EVALUATION = "EndEvent_AnnualEvaluationSkipped";

    private Element() {}
  }

  /** Process variables of its own; the plan year is the shared {@code CommonVariables.YEAR}. */
  public static final class Var {
    /** The 6-month reporting period passed as {@code period} to ct15-periodic-report: {@code <year>-H1}. */
    public static final String HALF_YEAR_PERIOD = "halfYearPeriod";
    /** The yearly reporting period passed as {@code period} to ct15-periodic-report: {@code <year>}. */
    public static final String YEAR_PERIOD = "yearPeriod";
    /** Boolean, local to a branch: its section already runs (or ran) for the year, so it is skipped. */
    public static final String SECTION_STARTED = "sectionStarted";

    private Var() {}
  }
}
