package vn.ct15.workflow.evaluation;

import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mục I.2.d, Kế hoạch 77/KH-UBND: the yearly evaluation of the units by their results in carrying out
 * the plan.
 *
 * @param evaluated the unit kinds evaluated (comma separated)
 * @param reviewDue the day of the year Phòng Nội vụ's review of the proposals is due (ISO month-day)
 * @param decisionDue the day of the year the Chairman's decision is due (ISO month-day); a start's
 *     {@code deadline} overrides it, and the review keeps its distance before it
 */
@ConfigurationProperties("ct15.annual-evaluation")
record AnnualEvaluationProperties(
    @DefaultValue("coordinator,office,ward,armed-force,public-service") String evaluated,
    @DefaultValue("--12-25") String reviewDue,
    @DefaultValue("--12-31") String decisionDue) {

  AnnualEvaluationProperties {
    if (MonthDay.parse(reviewDue).isAfter(MonthDay.parse(decisionDue))) {
      throw new IllegalArgumentException("ct15.annual-evaluation: review-due (" + reviewDue + ") <= decision-due ("
          + decisionDue + ") expected");
    }
  }
}
