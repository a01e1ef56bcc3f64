package vn.ct15.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
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
import vn.ct15.workflow.calendar.HolidayFile.Day;
import vn.ct15.workflow.deadline.Deadlines;

/**
 * Counts durations in Vietnamese working days ("ngày làm việc"): Saturdays, Sundays and the year's
 * days off are skipped, unless the Government made that weekend day a working day. A year's days off
 * are the Government's decision for it where the holiday file has one ({@code ct15.calendar.holidays}:
 * it lists that year's days off completely), else the days the Labour Code fixes, computed for any year
 * from 1900 to 2199 ({@link StatutoryHolidays}, with Tết and Giỗ Tổ from the Vietnamese lunar
 * calendar); the configuration's extra days apply on top of either. A deadline in a year that has no
 * decision yet is logged once per year. {@code P10D} means the 10th working day after the start day,
 * and the due time is the end of that day (23:59:59) in the deadlines' zone.
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
  private final String source;
  /** The Government's decisions, by year: every day off and weekend day worked of that year. */
  private final Map<Integer, List<DayOff>> decisions;
  /** The administrator's extra days off and weekend days worked, by year. */
  private final Map<Integer, List<DayOff>> extras;
  /** Each year's days, as looked up: decided or computed, with the extras. */
  private final Map<Integer, Year> years = new ConcurrentHashMap<>();
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  /** One year's days off (by day, with their names) and weekend days worked. */
  private record Year(Map<LocalDate, String> off, Set<LocalDate> working, List<DayOff> days) {}

  WorkingDayCalendar(CalendarProperties properties, Deadlines deadlines) {
    this.deadlines = deadlines;
    this.zone = deadlines.zone();
    this.source = String.valueOf(properties.holidays());
    HolidayFile file = HolidayFile.read(properties.holidays());
    Map<Integer, List<DayOff>> decided = new HashMap<>();
    file.years().forEach((year, entries) -> {
      String where = source + ", year " + year;
      if (entries == null) {
        throw new IllegalStateException(where + ": lists nothing");
      }
      List<DayOff> days = new ArrayList<>();
      for (Day entry : nullToEmpty(entries.holidays())) {
        entry.days(where).forEach(day -> days.add(new DayOff(inYear(day, year, where), entry.name(), DayOff.DECISION, DayOff.OFF)));
      }
      for (Day entry : nullToEmpty(entries.workingDays())) {
        entry.days(where).forEach(day -> days.add(new DayOff(inYear(day, year, where), entry.name(), DayOff.DECISION, DayOff.WORKING)));
      }
      decided.put(year, days);
    });
    Map<Integer, List<DayOff>> extra = new HashMap<>();
    properties.extraHolidays().forEach(day -> extra.computeIfAbsent(day.getYear(), year -> new ArrayList<>())
        .add(new DayOff(day, "Ngày nghỉ bổ sung", DayOff.DECISION, DayOff.OFF)));
    properties.extraWorkingDays().forEach(day -> extra.computeIfAbsent(day.getYear(), year -> new ArrayList<>())
        .add(new DayOff(day, "Ngày làm việc bổ sung", DayOff.DECISION, DayOff.WORKING)));
    this.decisions = Map.copyOf(decided);
    this.extras = Map.copyOf(extra);
    for (int year : decided.keySet()) {
      year(year);
    }
    for (int year : extra.keySet()) {
      year(year);
    }
    LOG.info("Working-day calendar: the Government's decisions for {} from {}; other years from the Labour Code"
        + " ({}–{}, Tết and Giỗ Tổ from the lunar calendar)", decided.keySet().stream().sorted().toList(), source,
        StatutoryHolidays.FIRST_YEAR, StatutoryHolidays.LAST_YEAR);
  }

  /** The year's days, decided or computed, with the extras; checked once, when first looked up. */
  private Year year(int year) {
    return years.computeIfAbsent(year, this::build);
  }

  private Year build(int year) {
    List<DayOff> days = new ArrayList<>(decisions.containsKey(year) ? decisions.get(year) : computed(year));
    days.addAll(extras.getOrDefault(year, List.of()));
    Map<LocalDate, String> off = new HashMap<>();
    Set<LocalDate> working = new HashSet<>();
    for (DayOff day : days) {
      if (day.off()) {
        off.putIfAbsent(day.date(), day.name());
      } else {
        working.add(day.date());
      }
    }
    for (LocalDate day : working) {
      if (!isWeekend(day)) {
        throw new IllegalStateException("Working day " + day + " (" + source + " or ct15.calendar.extra-working-days)"
            + " is a " + day.getDayOfWeek() + ": only a Saturday or Sunday can be made a working day");
      }
      if (off.containsKey(day)) {
        throw new IllegalStateException("Day " + day + " is listed both as a holiday and as a working day ("
            + source + ", ct15.calendar.extra-holidays, ct15.calendar.extra-working-days)");
      }
    }
    if (decisions.containsKey(year)) {
      // a decision lists its year completely: one that misses a day the law fixes by its date is likely incomplete
      for (DayOff fixed : computed(year)) {
        if (StatutoryHolidays.FIXED_DATES.contains(fixed.name()) && !isWeekend(fixed.date()) && !off.containsKey(fixed.date())) {
          LOG.warn("The decision for {} in {} does not give {} ({}) off, which the Labour Code does: check the file",
              year, source, fixed.date(), fixed.name());
        }
      }
    }
    days.sort(Comparator.comparing(DayOff::date));
    return new Year(Map.copyOf(off), Set.copyOf(working), List.copyOf(days));
  }

  private static List<DayOff> computed(int year) {
    return year < StatutoryHolidays.FIRST_YEAR || year > StatutoryHolidays.LAST_YEAR ? List.of() : StatutoryHolidays.of(year);
  }

  // ------------------------------------------------------------------ the year as people see it

  /** The year's days off and weekend days worked, by date: the Government's decision, or the Labour Code's days. */
  public List<DayOff> daysOff(int year) {
    return year(year).days();
  }

  /** Whether the holiday file holds the Government's decision for the year. */
  public boolean decided(int year) {
    return decisions.containsKey(year);
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
    LocalDate day = toLocalDate(date);
    return year(day.getYear()).off().get(day);
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
    int number = day.getYear();
    if (!decisions.containsKey(number) && warnedYears.add(number)) {
      if (number < StatutoryHolidays.FIRST_YEAR || number > StatutoryHolidays.LAST_YEAR) {
        LOG.warn("A deadline in {}: outside {}–{} only weekends are skipped.", number, StatutoryHolidays.FIRST_YEAR,
            StatutoryHolidays.LAST_YEAR);
      } else {
        LOG.warn("A deadline in {}, for which {} holds no Government decision on days off yet: counting with the days"
            + " the Labour Code fixes (Tết Nguyên đán from {}). Add the year's decision to the holiday file once it is"
            + " announced (README: \"Working days\").", number, source, LunarCalendar.solar(number, 1, 1));
      }
    }
    Year year = year(number);
    if (year.working().contains(day)) {
      return true;
    }
    return !isWeekend(day) && !year.off().containsKey(day);
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
