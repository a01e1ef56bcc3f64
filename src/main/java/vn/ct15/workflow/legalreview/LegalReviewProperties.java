package vn.ct15.workflow.legalreview;

import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mục II.2, Kế hoạch 77/KH-UBND: the review of legal normative documents on grassroots democracy.
 *
 * @param leadRole the directory role of the unit that leads the review (Cơ quan chủ trì: Phòng Tư pháp)
 * @param contributors the unit kinds that review and propose (Cơ quan phối hợp), comma separated; the
 *     lead unit itself is left out
 * @param contributionsDue the day of the review year the units' proposals are due (ISO month-day)
 * @param due the day of the review year the approved review report is due (ISO month-day: "Tháng 6")
 */
@ConfigurationProperties("ct15.legal-review")
record LegalReviewProperties(
    @DefaultValue("legal-review") String leadRole,
    @DefaultValue("office,ward,public-service") String contributors,
    @DefaultValue("--06-15") String contributionsDue,
    @DefaultValue("--06-30") String due) {

  LegalReviewProperties {
    if (MonthDay.parse(contributionsDue).isAfter(MonthDay.parse(due))) {
      throw new IllegalArgumentException("ct15.legal-review.contributions-due (" + contributionsDue
          + ") must not be after ct15.legal-review.due (" + due + ")");
    }
  }
}
