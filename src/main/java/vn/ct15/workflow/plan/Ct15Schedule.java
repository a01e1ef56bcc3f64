package vn.ct15.workflow.plan;

import org.springframework.stereotype.Component;

/**
 * The start timers' cycles, for timer expressions such as {@code ${ct15Schedule.wardPlan}}.
 * Timer start events are evaluated while the engine deploys, so this bean depends on nothing
 * but configuration.
 */
@Component("ct15Schedule")
public class Ct15Schedule {

  private final ScheduleProperties properties;

  Ct15Schedule(ScheduleProperties properties) {
    this.properties = properties;
  }

  public String getWardPlan() {
    return properties.wardPlan();
  }

  /** Both start days of the periodic reports (6-month and yearly), in one cron. */
  public String getPeriodicReport() {
    return properties.periodicReport();
  }

  /** The yearly inspection of the units (II.5). */
  public String getInspection() {
    return properties.inspection();
  }

  /** The yearly evaluation of the units by their results in carrying out the plan (I.2.d). */
  public String getAnnualEvaluation() {
    return properties.annualEvaluation();
  }
}
