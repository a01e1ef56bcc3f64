package vn.ct15.workflow.calendar;

import java.time.LocalDate;

/**
 * A day of the calendar that is not what its weekday says: a day off (a holiday, or the day off in
 * its place when it falls on a weekend) or a weekend day made a working day.
 *
 * @param source {@value #STATUTORY} when computed from the Labour Code, {@value #DECISION} when the
 *     Government's decision for the year (the holiday file) or the administrator's configuration says so
 * @param kind {@value #OFF} or {@value #WORKING}
 */
public record DayOff(LocalDate date, String name, String source, String kind) {

  public static final String STATUTORY = "statutory";
  public static final String DECISION = "decision";
  public static final String OFF = "off";
  public static final String WORKING = "working";

  boolean off() {
    return OFF.equals(kind);
  }
}
