package vn.ct15.workflow.progress;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The progress dashboard (Mục II.5, Kế hoạch 77/KH-UBND: Phòng Nội vụ monitors every unit's duties).
 *
 * @param dueSoon an open task due within this time from now is "đang thực hiện" (in progress: its
 *     deadline is near), one due later "chưa đến hạn" (not yet due)
 * @param duties the columns of the matrix, in order
 */
@ConfigurationProperties("ct15.progress")
record ProgressProperties(@DefaultValue("P7D") Duration dueSoon, @DefaultValue List<Duty> duties) {

  /**
   * One duty of the plan: the user task {@code task} of the process {@code process} in the plan
   * year's cycle, whose business key is {@code <process>:<year>}, or {@code <process>:<year>-<cycle>}
   * when {@code cycle} is given (e.g. {@code H1}: the 6-month report); {@code cycle: "*"} marks a duty
   * raised on demand, counted for every instance of the process started in the plan year.
   *
   * @param label the column heading (Vietnamese, citing the plan's section)
   */
  record Duty(String process, String task, String cycle, String label) {

    /** The cycle of a duty raised on demand (supervision requests, difficulties): any instance started in the year. */
    static final String ON_DEMAND = "*";

    boolean onDemand() {
      return ON_DEMAND.equals(cycle == null ? null : cycle.trim());
    }

    static String onDemandKey(String process) {
      return process + ":" + ON_DEMAND;
    }

    /** A stable id for JSON and the plugin: {@code process/task} or {@code process/task/cycle}. */
    String id() {
      return process + "/" + task + (hasCycle() ? "/" + cycle : "");
    }

    boolean hasCycle() {
      return cycle != null && !cycle.isBlank();
    }

    /** The business key of this duty's cycle in the given plan year ({@code <process>:*} for on-demand duties). */
    String businessKey(int year) {
      if (onDemand()) {
        return onDemandKey(process);
      }
      return process + ":" + year + (hasCycle() ? "-" + cycle.trim() : "");
    }
  }
}
