package vn.ct15.workflow.concretization;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.plan.Duty;
import vn.ct15.workflow.plan.PlanSection;
import vn.ct15.workflow.concretization.ConcretizationProcess.Element;

/**
 * Mục II.3 of the plan as a section: the documents that make the motto concrete.
 */
@Component("concretizationSection")
@Order(50)
class ConcretizationSection implements PlanSection {

  private final ConcretizationProperties properties;

  ConcretizationSection(ConcretizationProperties properties) {
    this.properties = properties;
  }

  @Override
  public String processKey() {
    return ConcretizationProcess.KEY;
  }

  @Override
  public String starters() {
    return properties.starters();
  }

  @Override
  public List<Run> runs() {
    return List.of(Run.yearly("concretization", properties.startDay()));
  }

  @Override
  public List<Duty> duties() {
    return Duty.of(ConcretizationProcess.KEY, null, properties.duties(), "ct15.concretization.duties", Element.RECORD);
  }
}
