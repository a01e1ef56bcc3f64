package vn.ct15.workflow.progress;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.progress.ProgressMatrix.Row;

/**
 * Each unit's duties of a plan year counted by state, for other processes (the yearly evaluation of
 * Mục I.2.d): the totals of the progress matrix's rows, from the same constant number of history
 * queries ({@link ProgressService}). The duties are those of {@code ct15.progress.duties}.
 */
@Component
public class YearFigures {

  private final ProgressService progress;

  YearFigures(ProgressService progress) {
    this.progress = progress;
  }

  /**
   * One unit's duties in the plan year, each counted once by its latest task (after a return, the new
   * attempt counts).
   *
   * @param onTime completed on or before the due date
   * @param late completed after the due date
   * @param overdue still open, the due date passed
   * @param open still open and not yet due (in progress or not yet due)
   * @param extended of all of them, those whose due date was extended (each judged against its extended date)
   */
  public record UnitFigures(String unitId, int onTime, int late, int overdue, int open, int extended) {

    public static UnitFigures none(String unitId) {
      return new UnitFigures(unitId, 0, 0, 0, 0, 0);
    }

    /** The duties that were due by now: done on time, done late, or overdue. */
    public int due() {
      return onTime + late + overdue;
    }
  }

  /** Unit id to its figures, for every unit that has (had) a task for a duty, in directory order. */
  public Map<String, UnitFigures> byUnit(int year) {
    Map<String, UnitFigures> figures = new LinkedHashMap<>();
    for (Row row : progress.matrix(year, null, "").units()) {
      Map<String, Integer> totals = row.totals();
      figures.put(row.unitId(), new UnitFigures(row.unitId(), totals.get(TaskState.ON_TIME.code()),
          totals.get(TaskState.LATE.code()), totals.get(TaskState.OVERDUE.code()),
          totals.get(TaskState.IN_PROGRESS.code()) + totals.get(TaskState.NOT_YET_DUE.code()),
          totals.get(ProgressService.EXTENDED)));
    }
    return figures;
  }
}
