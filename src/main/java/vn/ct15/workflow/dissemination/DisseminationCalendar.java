package vn.ct15.workflow.dissemination;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.GregorianCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;

/**
 * The portal's recurring duty (Mục II.1.b, "Thời gian thực hiện: Thường xuyên"), for expressions
 * in the BPMN ({@code ${disseminationCalendar.yearEnded(year)}}): when the next update is due and
 * whether the plan year is over, by the engine's clock in the deadlines' zone. Public, as the
 * expression language calls only methods of public classes.
 */
@Component("disseminationCalendar")
public class DisseminationCalendar {

  private final Deadlines deadlines;
  private final DisseminationProperties properties;

  DisseminationCalendar(Deadlines deadlines, DisseminationProperties properties) {
    this.deadlines = deadlines;
    this.properties = properties;
  }

  /** True from the first instant of the following year on. */
  public boolean yearEnded(Object year) {
    return !now().isBefore(startOfYearAfter(year));
  }

  /** When the portal's next update falls due: one interval from now, but no later than the end of the plan year. */
  public Date nextPortalUpdate(Object year) {
    ZonedDateTime next = plusInterval(now());
    ZonedDateTime yearEnd = startOfYearAfter(year);
    return Date.from((next.isBefore(yearEnd) ? next : yearEnd).toInstant());
  }

  /** The due date of an update task: the end of the day one interval from now, at the latest 31/12 of the plan year. */
  public Date portalUpdateDue(Object year) {
    LocalDate due = plusInterval(now()).toLocalDate();
    LocalDate lastDay = LocalDate.of(year(year), 12, 31);
    return deadlines.endOfDay(due.isAfter(lastDay) ? lastDay : due);
  }

  private ZonedDateTime plusInterval(ZonedDateTime from) {
    GregorianCalendar calendar = GregorianCalendar.from(from);
    properties.portalUpdateIntervalDuration().addTo(calendar);
    return calendar.toZonedDateTime();
  }

  private ZonedDateTime now() {
    return ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), deadlines.zone());
  }

  private ZonedDateTime startOfYearAfter(Object year) {
    return LocalDate.of(year(year) + 1, 1, 1).atStartOfDay(deadlines.zone());
  }

  private static int year(Object year) {
    return year instanceof Number number ? number.intValue() : Integer.parseInt(String.valueOf(year).trim());
  }
}
