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

  public String getHalfYearReport() {
    return properties.halfYearReport();
  }

  public String getYearReport() {
    return properties.yearReport();
  }
}
