package vn.ct15.workflow.plan;

import java.time.MonthDay;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;

/**
 * The day each branch of {@code ct15-plan} starts its section, for the timers' expressions such as
 * {@code ${planSchedule.start('ward-plan', year)}}. A day already past fires at once.
 */
@Component("planSchedule")
public class PlanSchedule {

  private final PlanProperties properties;
  private final Deadlines deadlines;

  PlanSchedule(PlanProperties properties, Deadlines deadlines) {
    this.properties = properties;
    this.deadlines = deadlines;
  }

  /** The configured day of the plan year at the configured start time, in the deadlines' zone. */
  public Date start(String section, Object year) {
    int planYear = year instanceof Number number ? number.intValue() : Integer.parseInt(String.valueOf(year));
    MonthDay day = MonthDay.parse(properties.schedule().of(PlanSection.byCode(section)));
    return Date.from(day.atYear(planYear).atTime(properties.startTime()).atZone(deadlines.zone()).toInstant());
  }
}
