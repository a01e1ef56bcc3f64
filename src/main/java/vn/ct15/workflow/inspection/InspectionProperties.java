package vn.ct15.workflow.inspection;

import java.util.Map;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;

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
 * @param startDay the day of the plan year (ISO month-day) the yearly plan ct15-plan starts the section
 * @param schedule when the process starts by itself (Quartz cron, engine time): its timer start event
 * @param starters who may start it by hand from Tasklist: unit kinds and role:&lt;role&gt;, comma separated
 * @param duties the progress dashboard's heading of each task that is a duty of the units, by task id
 */
@ConfigurationProperties("ct15.inspection")
record InspectionProperties(
    String inspected,
    String planDue,
    String findingsDue,
    String conclusionDue,
    String correctWithin,
    String verifyWithin,
    String startDay,
    String schedule,
    String starters,
    Map<String, String> duties) {

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
