package vn.ct15.workflow.progress;

import java.time.Duration;
import java.util.Date;

/**
 * Where a unit stands with one duty, judged from its task's due date, its end and the engine's
 * clock ({@code now}):
 * <ul>
 *   <li>{@link #ON_TIME} hoàn thành đúng hạn: completed on or before the due date (or it had none);
 *   <li>{@link #LATE} hoàn thành trễ hạn: completed after the due date;
 *   <li>{@link #OVERDUE} quá hạn: open and the due date has passed;
 *   <li>{@link #IN_PROGRESS} đang thực hiện: open, due within the "due soon" window from now
 *       ({@code ct15.progress.due-soon}), or open without any due date: the unit must be at it now;
 *   <li>{@link #NOT_YET_DUE} chưa đến hạn: open, due later than the window.
 * </ul>
 * Declared in the order the dashboard lists them.
 */
enum TaskState {
  ON_TIME("Hoàn thành đúng hạn", "C6EFCE", "#1e7b34"),
  LATE("Hoàn thành trễ hạn", "FFE699", "#8a5a00"),
  OVERDUE("Quá hạn", "FFC7CE", "#9c0006"),
  IN_PROGRESS("Đang thực hiện", "BDD7EE", "#1f4e79"),
  NOT_YET_DUE("Chưa đến hạn", "EDEDED", "#404040");

  private final String label;
  private final String fill;
  private final String text;

  TaskState(String label, String fill, String text) {
    this.label = label;
    this.fill = fill;
    this.text = text;
  }

  /** Vietnamese, as shown in the matrix. */
  String label() {
    return label;
  }

  /** Background colour, RGB hex without '#'. */
  String fill() {
    return fill;
  }

  /** Text colour, CSS. */
  String text() {
    return text;
  }

  /** The code the JSON carries: the constant's name in kebab case ({@code not-yet-due}). */
  String code() {
    return name().toLowerCase().replace('_', '-');
  }

  static TaskState of(Date due, Date end, Date now, Duration dueSoon) {
    if (end != null) {
      return due == null || !end.after(due) ? ON_TIME : LATE;
    }
    if (due == null) {
      return IN_PROGRESS;
    }
    if (now.after(due)) {
      return OVERDUE;
    }
    return due.toInstant().isAfter(now.toInstant().plus(dueSoon)) ? NOT_YET_DUE : IN_PROGRESS;
  }
}
