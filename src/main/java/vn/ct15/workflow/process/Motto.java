package vn.ct15.workflow.process;

import java.util.List;

/**
 * The six parts of the motto of Chỉ thị 15-CT/TU, "Dân biết, dân bàn, dân làm, dân kiểm tra, dân
 * giám sát, dân thụ hưởng", in the plan's order: the variable each plan and report writes a part of
 * its text to, and the part's title.
 */
public enum Motto {
  DAN_BIET("danBiet", "Dân biết"),
  DAN_BAN("danBan", "Dân bàn"),
  DAN_LAM("danLam", "Dân làm"),
  DAN_KIEM_TRA("danKiemTra", "Dân kiểm tra"),
  DAN_GIAM_SAT("danGiamSat", "Dân giám sát"),
  DAN_THU_HUONG("danThuHuong", "Dân thụ hưởng");

  /** The variables of the six parts, in order. */
  public static final List<String> PARTS = java.util.Arrays.stream(values()).map(Motto::variable).toList();

  private final String variable;
  private final String title;

  Motto(String variable, String title) {
    this.variable = variable;
    this.title = title;
  }

  /** The text variable of this part (a plan's or a report's). */
  public String variable() {
    return variable;
  }

  /** The part's title, as the plan writes it. */
  public String title() {
    return title;
  }
}
