package vn.ct15.workflow.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Turns the plan's deadlines into task due dates. A configured deadline is a day of the plan year
 * (ISO month-day, {@code --06-30}); the start variable {@code deadline} overrides it for one
 * instance with an ISO date or date-time. A date without a time means the end of that day in the
 * configured zone (Asia/Ho_Chi_Minh).
 */
@Component
public class Deadlines {

  private final ZoneId zone;

  Deadlines(DeadlineProperties properties) {
    this.zone = properties.zone();
  }

  public ZoneId zone() {
    return zone;
  }

  /** The due date for a cycle: the override if one is given, else the configured day of the plan year. */
  public Date dueDate(Object override, String configuredMonthDay, int year) {
    if (!given(override)) {
      return endOfDay(MonthDay.parse(configuredMonthDay).atYear(year));
    }
    return parse(override);
  }

  /**
   * The due date of a later (or earlier) step of a cycle: its configured day of the plan year; when
   * the cycle's deadline was overridden, the same distance from its anchor step's due date as between
   * their configured days (a review due 10 days before the decision stays 10 days before the decision
   * given). This is the one rule for every cycle with several steps.
   */
  public Date dueRelativeTo(Object override, Date anchorDue, String anchorMonthDay, String configuredMonthDay, int year) {
    if (!given(override)) {
      return endOfDay(MonthDay.parse(configuredMonthDay).atYear(year));
    }
    long days = ChronoUnit.DAYS.between(MonthDay.parse(anchorMonthDay).atYear(year), MonthDay.parse(configuredMonthDay).atYear(year));
    return Date.from(anchorDue.toInstant().atZone(zone).plusDays(days).toInstant());
  }

  /** Whether a deadline override was given (not absent, not blank). */
  public static boolean given(Object override) {
    return override != null && !(override instanceof String text && text.isBlank());
  }

  /** Reads an ISO-8601 date or date-time; refuses anything else with a Vietnamese message. */
  public Date parse(Object value) {
    if (value instanceof Date date) {
      return date;
    }
    String text = String.valueOf(value).trim();
    try {
      if (text.length() <= 10) {
        return endOfDay(LocalDate.parse(text));
      }
      try {
        return Date.from(OffsetDateTime.parse(text).toInstant());
      } catch (DateTimeParseException withoutOffset) {
        return Date.from(LocalDateTime.parse(text).atZone(zone).toInstant());
      }
    } catch (DateTimeParseException e) {
      throw new FormFieldValidationException(List.of("deadline"), "Hạn xử lý (deadline) không hợp lệ: '" + text
          + "'. Hãy dùng ngày dạng yyyy-MM-dd (ví dụ 2026-06-30) hoặc ngày giờ dạng yyyy-MM-ddTHH:mm.");
    }
  }

  /** The last instant of a day, in the deadlines' zone. */
  public Date endOfDay(LocalDate day) {
    return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant());
  }

  /** The current date in the deadlines' zone, by the engine's clock. */
  public LocalDate today() {
    return ZonedDateTime.ofInstant(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(), zone).toLocalDate();
  }
}
