package vn.ct15.workflow.deadline;

/**
 * The "Đôn đốc" (urge) step (Mục III.1: "kịp thời chỉ đạo, chấn chỉnh những nơi làm chưa tốt"): when
 * units are late with a duty, the escalation starts the process {@value #KEY} of its own, and Phòng
 * Nội vụ gets {@value #TASK} listing the late units. Its own instance, not a step inside the late
 * cycle: Phòng Nội vụ's urging never touches the cycle's rows, so it never collides with the units'
 * reports or the cycle's next step. Business key {@code ct15-urge:<cycle>:<duty's task id>}.
 */
public final class Urge {

  public static final String KEY = "ct15-urge";
  public static final String START = "StartEvent_Late";
  public static final String TASK = "Task_Urge";
  public static final String END = "EndEvent_Urged";
  public static final String FORM = "ct15-urge";

  /** The late duty (task name). */
  public static final String DUTY = "donDocNhiemVu";
  /** Its due date, as dd/MM/yyyy HH:mm. */
  public static final String DUE = "donDocHanXuLy";
  /** The late units' names, one per line. */
  public static final String LATE_UNITS = "donDocDonVi";
  /** The late units' ids. */
  public static final String LATE_UNIT_IDS = "donDocMaDonVi";
  /** When the urge task itself is due (Date). */
  public static final String URGE_DUE_DATE = "donDocHan";
  /** The process instance of the late tasks (the cycle, or a unit's part of it). */
  public static final String CYCLE_INSTANCE = "donDocQuyTrinh";
  /** Recorded by Phòng Nội vụ: the action taken. */
  public static final String ACTION = "bienPhapDonDoc";

  private Urge() {}
}
