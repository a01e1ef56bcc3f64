package vn.ct15.workflow.plan;

import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import vn.ct15.workflow.process.CommonVariables;

/**
 * A section of the plan, carried out by one process and declared by the section's own package as a
 * bean: the one place that says which process runs it, who may start it by hand, when the yearly plan
 * {@code ct15-plan} starts it and which of its tasks Phòng Nội vụ's dashboard follows. Its values
 * (days, starters, column headings) are the section's own configuration; {@link PlanSections} finds
 * every section, and the plan, the dashboard and the start permissions are built from them.
 */
public interface PlanSection {

  /** The process that carries the section out. */
  String processKey();

  /** Who may start it by hand from Tasklist: unit kinds and {@code role:<role>}, comma separated. */
  String starters();

  /** The starts of the section in a plan year that {@code ct15-plan} makes, each on its day; none for a section raised on demand. */
  List<Run> runs();

  /** The section's user tasks that are duties of the units, as columns of the progress dashboard. */
  List<Duty> duties();

  /**
   * One start of a section in a plan year.
   *
   * @param id unique among all sections: the branch of {@code ct15-plan} and its configuration entry
   * @param startDay the day of the plan year {@code ct15-plan} starts it (a day already past: at once)
   * @param cycle the cycle it opens for the plan year: the suffix of its business key ({@code <process>:<cycle>})
   * @param startVariables the variables its process starts with for the plan year
   */
  record Run(String id, MonthDay startDay, IntFunction<String> cycle, IntFunction<Map<String, Object>> startVariables) {

    /** A yearly run: its cycle is the plan year, given as {@code year}. */
    public static Run yearly(String id, String startDay) {
      return new Run(id, MonthDay.parse(startDay), String::valueOf, year -> Map.of(CommonVariables.YEAR.name(), year));
    }
  }
}
