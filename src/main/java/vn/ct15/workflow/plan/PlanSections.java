package vn.ct15.workflow.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every section of the plan, as the sections' packages declare them ({@link PlanSection} beans, in
 * the order of their {@code @Order}: the plan's order), and their runs by id. The yearly plan
 * {@code ct15-plan} reads its branches from here ({@code ${planSections.processKey(sectionRun)}}), the
 * dashboard its columns, the access policy who may start what.
 */
@Component("planSections")
public class PlanSections {

  private final List<PlanSection> sections;
  private final PlanProperties properties;
  private final Map<String, PlanSection.Run> runs = new LinkedHashMap<>();
  private final Map<String, PlanSection> sectionOfRun = new HashMap<>();

  PlanSections(List<PlanSection> sections, PlanProperties properties) {
    this.sections = List.copyOf(sections);
    this.properties = properties;
    for (PlanSection section : this.sections) {
      for (PlanSection.Run run : section.runs()) {
        if (runs.put(run.id(), run) != null) {
          throw new IllegalStateException("Two sections of the plan start a run '" + run.id() + "'");
        }
        sectionOfRun.put(run.id(), section);
      }
    }
  }

  public List<PlanSection> all() {
    return sections;
  }

  /** The ids of the runs {@code ct15-plan} starts in a plan year, in the plan's order. */
  public List<String> runIds() {
    return new ArrayList<>(runs.keySet());
  }

  public PlanSection.Run run(String runId) {
    PlanSection.Run run = runs.get(runId);
    if (run == null) {
      throw new IllegalArgumentException("No section of the plan has a run '" + runId + "'");
    }
    return run;
  }

  /** The process a run starts: the called element of {@code ct15-plan}'s call activity. */
  public String processKey(String runId) {
    run(runId);
    return sectionOfRun.get(runId).processKey();
  }

  /** Every section's duties, in the plan's order: the dashboard's columns. */
  public List<Duty> duties() {
    return sections.stream().flatMap(section -> section.duties().stream()).toList();
  }

  /** Who may start each section's process, and the yearly plan, by hand: process key to unit kinds and roles. */
  public Map<String, String> starters() {
    Map<String, String> starters = new LinkedHashMap<>();
    starters.put(PlanProcess.KEY, properties.starters());
    sections.forEach(section -> starters.merge(section.processKey(), section.starters(), (a, b) -> a + "," + b));
    return starters;
  }
}
