package vn.ct15.workflow;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

/** The time zone every deadline of the plan lives in, and the instants tests compare due dates with. */
public final class TestTime {

  public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

  private TestTime() {}

  /** The last second of a day in Hà Nội: a due date given as a day. */
  public static Date endOfDay(int year, int month, int day) {
    return at(year, month, day, 23, 59, 59);
  }

  /** A moment in Hà Nội. */
  public static Date at(int year, int month, int day, int hour, int minute) {
    return at(year, month, day, hour, minute, 0);
  }

  public static Date at(int year, int month, int day, int hour, int minute, int second) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute, second).atZone(HANOI).toInstant());
  }
}
