package vn.ct15.workflow.unitplan;

import java.util.Map;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param performers the unit kinds that build a plan (Mục II.4.a), comma separated; armed forces get
 *     their own plan form, every other kind the "Dân thụ hưởng" one
 * @param due the day of the plan year the plans are due, drafted and approved (ISO month-day)
 * @param reportDue the day of the plan year the execution reports are due (ISO month-day); never
 *     before the plans' due date
 * @param startDay the day of the plan year (ISO month-day) the yearly plan ct15-plan starts the section
 * @param starters who may start it by hand from Tasklist: unit kinds and role:&lt;role&gt;, comma separated
 * @param duties the progress dashboard's heading of each task that is a duty of the units, by task id
 */
@ConfigurationProperties("ct15.unit-plan")
record UnitPlanProperties(
    String performers,
    String due,
    String reportDue,
    String startDay,
    String starters,
    Map<String, String> duties) {

  UnitPlanProperties {
    MonthDay.parse(due);
    MonthDay.parse(reportDue);
  }
}
