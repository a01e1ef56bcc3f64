package vn.ct15.workflow.inspection;

import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mục II.5, Kế hoạch 77/KH-UBND: the yearly inspection led by Phòng Nội vụ.
 *
 * @param inspected the unit kinds Phòng Nội vụ may choose to inspect (comma separated)
 * @param planDue the day of the year the inspection plan is due (ISO month-day)
 * @param findingsDue the day of the year the findings at every unit are due (ISO month-day)
 * @param conclusionDue the day of the year the conclusion is due (ISO month-day); a start's
 *     {@code deadline} overrides it, and the plan and findings keep their distance before it
 * @param correctWithin how long a unit has to correct its shortcomings, in working days (ISO-8601, e.g. P15D)
 * @param verifyWithin how long Phòng Nội vụ has to verify a correction, in working days
 */
@ConfigurationProperties("ct15.inspection")
record InspectionProperties(
    @DefaultValue("office,ward,armed-force,public-service") String inspected,
    @DefaultValue("--09-30") String planDue,
    @DefaultValue("--11-30") String findingsDue,
    @DefaultValue("--12-20") String conclusionDue,
    @DefaultValue("P15D") String correctWithin,
    @DefaultValue("P5D") String verifyWithin) {

  InspectionProperties {
    if (MonthDay.parse(planDue).isAfter(MonthDay.parse(findingsDue))
        || MonthDay.parse(findingsDue).isAfter(MonthDay.parse(conclusionDue))) {
      throw new IllegalArgumentException("ct15.inspection: plan-due (" + planDue + ") <= findings-due (" + findingsDue
          + ") <= conclusion-due (" + conclusionDue + ") expected");
    }
    workingDays("correct-within", correctWithin);
    workingDays("verify-within", verifyWithin);
  }

  private static void workingDays(String name, String value) {
    if (!value.matches("P\\d{1,4}D")) {
      throw new IllegalArgumentException("ct15.inspection." + name + " must be a number of working days such as P15D, not '"
          + value + "'");
    }
  }
}
