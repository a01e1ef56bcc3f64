package vn.ct15.workflow.obstacle;

/**
 * The process {@code ct15-obstacle} (Kế hoạch 77/KH-UBND, closing paragraph): any unit reports a
 * difficulty (khó khăn, vướng mắc) to UBND quận through Phòng Nội vụ, which assigns it to a specialised
 * office or reports it to UBND quận; the answer goes back to the raising unit, which confirms it is
 * resolved or asks for it to be considered again. The BPMN element ids and variable names the code and
 * tests use.
 */
public final class ObstacleProcess {

  public static final String KEY = "ct15-obstacle";

  private ObstacleProcess() {}

  /** BPMN element ids. */
  public static final class Element {
    /** Start from Tasklist by any unit's official, with the start form; records the initiator. */
    public static final String START = "StartEvent_Raised";
    public static final String OPEN = "Task_OpenObstacle";
    /** Merges the first triage and the reopened difficulties. */
    public static final String MERGE_TRIAGE = "Gateway_MergeTriage";
    /** Phòng Nội vụ assigns the difficulty. */
    public static final String TRIAGE = "Task_Triage";
    public static final String ROUTE = "Gateway_Route";
    public static final String ANSWER_BY_OFFICE = "Task_AnswerByOffice";
    public static final String ANSWER_BY_LEADERSHIP = "Task_AnswerByLeadership";
    public static final String MERGE_ANSWER = "Gateway_MergeAnswer";
    /** The raising unit confirms the answer resolved it, or reopens it. */
    public static final String CONFIRM = "Task_ConfirmResolved";
    public static final String RESOLVED_GATEWAY = "Gateway_Resolved";
    public static final String RESOLVED = "EndEvent_Resolved";

    private Element() {}
  }

  /**
   * Process variables of its own; it also uses the shared {@code CommonVariables} DEADLINE (when the answer
   * is due, instead of answer-within working days) and COMMENT.
   */
  public static final class Var {
    /** The user who started the instance (camunda:initiator). */
    public static final String INITIATOR = "initiator";
    /** The raising unit's id, resolved from the initiator's groups. */
    public static final String RAISING_UNIT = "donViPhanAnh";
    public static final String RAISING_UNIT_NAME = "tenDonViPhanAnh";

    // start form
    public static final String TITLE = "tieuDe";
    /** The section of the plan concerned: a code of the start form's select (II.1.a … III.1, khac). */
    public static final String SECTION = "mucKeHoach";
    public static final String DESCRIPTION = "noiDung";
    public static final String UNIT_PROPOSAL = "deXuat";

    /** The offices Phòng Nội vụ may assign, as [{label, value}] (JSON) for the triage form's select. */
    public static final String OFFICE_OPTIONS = "officeOptions";
    /** Working days (ISO period such as P3D) for triage, answer and confirmation. */
    public static final String TRIAGE_WITHIN = "triageWithin";
    public static final String ANSWER_WITHIN = "answerWithin";
    public static final String CONFIRM_WITHIN = "confirmWithin";

    // triage by Phòng Nội vụ
    /** {@link #TO_OFFICE} or {@link #TO_LEADERSHIP}. */
    public static final String ROUTE = "huongXuLy";
    public static final String TO_OFFICE = "giao-phong-chuyen-mon";
    public static final String TO_LEADERSHIP = "bao-cao-lanh-dao";
    /** The office assigned (a unit id), when routed to an office. */
    public static final String OFFICE = "phongXuLy";
    public static final String COORDINATOR_NOTE = "yKienPhongNoiVu";
    /** The answer's due date set from {@link #DEADLINE}, or null for the configured working days. */
    public static final String ANSWER_DUE_DATE = "answerDueDate";
    /** The unit that answers (the office or UBND quận) and its name. */
    public static final String ANSWERING_UNIT = "donViTraLoi";
    public static final String ANSWERING_UNIT_NAME = "tenDonViTraLoi";

    // answer
    public static final String ANSWER = "traLoi";
    public static final String ANSWER_DOCUMENT = "vanBanTraLoi";

    // confirmation by the raising unit
    /** {@link #RESOLVED} or {@link #REOPENED}. */
    public static final String OUTCOME = "ketQuaGiaiQuyet";
    public static final String RESOLVED = "da-giai-quyet";
    public static final String REOPENED = "chua-giai-quyet";
    /** Required when reopened: what is still unresolved. */
    public static final String UNIT_COMMENT = "yKienDonVi";

    private Var() {}
  }
}
