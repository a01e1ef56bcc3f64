package vn.ct15.workflow.plan;

import java.util.Date;
import vn.ct15.workflow.deadline.Deadlines;

/**
 * A cycle of a plan year that has just been opened ({@link PlanCycles#openYear}): its year and the
 * deadline given at its start, if any, from which its steps' due dates follow.
 *
 * @param year the plan year
 * @param deadline the {@code deadline} given at the start (ISO date or date-time), or null
 */
public record OpenedYear(int year, Object deadline, Deadlines deadlines) {

  /** The due date of the cycle's main step: the deadline given, else the configured day of the year. */
  public Date due(String configuredMonthDay) {
    return deadlines.dueDate(deadline, configuredMonthDay, year);
  }

  /** The due date of another step, kept at its configured distance from the main step's (see {@link Deadlines#dueRelativeTo}). */
  public Date dueRelativeTo(Date mainDue, String mainMonthDay, String configuredMonthDay) {
    return deadlines.dueRelativeTo(deadline, mainDue, mainMonthDay, configuredMonthDay, year);
  }

  /** The configured day of a step that does not move with the deadline, but never before {@code notBefore}. */
  public Date fixedDay(String configuredMonthDay, Date notBefore) {
    Date day = deadlines.dueDate(null, configuredMonthDay, year);
    return day.before(notBefore) ? notBefore : day;
  }
}
