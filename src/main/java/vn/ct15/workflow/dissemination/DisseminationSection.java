package vn.ct15.workflow.dissemination;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.plan.Duty;
import vn.ct15.workflow.plan.PlanSection;
import vn.ct15.workflow.dissemination.DisseminationProcess.Element;

/**
 * Mục II.1 of the plan as a section: quán triệt, thông tin, tuyên truyền, started by the yearly plan on its day.
 */
@Component("disseminationSection")
@Order(10)
class DisseminationSection implements PlanSection {

  private final DisseminationProperties properties;

  DisseminationSection(DisseminationProperties properties) {
    this.properties = properties;
  }

  @Override
  public String processKey() {
    return DisseminationProcess.KEY;
  }

  @Override
  public String starters() {
    return properties.starters();
  }

  @Override
  public List<Run> runs() {
    return List.of(Run.yearly("dissemination", properties.startDay()));
  }

  @Override
  public List<Duty> duties() {
    return Duty.of(DisseminationProcess.KEY, null, properties.duties(), "ct15.dissemination.duties",
        Element.REPORT, Element.MEDIA, Element.OPEN_PORTAL_SECTION, Element.CONSOLIDATE);
  }
}
