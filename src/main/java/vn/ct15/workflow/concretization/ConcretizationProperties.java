package vn.ct15.workflow.concretization;

import java.util.Map;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param performers the unit kinds that issue and record documents (Mục II.3.a), comma separated
 * @param due the day of the plan year the units' documents are due (ISO month-day: "Trong năm", the
 *     end of the year)
 * @param summaryWithin how many working days Phòng Nội vụ has to review the summary once every unit
 *     has recorded (ISO-8601 duration in days, such as P10D)
 * @param startDay the day of the plan year (ISO month-day) the yearly plan ct15-plan starts the section
 * @param starters who may start it by hand from Tasklist: unit kinds and role:&lt;role&gt;, comma separated
 * @param duties the progress dashboard's heading of each task that is a duty of the units, by task id
 */
@ConfigurationProperties("ct15.concretization")
record ConcretizationProperties(
    String performers,
    String due,
    String summaryWithin,
    String startDay,
    String starters,
    Map<String, String> duties) {

  ConcretizationProperties {
    MonthDay.parse(due);
    if (!summaryWithin.matches("P\\d{1,4}D")) {
      throw new IllegalArgumentException("ct15.concretization.summary-within must be a number of working days such as"
          + " P10D, not '" + summaryWithin + "'");
    }
  }
}
