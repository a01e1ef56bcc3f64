package vn.ct15.workflow.progress;

import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The plan year's progress: one row per unit, one column per duty, a cell where the unit has (had)
 * a task for the duty. Totals count cells per state, per unit, per duty and overall.
 */
record ProgressMatrix(int year, String processKey, Date generatedAt, long dueSoonDays, List<State> states,
    List<Column> duties, List<Row> units, Map<String, Integer> totals) {

  record State(String code, String label, String colour) {}

  record Column(String id, String processKey, String taskKey, String businessKey, String label,
      Map<String, Integer> totals) {}

  record Row(String unitId, String name, Map<String, Cell> cells, Map<String, Integer> totals) {}

  /**
   * @param attempts how many tasks the unit had for this duty (more than one after a return)
   * @param cockpitUrl the process instance in Cockpit
   * @param extended whether the task's due date was extended (gia hạn): {@code due} is then the extended date
   * @param originalDue the due date before the first extension, or null
   */
  record Cell(String state, String label, String taskId, String taskName, Date due, Date finished,
      int attempts, String processInstanceId, String cockpitUrl, boolean extended, Date originalDue) {}
}
