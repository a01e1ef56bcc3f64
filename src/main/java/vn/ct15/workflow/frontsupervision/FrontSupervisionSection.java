package vn.ct15.workflow.frontsupervision;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.plan.Duty;
import vn.ct15.workflow.plan.PlanSection;
import vn.ct15.workflow.frontsupervision.FrontSupervisionProcess.Element;

/**
 * Mục II.6 and III.3 of the plan as a section: supervision and social criticism, raised on demand by the
 * supervisors (its starters are its requesters).
 */
@Component("frontSupervisionSection")
@Order(80)
class FrontSupervisionSection implements PlanSection {

  private final FrontSupervisionProperties properties;

  FrontSupervisionSection(FrontSupervisionProperties properties) {
    this.properties = properties;
  }

  @Override
  public String processKey() {
    return FrontSupervisionProcess.KEY;
  }

  @Override
  public String starters() {
    return properties.requesters();
  }

  @Override
  public List<Run> runs() {
    return List.of();
  }

  @Override
  public List<Duty> duties() {
    return Duty.of(FrontSupervisionProcess.KEY, Duty.ON_DEMAND, properties.duties(), "ct15.front-supervision.duties",
        Element.ANSWER);
  }
}
