package vn.ct15.workflow.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One duty of the plan that the progress dashboard follows: the user task {@code task} of the process
 * {@code process} in the plan year's cycle, whose business key is {@code <process>:<year>}, or
 * {@code <process>:<year>-<cycle>} when {@code cycle} is given (e.g. {@code H1}: the 6-month report);
 * {@link #ON_DEMAND} marks a duty raised on demand, counted for every instance of the process started in
 * the plan year.
 *
 * @param label the column heading (Vietnamese, citing the plan's section)
 */
public record Duty(String process, String task, String cycle, String label) {

  /** The cycle of a duty raised on demand (supervision requests, difficulties): any instance started in the year. */
  public static final String ON_DEMAND = "*";

  /**
   * The duties of a section's tasks, headed as its configuration says: every task needs a heading, and
   * a heading for a task that is not one of them is refused, so that a typo cannot drop a column.
   *
   * @param entry the configuration entry of the headings, for the error (e.g. {@code ct15.ward-plan.duties})
   */
  public static List<Duty> of(String process, String cycle, Map<String, String> headings, String entry, String... tasks) {
    Set<String> unknown = new TreeSet<>(headings.keySet());
    Arrays.asList(tasks).forEach(unknown::remove);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException(entry + ": " + unknown + " is not a task followed on the dashboard; expected "
          + Arrays.toString(tasks));
    }
    List<Duty> duties = new ArrayList<>();
    for (String task : tasks) {
      String label = headings.get(task);
      if (label == null || label.isBlank()) {
        throw new IllegalStateException(entry + "." + task + ": the dashboard's heading of this duty is missing");
      }
      duties.add(new Duty(process, task, cycle, label));
    }
    return duties;
  }

  public boolean onDemand() {
    return ON_DEMAND.equals(cycle == null ? null : cycle.trim());
  }

  public static String onDemandKey(String process) {
    return process + ":" + ON_DEMAND;
  }

  /** A stable id for JSON and the plugin: {@code process/task} or {@code process/task/cycle}. */
  public String id() {
    return process + "/" + task + (hasCycle() ? "/" + cycle : "");
  }

  public boolean hasCycle() {
    return cycle != null && !cycle.isBlank();
  }

  /** The business key of this duty's cycle in the given plan year ({@code <process>:*} for on-demand duties). */
  public String businessKey(int year) {
    if (onDemand()) {
      return onDemandKey(process);
    }
    return process + ":" + year + (hasCycle() ? "-" + cycle.trim() : "");
  }
}
