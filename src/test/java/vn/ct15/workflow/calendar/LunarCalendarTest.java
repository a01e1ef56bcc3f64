package vn.ct15.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The Vietnamese lunar calendar against published dates (Tết Nguyên đán 1990–2050, Giỗ Tổ Hùng Vương
 * 2018–2027), against the Chinese calendar where the two are known to differ, and against an
 * independent computation (ICU4J's Chinese calendar, its astronomy done for UTC+7) for 1900–2199.
 */
class LunarCalendarTest {

  /** Mùng 1 Tết in Vietnam, 1990–2050 (lịch vạn niên; 2007 and 2030 a day before China's). */
  static final Map<Integer, String> TET = new TreeMap<>(Map.ofEntries(
      Map.entry(1990, "01-27"), Map.entry(1991, "02-15"), Map.entry(1992, "02-04"), Map.entry(1993, "01-23"),
      Map.entry(1994, "02-10"), Map.entry(1995, "01-31"), Map.entry(1996, "02-19"), Map.entry(1997, "02-07"),
      Map.entry(1998, "01-28"), Map.entry(1999, "02-16"), Map.entry(2000, "02-05"), Map.entry(2001, "01-24"),
      Map.entry(2002, "02-12"), Map.entry(2003, "02-01"), Map.entry(2004, "01-22"), Map.entry(2005, "02-09"),
      Map.entry(2006, "01-29"), Map.entry(2007, "02-17"), Map.entry(2008, "02-07"), Map.entry(2009, "01-26"),
      Map.entry(2010, "02-14"), Map.entry(2011, "02-03"), Map.entry(2012, "01-23"), Map.entry(2013, "02-10"),
      Map.entry(2014, "01-31"), Map.entry(2015, "02-19"), Map.entry(2016, "02-08"), Map.entry(2017, "01-28"),
      Map.entry(2018, "02-16"), Map.entry(2019, "02-05"), Map.entry(2020, "01-25"), Map.entry(2021, "02-12"),
      Map.entry(2022, "02-01"), Map.entry(2023, "01-22"), Map.entry(2024, "02-10"), Map.entry(2025, "01-29"),
      Map.entry(2026, "02-17"), Map.entry(2027, "02-06"), Map.entry(2028, "01-26"), Map.entry(2029, "02-13"),
      Map.entry(2030, "02-02"), Map.entry(2031, "01-23"), Map.entry(2032, "02-11"), Map.entry(2033, "01-31"),
      Map.entry(2034, "02-19"), Map.entry(2035, "02-08"), Map.entry(2036, "01-28"), Map.entry(2037, "02-15"),
      Map.entry(2038, "02-04"), Map.entry(2039, "01-24"), Map.entry(2040, "02-12"), Map.entry(2041, "02-01"),
      Map.entry(2042, "01-22"), Map.entry(2043, "02-10"), Map.entry(2044, "01-30"), Map.entry(2045, "02-17"),
      Map.entry(2046, "02-06"), Map.entry(2047, "01-26"), Map.entry(2048, "02-14"), Map.entry(2049, "02-02"),
      Map.entry(2050, "01-23")));

  /** Giỗ Tổ Hùng Vương (10/3 âm lịch), as the Government's yearly decisions gave it. */
  static final Map<Integer, String> HUNG_KINGS = new TreeMap<>(Map.of(2018, "04-25", 2019, "04-14", 2020, "04-02",
      2021, "04-21", 2022, "04-10", 2023, "04-29", 2024, "04-18", 2025, "04-07", 2026, "04-26", 2027, "04-16"));

  @Test
  void shouldGiveThePublishedTetOf1990To2050() {
    TET.forEach((year, day) -> assertThat(LunarCalendar.solar(year, 1, 1)).as("Tết " + year).isEqualTo(year + "-" + day));
  }

  @Test
  void shouldGiveThePublishedGioToHungVuong() {
    HUNG_KINGS.forEach((year, day) -> assertThat(LunarCalendar.solar(year, 3, 10)).as("Giỗ Tổ " + year)
        .isEqualTo(year + "-" + day));
  }

  @Test
  void shouldDifferFromTheChineseCalendarWhereVietnamsTimeZoneDoes() {
    double china = 8.0;
    assertThat(LunarCalendar.solar(1985, 1, 1)).isEqualTo("1985-01-21");
    assertThat(LunarCalendar.solar(1985, 1, 1, false, china)).isEqualTo("1985-02-20");
    assertThat(LunarCalendar.solar(2007, 1, 1, false, china)).isEqualTo("2007-02-18");
    assertThat(LunarCalendar.solar(2030, 1, 1)).isEqualTo("2030-02-02");
    assertThat(LunarCalendar.solar(2030, 1, 1, false, china)).isEqualTo("2030-02-03");
  }

  @Test
  void shouldConvertBothWays() {
    assertThat(LunarCalendar.lunar(LocalDate.parse("2027-02-06"))).isEqualTo(new LunarCalendar.LunarDate(1, 1, 2027, false));
    assertThat(LunarCalendar.lunar(LocalDate.parse("2027-02-05"))).as("the last day of the old year: 29 tháng Chạp")
        .isEqualTo(new LunarCalendar.LunarDate(29, 12, 2026, false));
    // 2025 had a leap 6th month, from 25/7/2025
    assertThat(LunarCalendar.lunar(LocalDate.parse("2025-07-25"))).isEqualTo(new LunarCalendar.LunarDate(1, 6, 2025, true));
    assertThat(LunarCalendar.solar(2025, 6, 1, true, LunarCalendar.VIETNAM)).isEqualTo("2025-07-25");
    for (LocalDate day = LocalDate.parse("2020-01-01"); day.isBefore(LocalDate.parse("2031-01-01")); day = day.plusDays(1)) {
      LunarCalendar.LunarDate lunar = LunarCalendar.lunar(day);
      assertThat(LunarCalendar.solar(lunar.year(), lunar.month(), lunar.day(), lunar.leap(), LunarCalendar.VIETNAM))
          .as(day + " = " + lunar).isEqualTo(day);
    }
  }

  /** ICU4J's Chinese calendar with its astronomy done for Vietnam's zone: another implementation, other formulas. */
  static final class VietnameseIcuCalendar extends ChineseCalendar {
    VietnameseIcuCalendar() {
      super(TimeZone.GMT_ZONE, ULocale.ROOT, new SimpleTimeZone(7 * 3_600_000, "UTC+7"));
    }

    /** The solar day, between {@code from} and {@code to}, that ICU calls the given day of the given month (not leap). */
    LocalDate find(int lunarMonth, int lunarDay, LocalDate from, LocalDate to) {
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        setTimeInMillis(day.toEpochDay() * 86_400_000L);
        if (get(MONTH) == lunarMonth - 1 && get(DAY_OF_MONTH) == lunarDay && get(IS_LEAP_MONTH) == 0) {
          return day;
        }
      }
      throw new AssertionError("ICU finds no " + lunarDay + "/" + lunarMonth + " between " + from + " and " + to);
    }
  }

  /**
   * Where the two computations part: a new moon within minutes of midnight in Vietnam's time, whose day
   * the two sets of formulas put on either side. The standard Vietnamese algorithm, whose tables the
   * Vietnamese calendars publish, is kept there.
   */
  static final Map<String, String> NEW_MOON_AT_MIDNIGHT = Map.of("Tết 1906", "1906-01-25", "Giỗ Tổ 2138", "2138-04-19");

  @Test
  void shouldAgreeWithAnIndependentComputationFrom1900To2199() {
    VietnameseIcuCalendar icu = new VietnameseIcuCalendar();
    for (int year = 1900; year <= 2199; year++) {
      check("Tết " + year, LunarCalendar.solar(year, 1, 1), icu.find(1, 1, LocalDate.of(year, 1, 15), LocalDate.of(year, 2, 25)));
      check("Giỗ Tổ " + year, LunarCalendar.solar(year, 3, 10), icu.find(3, 10, LocalDate.of(year, 3, 20), LocalDate.of(year, 5, 15)));
    }
  }

  static void check(String what, LocalDate ours, LocalDate icu) {
    if (NEW_MOON_AT_MIDNIGHT.containsKey(what)) {
      assertThat(ours).as(what).isEqualTo(NEW_MOON_AT_MIDNIGHT.get(what));
      assertThat(Math.abs(ours.toEpochDay() - icu.toEpochDay())).as(what + ": a day apart").isEqualTo(1);
    } else {
      assertThat(ours).as(what).isEqualTo(icu);
    }
  }
}
