package vn.ct15.workflow.frontsupervision;

/**
 * The process {@code ct15-front-supervision} (Mục II.6 and III.3, Kế hoạch 77/KH-UBND): a supervising
 * body (Ủy ban MTTQ quận and its member organisations under Quyết định 217-QĐ/TW and 218-QĐ/TW, or
 * HĐND quận) asks a unit of the administration to answer a supervision, a social criticism or a
 * contribution to building the administration; the unit answers within a number of working days and
 * the supervising body accepts the answer or reopens it with a comment. The BPMN element ids and
 * variable names the code and tests use.
 */
public final class FrontSupervisionProcess {

  public static final String KEY = "ct15-front-supervision";

  private FrontSupervisionProcess() {}

  /** BPMN element ids. */
  public static final class Element {
    /** Manual start from Tasklist by a supervising body, with the start form. */
    public static final String START = "StartEvent_Requested";
    public static final String OPEN_REQUEST = "Task_OpenRequest";
    public static final String UNIT_GIVEN_GATEWAY = "Gateway_UnitGiven";
    /**
     * The requester chooses the unit addressed (a start form cannot list units: see the class comment of
     * SupervisionRequest).
     */
    public static final String CHOOSE_UNIT = "Task_ChooseUnit";
    public static final String MERGE_ANSWER = "Gateway_MergeAnswer";
    public static final String ANSWER = "Task_AnswerRequest";
    public static final String REVIEW = "Task_ReviewAnswer";
    public static final String ACCEPTED_GATEWAY = "Gateway_Accepted";
    public static final String ANSWER_ACCEPTED = "EndEvent_AnswerAccepted";

    private Element() {}
  }

  /**
   * Process variables of its own; it also uses the shared {@code CommonVariables} DEADLINE (when the first
   * answer is due, instead of answer-within working days) and COMMENT (the requester's, when reopening).
   */
  public static final class Var {
    /** The user who started the request (camunda:initiator). */
    public static final String INITIATOR = "initiator";
    /** One of {@link RequestKind}'s values. */
    public static final String REQUEST_KIND = "requestKind";
    /** The kind's Vietnamese name, lower case, for task names ("giám sát"). */
    public static final String REQUEST_KIND_LABEL = "requestKindLabel";
    /** Tiêu đề (required). */
    public static final String SUBJECT = "subject";
    /** Nội dung (required). */
    public static final String CONTENT = "content";
    /** Căn cứ: the supervision programme or document (optional). */
    public static final String BASIS = "basis";
    /** The supervising unit that asks (from the initiator's groups) and its name. */
    public static final String REQUESTER_UNIT = "requesterUnit";
    public static final String REQUESTER_NAME = "requesterName";
    /** Json list of {label, value}: the units that may be addressed, for the choice form's select. */
    public static final String UNIT_OPTIONS = "unitOptions";
    /** The unit addressed: chosen in Tasklist, or given at a start through REST (null until chosen). */
    public static final String ADDRESSED_UNIT = "addressedUnit";
    /** ISO-8601 working-day periods (ct15.front-supervision.*). */
    public static final String CHOOSE_WITHIN = "chooseWithin";
    public static final String ANSWER_WITHIN = "answerWithin";
    public static final String REVIEW_WITHIN = "reviewWithin";
    /** The overriding due date of the answer (from {@link #DEADLINE}); null: answer-within working days. */
    public static final String ANSWER_DUE_DATE = "answerDueDate";
    /** Nội dung tiếp thu, giải trình, trả lời (required). */
    public static final String ANSWER = "answer";
    /** Biện pháp khắc phục, chấn chỉnh (optional). */
    public static final String MEASURES = "measures";
    /** Boolean: the requester accepts the answer. */
    public static final String ACCEPTED = "accepted";

    private Var() {}
  }
}
