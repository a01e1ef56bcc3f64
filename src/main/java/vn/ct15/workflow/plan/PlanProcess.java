package vn.ct15.workflow.plan;

import java.util.List;
import vn.ct15.workflow.process.ProcessVariable;

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
   * BPMN element ids. Each run of a section is one instance of the multi-instance sub-process
   * {@link #SECTION}: its day's timer, the check «Đã khởi động?», and the call of the section's process.
   */
  public static final class Element {
    public static final String START = "StartEvent_Plan";
    public static final String OPEN_CYCLE = "Task_OpenPlanYear";
    /** One instance per run of a section ({@code sectionRuns}, element variable {@code sectionRun}). */
    public static final String SECTION = "SubProcess_Section";
    public static final String WAIT = "TimerEvent_StartDay";
    public static final String CHECK = "Task_CheckStarted";
    public static final String STARTED_GATEWAY = "Gateway_Started";
    public static final String CALL = "CallActivity_Section";
    /** Error boundary on the call: the called start found the cycle started at the same moment. */
    public static final String ALREADY_STARTED = "BoundaryEvent_AlreadyStarted";
    public static final String DONE = "EndEvent_SectionDone";
    /** The section already runs (or ran) for the year, started by hand or by its own timer: not called. */
    public static final String SKIPPED = "EndEvent_SectionSkipped";
    public static final String STARTED_AT_THE_SAME_MOMENT = "EndEvent_SectionAlreadyStarted";
    public static final String PLAN_DONE = "EndEvent_PlanDone";

    private Element() {}
  }

  /** Process variables of its own; the plan year is the shared {@code CommonVariables.YEAR}. */
  public static final class Var {
    /** The runs of the sections, in the plan's order ({@link PlanSections#runIds()}). */
    public static final ProcessVariable<List<String>> SECTION_RUNS = ProcessVariable.stringList("sectionRuns");
    /** The run of one instance of the sub-process (its element variable). */
    public static final ProcessVariable<String> SECTION_RUN = ProcessVariable.string("sectionRun");
    /** Boolean, local to a run: its section already runs (or ran) for the year, so it is skipped. */
    public static final String SECTION_STARTED = "sectionStarted";

    private Var() {}
  }
}
