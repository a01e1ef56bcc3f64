package vn.ct15.workflow.evaluation;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.plan.Duty;
import vn.ct15.workflow.plan.PlanSection;

/**
 * Mục I.2.d of the plan as a section: the units' yearly evaluation by their results; it follows no duty of its own.
 */
@Component("annualEvaluationSection")
@Order(75)
public class AnnualEvaluationSection implements PlanSection {

  private final AnnualEvaluationProperties properties;

  AnnualEvaluationSection(AnnualEvaluationProperties properties) {
    this.properties = properties;
  }

  @Override
  public String processKey() {
    return AnnualEvaluationProcess.KEY;
  }

  @Override
  public String starters() {
    return properties.starters();
  }

  @Override
  public List<Run> runs() {
    return List.of(Run.yearly("annual-evaluation", properties.startDay()));
  }

  @Override
  public List<Duty> duties() {
    return List.of();
  }

  /** When the process starts by itself, for its timer start event ({@code ${annualEvaluationSection.schedule}}). */
  public String getSchedule() {
    return properties.schedule();
  }
}
