package vn.ct15.workflow.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.HolidayFile.Day;

/**
 * Counts durations in Vietnamese working days ("ngày làm việc"): Saturdays, Sundays and the
 * holidays of the holiday file are skipped, unless the Government made that weekend day a working
 * day. {@code P10D} means the 10th working day after the start day, and the due time is the end of
 * that day (23:59:59) in the deadlines' zone.
 *
 * <p>Registered as {@code workingDays} for expressions, e.g. a user task's
 * {@code camunda:dueDate="${workingDays.after('P10D')}"} or a timer's
 * {@code <timeDate>${workingDays.after('P3D')}</timeDate>}, and with the engine as the business
 * calendar {@value #NAME}. Timers are evaluated while the engine deploys, so this bean depends on
 * nothing but configuration.
 */
@Component("workingDays")
public class WorkingDayCalendar implements BusinessCalendar {

  /** The name of this calendar in the engine's business calendar manager. */
  public static final String NAME = "ct15";

  private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);
  private static final Pattern WORKING_DAYS = Pattern.compile("P(\\d{1,4})D");

  private final ZoneId zone;
  private final Deadlines deadlines;
  private final Map<LocalDate, String> holidays;
  private final Set<LocalDate> workingWeekendDays;
  private final Set<Integer> years;
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  WorkingDayCalendar(CalendarProperties properties, Deadlines deadlines) {
    this.deadlines = deadlines;
    this.zone = deadlines.zone();
    String source = String.valueOf(properties.holidays());
    HolidayFile file = HolidayFile.read(properties.holidays());
    Map<LocalDate, String> offDays = new HashMap<>();
    Set<LocalDate> worked = new HashSet<>();
    file.years().forEach((year, entries) -> {
      String where = source + ", year " + year;
      if (entries == null) {
        throw new IllegalStateException(where + ": lists nothing");
      }
      for (Day entry : nullToEmpty(entries.holidays())) {
        entry.days(where).forEach(day -> offDays.put(inYear(day, year, where), entry.name()));
      }
      for (Day entry : nullToEmpty(entries.workingDays())) {
        entry.days(where).forEach(day -> worked.add(inYear(day, year, where)));
      }
    });
    properties.extraHolidays().forEach(day -> offDays.putIfAbsent(day, "Ngày nghỉ bổ sung"));
    worked.addAll(properties.extraWorkingDays());
    for (LocalDate day : worked) {
      if (!isWeekend(day)) {
        throw new IllegalStateException("Working day " + day + " (" + source + " or ct15.calendar.extra-working-days)"
            + " is a " + day.getDayOfWeek() + ": only a Saturday or Sunday can be made a working day");
      }
      if (offDays.containsKey(day)) {
        throw new IllegalStateException("Day " + day + " is listed both as a holiday and as a working day ("
            + source + ", ct15.calendar.extra-holidays, ct15.calendar.extra-working-days)");
      }
    }
    this.holidays = Map.copyOf(offDays);
    this.workingWeekendDays = Set.copyOf(worked);
    this.years = Set.copyOf(file.years().keySet());
    LOG.info("Working-day calendar: {} holidays and {} weekend working days for the years {} from {}",
        holidays.size(), workingWeekendDays.size(), years.stream().sorted().toList(), source);
  }

  // ------------------------------------------------------------------ for expressions

  /** The end of the working day that is the given number of working days ({@code P10D}) after today. */
  public Date after(String workingDays) {
    return after(workingDays, ClockUtil.getCurrentTime());
  }

  /**
   * The end of the working day that is the given number of working days ({@code P10D}) after the
   * start: a {@link Date}, a java.time date or date-time, or an ISO date or date-time text.
   */
  public Date after(String workingDays, Object start) {
    return deadlines.endOfDay(addWorkingDays(toLocalDate(start), parse(workingDays)));
  }

  /**
   * Whether a day (a {@link Date} or java.time date-time, taken in the deadlines' zone, a
   * {@link LocalDate}, or an ISO text) is a working day.
   */
  public boolean isWorkingDay(Object date) {
    return workingDay(toLocalDate(date));
  }

  /** The Vietnamese name of the holiday on that day, or null on a day that is no holiday. */
  public String holidayName(Object date) {
    return holidays.get(toLocalDate(date));
  }

  // ------------------------------------------------------------------ for Java

  /**
   * The day that is {@code days} working days after {@code start} (the start day itself not
   * counted); for 0 days, the start day if it is a working day, else the next working day.
   */
  public LocalDate addWorkingDays(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("A number of working days cannot be negative: " + days);
    }
    LocalDate day = start;
    if (days == 0) {
      while (!workingDay(day)) {
        day = day.plusDays(1);
      }
      return day;
    }
    for (int left = days; left > 0; ) {
      day = day.plusDays(1);
      if (workingDay(day)) {
        left--;
      }
    }
    return day;
  }

  // Not an overload of isWorkingDay(Object): expressions pick methods by name and argument count.
  private boolean workingDay(LocalDate day) {
    if (!years.contains(day.getYear()) && warnedYears.add(day.getYear())) {
      LOG.warn("The holiday file lists no holidays for {}: counting working days that year skips weekends only."
          + " Add the year's official holidays to the holiday file (ct15.calendar.holidays).", day.getYear());
    }
    if (workingWeekendDays.contains(day)) {
      return true;
    }
    return !isWeekend(day) && !holidays.containsKey(day);
  }

  /** Every holiday known, by day. */
  public Map<LocalDate, String> holidays() {
    return Collections.unmodifiableMap(holidays);
  }

  // ------------------------------------------------------------------ for the engine

  @Override
  public Date resolveDuedate(String duedateDescription) {
    return after(duedateDescription);
  }

  /** Counts from the given start; from the engine's current time when it is null. */
  @Override
  public Date resolveDuedate(String duedateDescription, Date startDate) {
    return after(duedateDescription, startDate != null ? startDate : ClockUtil.getCurrentTime());
  }

  /** Counts from the engine's current time, as Camunda's own duration calendar does. */
  @Override
  public Date resolveDuedate(String duedateDescription, Task task) {
    return after(duedateDescription);
  }

  // ------------------------------------------------------------------ helpers

  private static int parse(String workingDays) {
    Matcher matcher = WORKING_DAYS.matcher(workingDays == null ? "" : workingDays.trim());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Expected a number of working days as an ISO-8601 period of days such as"
          + " P10D, not '" + workingDays + "'");
    }
    return Integer.parseInt(matcher.group(1));
  }

  private LocalDate toLocalDate(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(zone).toLocalDate();
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.toLocalDate();
    }
    if (value instanceof ZonedDateTime dateTime) {
      return dateTime.withZoneSameInstant(zone).toLocalDate();
    }
    if (value instanceof OffsetDateTime dateTime) {
      return dateTime.atZoneSameInstant(zone).toLocalDate();
    }
    if (value instanceof CharSequence text && !text.toString().isBlank()) {
      String iso = text.toString().trim();
      try {
        if (iso.length() <= 10) {
          return LocalDate.parse(iso);
        }
        try {
          return OffsetDateTime.parse(iso).atZoneSameInstant(zone).toLocalDate();
        } catch (DateTimeParseException withoutOffset) {
          return LocalDateTime.parse(iso).toLocalDate();
        }
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("Expected an ISO date or date-time, not '" + iso + "'", e);
      }
    }
    throw new IllegalArgumentException("Expected a date, not " + value);
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static LocalDate inYear(LocalDate day, int year, String where) {
    if (day.getYear() != year) {
      throw new IllegalStateException(where + ": " + day + " is not in " + year);
    }
    return day;
  }

  private static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
