package vn.ct15.workflow.evaluation;

import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mục I.2.d, Kế hoạch 77/KH-UBND: the yearly evaluation of the units by their results in carrying out
 * the plan.
 *
 * @param evaluated the unit kinds evaluated (comma separated)
 * @param reviewDue the day of the year Phòng Nội vụ's review of the proposals is due (ISO month-day)
 * @param decisionDue the day of the year the Chairman's decision is due (ISO month-day); a start's
 *     {@code deadline} overrides it, and the review keeps its distance before it
 * @param startDay the day of the plan year (ISO month-day) the yearly plan ct15-plan starts the section
 * @param schedule when the process starts by itself (Quartz cron, engine time): its timer start event
 * @param starters who may start it by hand from Tasklist: unit kinds and role:&lt;role&gt;, comma separated
 */
@ConfigurationProperties("ct15.annual-evaluation")
record AnnualEvaluationProperties(
    String evaluated,
    String reviewDue,
    String decisionDue,
    String startDay,
    String schedule,
    String starters) {

  AnnualEvaluationProperties {
    if (MonthDay.parse(reviewDue).isAfter(MonthDay.parse(decisionDue))) {
      throw new IllegalArgumentException("ct15.annual-evaluation: review-due (" + reviewDue + ") <= decision-due ("
          + decisionDue + ") expected");
    }
  }
}
