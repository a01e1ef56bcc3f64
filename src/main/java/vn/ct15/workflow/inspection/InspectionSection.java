package vn.ct15.workflow.inspection;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.plan.Duty;
import vn.ct15.workflow.plan.PlanSection;
import vn.ct15.workflow.inspection.InspectionProcess.Element;

/**
 * Mục II.5 of the plan as a section: the yearly inspection and the correction of shortcomings.
 */
@Component("inspectionSection")
@Order(70)
public class InspectionSection implements PlanSection {

  private final InspectionProperties properties;

  InspectionSection(InspectionProperties properties) {
    this.properties = properties;
  }

  @Override
  public String processKey() {
    return InspectionProcess.KEY;
  }

  @Override
  public String starters() {
    return properties.starters();
  }

  @Override
  public List<Run> runs() {
    return List.of(Run.yearly("inspection", properties.startDay()));
  }

  @Override
  public List<Duty> duties() {
    return Duty.of(InspectionProcess.KEY, null, properties.duties(), "ct15.inspection.duties", Element.CORRECT);
  }

  /** When the process starts by itself, for its timer start event ({@code ${inspectionSection.schedule}}). */
  public String getSchedule() {
    return properties.schedule();
  }
}
