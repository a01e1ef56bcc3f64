package vn.ct15.workflow.legalreview;

import java.util.Map;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mục II.2, Kế hoạch 77/KH-UBND: the review of legal normative documents on grassroots democracy.
 *
 * @param leadRole the directory role of the unit that leads the review (Cơ quan chủ trì: Phòng Tư pháp)
 * @param contributors the unit kinds that review and propose (Cơ quan phối hợp), comma separated; the
 *     lead unit itself is left out
 * @param contributionsDue the day of the review year the units' proposals are due (ISO month-day)
 * @param due the day of the review year the approved review report is due (ISO month-day: "Tháng 6")
 * @param startDay the day of the plan year (ISO month-day) the yearly plan ct15-plan starts the section
 * @param starters who may start it by hand from Tasklist: unit kinds and role:&lt;role&gt;, comma separated
 * @param duties the progress dashboard's heading of each task that is a duty of the units, by task id
 */
@ConfigurationProperties("ct15.legal-review")
record LegalReviewProperties(
    String leadRole,
    String contributors,
    String contributionsDue,
    String due,
    String startDay,
    String starters,
    Map<String, String> duties) {

  LegalReviewProperties {
    if (MonthDay.parse(contributionsDue).isAfter(MonthDay.parse(due))) {
      throw new IllegalArgumentException("ct15.legal-review.contributions-due (" + contributionsDue
          + ") must not be after ct15.legal-review.due (" + due + ")");
    }
  }
}
