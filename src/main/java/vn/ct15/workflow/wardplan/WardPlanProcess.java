package vn.ct15.workflow.wardplan;

/**
 * The process {@code ct15-ward-plan} (Mục II.4, Kế hoạch 77/KH-UBND): every Q1 each ward drafts its
 * yearly democracy plan covering the six parts of the motto and its head approves it. The BPMN
 * element ids and variable names the code and tests use.
 */
public final class WardPlanProcess {

  public static final String KEY = "ct15-ward-plan";

  private WardPlanProcess() {}

  /** BPMN element ids. */
  public static final class Element {
    /** Timer start (yearly); a manual start from Tasklist begins here too, with the start form. */
    public static final String START = "StartEvent_Cycle";
    public static final String OPEN_CYCLE = "Task_OpenCycle";
    public static final String WARD = "SubProcess_WardPlan";
    public static final String DRAFT = "Task_DraftPlan";
    public static final String APPROVE = "Task_ApprovePlan";
    public static final String APPROVED_GATEWAY = "Gateway_Approved";
    public static final String INFORM_COORDINATOR = "Task_InformCoordinator";
    public static final String WARD_APPROVED = "EndEvent_WardApproved";
    public static final String ALL_APPROVED = "EndEvent_AllApproved";

    /** Error boundary on the opening task: an automatic start (timer, ct15-plan) found the cycle started. */
    public static final String CYCLE_STARTED = "BoundaryEvent_CycleStarted";
    public static final String CYCLE_ALREADY_STARTED = "EndEvent_CycleAlreadyStarted";

    private Element() {}
  }

  /**
   * Process variables of its own; it also uses the shared {@code CommonVariables} YEAR, DEADLINE (moves the
   * wards' due date), DUE_DATE (every task of the cycle), UNIT_ID (the ward, local to its sub-process),
   * APPROVED and COMMENT, and the six parts of the motto ({@code Motto.PARTS}).
   */
  public static final class Var {
    /** List of the wards' unit ids. */
    public static final String WARDS = "wards";

    private Var() {}
  }
}
