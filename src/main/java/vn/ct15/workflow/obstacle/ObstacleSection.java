package vn.ct15.workflow.obstacle;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.plan.Duty;
import vn.ct15.workflow.plan.PlanSection;
import vn.ct15.workflow.obstacle.ObstacleProcess.Element;

/**
 * The closing paragraph of the plan as a section: difficulties raised on demand by the units (its starters are
 * its raisers).
 */
@Component("obstacleSection")
@Order(90)
class ObstacleSection implements PlanSection {

  private final ObstacleProperties properties;

  ObstacleSection(ObstacleProperties properties) {
    this.properties = properties;
  }

  @Override
  public String processKey() {
    return ObstacleProcess.KEY;
  }

  @Override
  public String starters() {
    return properties.raisers();
  }

  @Override
  public List<Run> runs() {
    return List.of();
  }

  @Override
  public List<Duty> duties() {
    return Duty.of(ObstacleProcess.KEY, Duty.ON_DEMAND, properties.duties(), "ct15.obstacle.duties", Element.ANSWER_BY_OFFICE);
  }
}
