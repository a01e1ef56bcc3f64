package vn.ct15.workflow.unitplan;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.plan.Duty;
import vn.ct15.workflow.plan.PlanSection;
import vn.ct15.workflow.unitplan.UnitPlanProcess.Element;

/**
 * Mục II.4.a of the plan as a section: the units' plans for "Dân thụ hưởng" and the armed forces' plans.
 */
@Component("unitPlanSection")
@Order(60)
class UnitPlanSection implements PlanSection {

  private final UnitPlanProperties properties;

  UnitPlanSection(UnitPlanProperties properties) {
    this.properties = properties;
  }

  @Override
  public String processKey() {
    return UnitPlanProcess.KEY;
  }

  @Override
  public String starters() {
    return properties.starters();
  }

  @Override
  public List<Run> runs() {
    return List.of(Run.yearly("unit-plan", properties.startDay()));
  }

  @Override
  public List<Duty> duties() {
    return Duty.of(UnitPlanProcess.KEY, null, properties.duties(), "ct15.unit-plan.duties",
        Element.DRAFT_BENEFIT, Element.DRAFT_ARMED_FORCE, Element.REPORT);
  }
}
