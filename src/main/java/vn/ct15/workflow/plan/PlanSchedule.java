package vn.ct15.workflow.plan;

import java.util.Date;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;

/**
 * The moment a branch of {@code ct15-plan} starts its section in the plan year, for the timer's
 * expression {@code ${planSchedule.start(sectionRun, year)}}: the run's day at the configured start time.
 * A moment already past fires at once.
 */
@Component("planSchedule")
public class PlanSchedule {

  private final PlanSections sections;
  private final PlanProperties properties;
  private final Deadlines deadlines;

  PlanSchedule(PlanSections sections, PlanProperties properties, Deadlines deadlines) {
    this.sections = sections;
    this.properties = properties;
    this.deadlines = deadlines;
  }

  /** The run's day of the plan year at the configured start time, in the deadlines' zone. */
  public Date start(String runId, Object year) {
    int planYear = year instanceof Number number ? number.intValue() : Integer.parseInt(String.valueOf(year));
    return Date.from(sections.run(runId).startDay().atYear(planYear).atTime(properties.startTime())
        .atZone(deadlines.zone()).toInstant());
  }
}
