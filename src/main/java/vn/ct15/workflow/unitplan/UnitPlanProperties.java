package vn.ct15.workflow.unitplan;

import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param performers the unit kinds that build a plan (Mục II.4.a), comma separated; armed forces get
 *     their own plan form, every other kind the "Dân thụ hưởng" one
 * @param due the day of the plan year the plans are due, drafted and approved (ISO month-day)
 * @param reportDue the day of the plan year the execution reports are due (ISO month-day); never
 *     before the plans' due date
 */
@ConfigurationProperties("ct15.unit-plan")
record UnitPlanProperties(
    @DefaultValue("office,public-service,armed-force") String performers,
    @DefaultValue("--03-31") String due,
    @DefaultValue("--11-30") String reportDue) {

  UnitPlanProperties {
    MonthDay.parse(due);
    MonthDay.parse(reportDue);
  }
}
