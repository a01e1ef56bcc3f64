package vn.ct15.workflow.concretization;

import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param performers the unit kinds that issue and record documents (Mục II.3.a), comma separated
 * @param due the day of the plan year the units' documents are due (ISO month-day: "Trong năm", the
 *     end of the year)
 * @param summaryWithin how many working days Phòng Nội vụ has to review the summary once every unit
 *     has recorded (ISO-8601 duration in days, such as P10D)
 */
@ConfigurationProperties("ct15.concretization")
record ConcretizationProperties(
    @DefaultValue("coordinator,office,ward,armed-force,public-service") String performers,
    @DefaultValue("--12-31") String due,
    @DefaultValue("P10D") String summaryWithin) {

  ConcretizationProperties {
    MonthDay.parse(due);
    if (!summaryWithin.matches("P\\d{1,4}D")) {
      throw new IllegalArgumentException("ct15.concretization.summary-within must be a number of working days such as"
          + " P10D, not '" + summaryWithin + "'");
    }
  }
}
