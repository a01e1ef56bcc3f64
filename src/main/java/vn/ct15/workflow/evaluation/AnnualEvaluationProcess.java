package vn.ct15.workflow.evaluation;

import java.util.List;
import vn.ct15.workflow.process.ProcessVariable;
import java.util.Map;

/**
 * The process {@code ct15-annual-evaluation} (Mục I.2.d, Kế hoạch 77/KH-UBND): at the end of the year
 * the results of carrying out the plan are one of the criteria to evaluate the units. For every unit
 * the year's duties done on time, done late and overdue are counted from the engine's history, a
 * rating is proposed by the decision table {@code Decision_AnnualRating}, Phòng Nội vụ reviews the
 * proposals and the Chairman of UBND quận decides (or returns them with a comment). The BPMN element
 * ids and variable names the code and tests use.
 */
public final class AnnualEvaluationProcess {

  public static final String KEY = "ct15-annual-evaluation";
  /** The decision table in {@code bpmn/ct15-annual-rating.dmn}. */
  public static final String DECISION = "Decision_AnnualRating";

  private AnnualEvaluationProcess() {}

  /** BPMN element ids. */
  public static final class Element {
    /** Timer start (year end); a manual start from Tasklist begins here too, with the start form. */
    public static final String START = "StartEvent_Cycle";
    /** Opens the cycle and counts every unit's duties of the year. */
    public static final String OPEN_CYCLE = "Task_OpenCycle";
    /** Multi-instance subprocess: one per evaluated unit, its figures and proposal in its own scope. */
    public static final String UNIT = "SubProcess_RateUnit";
    public static final String UNIT_START = "StartEvent_UnitFigures";
    /** Business rule task evaluating {@link #DECISION} for the unit. */
    public static final String PROPOSE_RATING = "Task_ProposeRating";
    public static final String UNIT_RATED = "EndEvent_UnitRated";
    /** Asynchronous service task writing the readable table of every unit's figures and proposal. */
    public static final String SUMMARISE = "Task_SummariseProposals";
    public static final String MERGE_REVIEW = "Gateway_MergeReview";
    /** Phòng Nội vụ reviews the proposals. */
    public static final String REVIEW = "Task_ReviewProposals";
    /** The Chairman of UBND quận decides. */
    public static final String DECIDE = "Task_DecideEvaluation";
    public static final String APPROVED_GATEWAY = "Gateway_Approved";
    public static final String APPROVED = "EndEvent_EvaluationApproved";

    private Element() {}
  }

  /**
   * Process variables of its own; it also uses the shared {@code CommonVariables} YEAR, DEADLINE (moves the
   * Chairman's decision; the review keeps its distance before it), UNIT_ID (local to each unit's scope),
   * APPROVED and COMMENT (the Chairman's decision).
   */
  public static final class Var {
    public static final String REVIEW_DUE_DATE = "reviewDueDate";
    public static final String DECISION_DUE_DATE = "decisionDueDate";
    /** The reviewing unit (the coordinator, Phòng Nội vụ). */
    public static final String COORDINATOR_UNIT = "coordinatorUnit";
    /** List of maps, one per evaluated unit in directory order: the unit id and its figures. */
    public static final ProcessVariable<List<Map<String, Object>>> UNIT_FIGURES = ProcessVariable.rows("unitFigures");
    /** The element variable of the per-unit subprocess (one map of {@link #UNIT_FIGURES}). */
    public static final String FIGURE = "figure";

    /**
     * Local to each unit's scope, beside its unit ({@code CommonVariables.UNIT_ID}): its figures, the
     * decision's inputs.
     */
    public static final String ON_TIME = "onTime";
    public static final String LATE = "late";
    public static final String OVERDUE = "overdue";
    /** Duties still open and not yet due: shown, not judged. */
    public static final String OPEN = "open";
    /** Duties that were due: on time + late + overdue. */
    public static final String TOTAL = "total";
    /**
     * Of the duties counted, those whose due date was extended (gia hạn): judged against the extended date.
     */
    public static final String EXTENDED = "extended";
    /** Share of the due duties done on time, in percent (0 when none was due). */
    public static final String ON_TIME_PERCENT = "onTimePercent";
    /** Local to each unit's scope: the decision's single result (map of its outputs). */
    public static final String PROPOSAL = "proposal";
    /** Local to each unit's scope: the proposed rating and the rule's reason. */
    public static final String RATING = "rating";
    public static final String REASON = "reason";
    /** The variables of one unit's scope that the summary reads back. */
    public static final List<String> UNIT_FIELDS = List.of(ON_TIME, LATE, OVERDUE, OPEN, TOTAL, EXTENDED, ON_TIME_PERCENT,
        RATING, REASON);

    /** The readable Vietnamese table of every unit's figures and proposed rating. */
    public static final String PROPOSALS_SUMMARY = "proposalsSummary";
    /** Phòng Nội vụ: «Ý kiến, điều chỉnh đề xuất» (optional text). */
    public static final String REVIEW_NOTE = "reviewNote";
    /** Phòng Nội vụ: Boolean confirmation, required true. */
    public static final String CONFIRMED = "confirmed";

    private Var() {}
  }
}
