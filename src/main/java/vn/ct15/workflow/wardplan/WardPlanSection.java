package vn.ct15.workflow.wardplan;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.plan.Duty;
import vn.ct15.workflow.plan.PlanSection;
import vn.ct15.workflow.wardplan.WardPlanProcess.Element;

/**
 * Mục II.4 of the plan as a section: each ward's yearly democracy plan, in quý I.
 */
@Component("wardPlanSection")
@Order(30)
public class WardPlanSection implements PlanSection {

  private final WardPlanProperties properties;

  WardPlanSection(WardPlanProperties properties) {
    this.properties = properties;
  }

  @Override
  public String processKey() {
    return WardPlanProcess.KEY;
  }

  @Override
  public String starters() {
    return properties.starters();
  }

  @Override
  public List<Run> runs() {
    return List.of(Run.yearly("ward-plan", properties.startDay()));
  }

  @Override
  public List<Duty> duties() {
    return Duty.of(WardPlanProcess.KEY, null, properties.duties(), "ct15.ward-plan.duties", Element.DRAFT, Element.APPROVE);
  }

  /** When the process starts by itself, for its timer start event ({@code ${wardPlanSection.schedule}}). */
  public String getSchedule() {
    return properties.schedule();
  }
}
