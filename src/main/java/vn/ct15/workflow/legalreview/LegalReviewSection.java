package vn.ct15.workflow.legalreview;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.plan.Duty;
import vn.ct15.workflow.plan.PlanSection;
import vn.ct15.workflow.legalreview.LegalReviewProcess.Element;

/**
 * Mục II.2 of the plan as a section: the review of legal documents on grassroots democracy.
 */
@Component("legalReviewSection")
@Order(20)
class LegalReviewSection implements PlanSection {

  private final LegalReviewProperties properties;

  LegalReviewSection(LegalReviewProperties properties) {
    this.properties = properties;
  }

  @Override
  public String processKey() {
    return LegalReviewProcess.KEY;
  }

  @Override
  public String starters() {
    return properties.starters();
  }

  @Override
  public List<Run> runs() {
    return List.of(Run.yearly("legal-review", properties.startDay()));
  }

  @Override
  public List<Duty> duties() {
    return Duty.of(LegalReviewProcess.KEY, null, properties.duties(), "ct15.legal-review.duties",
        Element.CONTRIBUTE, Element.DRAFT, Element.APPROVE);
  }
}
