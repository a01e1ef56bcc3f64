package vn.ct15.workflow.extension;

/**
 * The process {@code ct15-extension} (Mục III.1, Kế hoạch 77/KH-UBND: "thường xuyên kiểm tra, đôn
 * đốc"): a unit that needs more time for one of its tasks asks for an extension (gia hạn) with a
 * reason and the date it proposes; Phòng Nội vụ grants it, possibly with another date, or refuses it;
 * a granted extension becomes the task's due date. One instance per request, started by
 * {@link ExtensionRequests} with the requester as its initiator; the BPMN element ids and variable
 * names the code and tests use.
 */
public final class ExtensionProcess {

  public static final String KEY = "ct15-extension";
  /**
   * Correlated when the task a request is about ends (completed, or its cycle cancelled) before the
   * decision.
   */
  public static final String TASK_CLOSED_MESSAGE = "ct15-extension-task-closed";

  private ExtensionProcess() {}

  /** BPMN element ids. */
  public static final class Element {
    public static final String REQUESTED = "StartEvent_Requested";
    public static final String DECIDE = "Task_DecideExtension";
    public static final String TASK_CLOSED = "BoundaryEvent_TaskClosed";
    public static final String GRANTED_GATEWAY = "Gateway_Granted";
    public static final String APPLY = "Task_ApplyExtension";
    public static final String NOTIFY = "Task_NotifyUnit";
    public static final String ANSWERED = "EndEvent_Answered";
    public static final String NO_LONGER_NEEDED = "EndEvent_NoLongerNeeded";

    private Element() {}
  }

  /** Process variables (all set at the start, but the decision's). */
  public static final class Var {
    /** String: the id of the task the request is about. */
    public static final String TASK_ID = "nhiemVuId";
    /** String: that task's name (the duty), shown to Phòng Nội vụ. */
    public static final String TASK_NAME = "nhiemVu";
    /** String: the process instance of that task. */
    public static final String TASK_PROCESS_INSTANCE = "quyTrinhNhiemVu";
    public static final String UNIT_NAME = "tenDonVi";
    /** String: the person who asked (also the instance's start user) and their name. */
    public static final String REQUESTER = "nguoiDeNghi";
    public static final String REQUESTER_NAME = "tenNguoiDeNghi";
    /** Date: the task's due date when asked; its text dd/MM/yyyy HH:mm for the form. */
    public static final String CURRENT_DUE = "hanHienTai";
    public static final String CURRENT_DUE_TEXT = "hanHienTaiHienThi";
    /** Date: the date proposed (end of that day); its text for the form. */
    public static final String PROPOSED_DUE = "hanDeNghi";
    public static final String PROPOSED_DUE_TEXT = "hanDeNghiHienThi";
    /** String: why the unit needs more time. */
    public static final String REASON = "lyDo";
    /** Date: when Phòng Nội vụ's decision is due (working days, {@code ct15.extension.decide-within}). */
    public static final String DECIDE_DUE = "hanXet";
    /** Form field: {@value #GRANT} or {@value #REFUSE}, required, no default. */
    public static final String DECISION = "quyetDinhGiaHan";
    public static final String GRANT = "dong-y";
    public static final String REFUSE = "khong-dong-y";
    /** Form field, optional ISO date: a date other than the one proposed. */
    public static final String NEW_DUE = "hanMoi";
    /** Form field: Phòng Nội vụ's comment, required when refusing. */
    public static final String COMMENT = "yKienXet";
    /** Date: the due date granted (end of the day chosen), set by the decision. */
    public static final String GRANTED_DUE = "hanDuocGiaHan";
    /** Boolean: whether the task was still open when the extension was applied. */
    public static final String APPLIED = "daGiaHan";

    private Var() {}
  }

  /** Local variables the extension leaves on the task it extended (history: dashboard, yearly evaluation). */
  public static final class OnTask {
    /** Date: the task's due date before its first extension. */
    public static final String ORIGINAL_DUE = "ct15HanBanDau";
    /** Integer: how many extensions the task was granted. */
    public static final String EXTENSIONS = "ct15SoLanGiaHan";
    /** String: the process instance of the request waiting for a decision, while there is one. */
    public static final String PENDING = "ct15DeNghiGiaHan";

    private OnTask() {}
  }
}
