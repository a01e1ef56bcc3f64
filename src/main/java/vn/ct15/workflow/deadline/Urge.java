package vn.ct15.workflow.deadline;

/**
 * The "Đôn đốc" (urge) step every process carries as a non-interrupting message event subprocess:
 * when tasks are late, the escalation correlates {@value #MESSAGE} to the instance and Phòng Nội vụ
 * gets {@value #TASK} listing the late units. Its variables are local to that subprocess.
 */
public final class Urge {

  public static final String MESSAGE = "ct15-urge";
  public static final String SUBPROCESS = "SubProcess_Urge";
  public static final String START = "StartEvent_Urge";
  public static final String TASK = "Task_Urge";
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
  /** Recorded by Phòng Nội vụ: the action taken. */
  public static final String ACTION = "bienPhapDonDoc";

  private Urge() {}
}
