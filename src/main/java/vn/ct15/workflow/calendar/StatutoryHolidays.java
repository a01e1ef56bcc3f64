package vn.ct15.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The days off the Labour Code gives every year (Bộ luật Lao động 2019, Điều 112), for a year the
 * Government has not yet decided (the holiday file): Tết Dương lịch (1 January); Tết Nguyên đán, five
 * days, the last day of the lunar year and the first four of the new one (from {@link LunarCalendar},
 * computed for Vietnam's time); Giỗ Tổ Hùng Vương (10/3 âm lịch); Ngày Chiến thắng (30 April); Ngày Quốc
 * tế Lao động (1 May); Quốc khánh (2 September) and one day next to it. A day off that falls on a
 * Saturday or Sunday is given on the next working day instead (Điều 112, khoản 3). Which day is next to
 * Quốc khánh the Government decides each year; computed, it is 1 September, or 3 September when
 * 2 September is a Monday, a Thursday or a Sunday, so that the days off join a weekend.
 */
final class StatutoryHolidays {

  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2199;

  static final String NEW_YEAR = "Tết Dương lịch";
  static final String TET = "Tết Nguyên đán";
  static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương (10/3 âm lịch)";
  static final String VICTORY = "Ngày Chiến thắng";
  static final String LABOUR = "Ngày Quốc tế Lao động";
  static final String NATIONAL = "Quốc khánh";
  static final String NATIONAL_NEXT = "Quốc khánh (ngày liền kề)";
  static final String INSTEAD = "Nghỉ bù ";
  /** The holidays the law fixes by their solar date. */
  static final Set<String> FIXED_DATES = Set.of(NEW_YEAR, VICTORY, LABOUR, NATIONAL);

  private StatutoryHolidays() {}

  /** The year's statutory days off, by date. */
  static List<DayOff> of(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException("The lunar calendar is computed for " + FIRST_YEAR + "–" + LAST_YEAR + ", not " + year);
    }
    List<DayOff> holidays = new ArrayList<>();
    holidays.add(day(LocalDate.of(year, 1, 1), NEW_YEAR));
    LocalDate tet = LunarCalendar.solar(year, 1, 1);
    holidays.add(day(tet.minusDays(1), TET + " (ngày cuối năm âm lịch)"));
    for (int day = 1; day <= 4; day++) {
      holidays.add(day(tet.plusDays(day - 1), TET + " (mùng " + day + ")"));
    }
    holidays.add(day(LunarCalendar.solar(year, 3, 10), HUNG_KINGS));
    holidays.add(day(LocalDate.of(year, 4, 30), VICTORY));
    holidays.add(day(LocalDate.of(year, 5, 1), LABOUR));
    LocalDate national = LocalDate.of(year, 9, 2);
    holidays.add(day(national, NATIONAL));
    holidays.add(day(nextToNationalDay(national), NATIONAL_NEXT));
    holidays.sort(Comparator.comparing(DayOff::date));

    Set<LocalDate> off = new HashSet<>();
    holidays.forEach(holiday -> off.add(holiday.date()));
    List<DayOff> instead = new ArrayList<>();
    for (DayOff holiday : holidays) {
      if (weekend(holiday.date())) {
        LocalDate day = holiday.date().plusDays(1);
        while (weekend(day) || off.contains(day)) {
          day = day.plusDays(1);
        }
        off.add(day);
        instead.add(day(day, INSTEAD + holiday.name().replace(" (", " — ").replace(")", "") + " (" + dayMonth(holiday.date()) + ")"));
      }
    }
    holidays.addAll(instead);
    holidays.sort(Comparator.comparing(DayOff::date));
    return List.copyOf(holidays);
  }

  static LocalDate nextToNationalDay(LocalDate national) {
    DayOfWeek weekday = national.getDayOfWeek();
    return weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.THURSDAY || weekday == DayOfWeek.SUNDAY
        ? national.plusDays(1) : national.minusDays(1);
  }

  static boolean weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static DayOff day(LocalDate date, String name) {
    return new DayOff(date, name, DayOff.STATUTORY, DayOff.OFF);
  }

  private static String dayMonth(LocalDate date) {
    return date.getDayOfMonth() + "/" + date.getMonthValue();
  }
}
