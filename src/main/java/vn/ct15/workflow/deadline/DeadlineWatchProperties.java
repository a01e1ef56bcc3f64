package vn.ct15.workflow.deadline;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reminders when the people who can do a task are reminded of its due date
 * @param escalation when a task still open after its due date is escalated
 */
@ConfigurationProperties("ct15")
record DeadlineWatchProperties(Reminders reminders, Escalation escalation) {

  /** @param before offsets before the due date, one e-mail each (ISO-8601 durations, comma separated) */
  record Reminders(List<Duration> before) {}

  /**
   * @param after how long after the due date an open task is escalated
   * @param urgeWithin how long Phòng Nội vụ has for its "Đôn đốc" task
   */
  record Escalation(Duration after, Duration urgeWithin) {}
}
