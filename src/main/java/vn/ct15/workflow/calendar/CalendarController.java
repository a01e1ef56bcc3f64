package vn.ct15.workflow.calendar;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.ct15.workflow.security.Callers;

/**
 * A year's days off and weekend days worked, for any logged-in person (Tasklist session or HTTP Basic):
 * {@code GET /ct15/api/calendar/{year}} answers, sorted by date, {@code {"date", "name", "source":
 * "statutory" | "decision", "kind": "off" | "working"}} for each; the Cockpit tab «Lịch ngày nghỉ»
 * shows the same.
 */
@RestController
class CalendarController {

  private final Callers callers;
  private final WorkingDayCalendar calendar;

  CalendarController(Callers callers, WorkingDayCalendar calendar) {
    this.callers = callers;
    this.calendar = calendar;
  }

  @GetMapping(path = "/ct15/api/calendar/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> year(@PathVariable String year, HttpServletRequest request) {
    if (callers.userId(request).isEmpty()) {
      return callers.loginRequired(request, "Cần đăng nhập để xem lịch ngày nghỉ.");
    }
    int number;
    try {
      number = Integer.parseInt(year.trim());
    } catch (NumberFormatException notANumber) {
      number = -1;
    }
    if (number < StatutoryHolidays.FIRST_YEAR || number > StatutoryHolidays.LAST_YEAR) {
      return ResponseEntity.badRequest().body(Map.of("message", "Năm không hợp lệ: '" + year + "'. Lịch ngày nghỉ có cho các năm từ "
          + StatutoryHolidays.FIRST_YEAR + " đến " + StatutoryHolidays.LAST_YEAR + "."));
    }
    List<DayOff> days = calendar.daysOff(number);
    return ResponseEntity.ok(days);
  }
}
