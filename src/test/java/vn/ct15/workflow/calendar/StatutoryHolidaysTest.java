package vn.ct15.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The days off the Labour Code fixes (Điều 112), computed for years the Government has not yet decided. */
class StatutoryHolidaysTest {

  static List<String> offDays(int year) {
    return StatutoryHolidays.of(year).stream().map(day -> day.date().toString()).toList();
  }

  @Test
  void shouldGive2027ItsTetGioToAndTheDaysInsteadOfWeekends() {
    assertThat(StatutoryHolidays.of(2027)).extracting(DayOff::date, DayOff::name).containsExactly(
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2027-01-01"), "Tết Dương lịch"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2027-02-05"), "Tết Nguyên đán (ngày cuối năm âm lịch)"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2027-02-06"), "Tết Nguyên đán (mùng 1)"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2027-02-07"), "Tết Nguyên đán (mùng 2)"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2027-02-08"), "Tết Nguyên đán (mùng 3)"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2027-02-09"), "Tết Nguyên đán (mùng 4)"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2027-02-10"), "Nghỉ bù Tết Nguyên đán — mùng 1 (6/2)"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2027-02-11"), "Nghỉ bù Tết Nguyên đán — mùng 2 (7/2)"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2027-04-16"), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2027-04-30"), "Ngày Chiến thắng"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2027-05-01"), "Ngày Quốc tế Lao động"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2027-05-03"), "Nghỉ bù Ngày Quốc tế Lao động (1/5)"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2027-09-02"), "Quốc khánh"),
        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2027-09-03"), "Quốc khánh (ngày liền kề)"));
    assertThat(StatutoryHolidays.of(2027)).allMatch(day -> DayOff.STATUTORY.equals(day.source()) && DayOff.OFF.equals(day.kind()));
  }

  @Test
  void shouldPlaceTetAndGioToOf2028To2035ByTheLunarCalendar() {
    Map<Integer, String[]> published = Map.of(
        2028, new String[] {"2028-01-26", "2028-04-04"}, 2029, new String[] {"2029-02-13", "2029-04-23"},
        2030, new String[] {"2030-02-02", "2030-04-12"}, 2031, new String[] {"2031-01-23", "2031-04-01"},
        2032, new String[] {"2032-02-11", "2032-04-19"}, 2033, new String[] {"2033-01-31", "2033-04-09"},
        2034, new String[] {"2034-02-19", "2034-04-28"}, 2035, new String[] {"2035-02-08", "2035-04-17"});
    published.forEach((year, days) -> {
      assertThat(StatutoryHolidays.of(year)).as(String.valueOf(year))
          .anySatisfy(day -> assertThat(day).extracting(DayOff::date, DayOff::name)
              .containsExactly(LocalDate.parse(days[0]), "Tết Nguyên đán (mùng 1)"))
          .anySatisfy(day -> assertThat(day).extracting(DayOff::date, DayOff::name)
              .containsExactly(LocalDate.parse(days[1]), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
    });
  }

  @Test
  void shouldGiveEveryHolidayOnAWeekendADayInsteadOnTheNextWorkingDay() {
    for (int year = 2027; year <= 2035; year++) {
      List<DayOff> days = StatutoryHolidays.of(year);
      long onWeekends = days.stream().filter(day -> !day.name().startsWith("Nghỉ bù") && StatutoryHolidays.weekend(day.date())).count();
      long instead = days.stream().filter(day -> day.name().startsWith("Nghỉ bù")).count();
      assertThat(instead).as(year + ": a day instead of each one on a weekend").isEqualTo(onWeekends);
      assertThat(days).filteredOn(day -> day.name().startsWith("Nghỉ bù"))
          .allSatisfy(day -> assertThat(day.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
      assertThat(days.stream().filter(day -> !StatutoryHolidays.weekend(day.date())).count())
          .as(year + ": eleven weekdays off (Điều 112: 11 ngày)").isEqualTo(11);
    }
  }

  @Test
  void shouldPutTheDayNextToQuocKhanhBesideAWeekend() {
    assertThat(StatutoryHolidays.nextToNationalDay(LocalDate.parse("2024-09-02"))).as("Monday").isEqualTo("2024-09-03");
    assertThat(StatutoryHolidays.nextToNationalDay(LocalDate.parse("2025-09-02"))).as("Tuesday").isEqualTo("2025-09-01");
    assertThat(StatutoryHolidays.nextToNationalDay(LocalDate.parse("2027-09-02"))).as("Thursday").isEqualTo("2027-09-03");
    assertThat(StatutoryHolidays.nextToNationalDay(LocalDate.parse("2028-09-02"))).as("Saturday").isEqualTo("2028-09-01");
  }
}
