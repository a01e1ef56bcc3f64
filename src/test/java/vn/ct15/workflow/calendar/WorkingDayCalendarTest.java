package vn.ct15.workflow.calendar;

import static vn.ct15.workflow.TestTime.HANOI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.deadline.DeadlinesTestSupport;

/** The working-day arithmetic on the shipped holiday file and the Labour Code's days, without Spring or the engine. */
class WorkingDayCalendarTest {

  static final Resource SHIPPED = new ClassPathResource("calendar/vn-holidays.yaml");

  final Deadlines deadlines = DeadlinesTestSupport.hanoi();
  final WorkingDayCalendar calendar = calendar(List.of(), List.of());

  WorkingDayCalendar calendar(List<LocalDate> extraHolidays, List<LocalDate> extraWorkingDays) {
    return calendar(SHIPPED, extraHolidays, extraWorkingDays);
  }

  WorkingDayCalendar calendar(Resource file, List<LocalDate> extraHolidays, List<LocalDate> extraWorkingDays) {
    return new WorkingDayCalendar(new CalendarProperties(file, extraHolidays, extraWorkingDays), deadlines);
  }

  static Date endOfDayInHanoi(String day) {
    return Date.from(LocalDate.parse(day).atTime(23, 59, 59).atZone(HANOI).toInstant());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldSkipTheWeekend() {
    // Friday 6/3/2026 + 1 working day: Saturday 7 and Sunday 8 are skipped, Monday 9/3.
    assertThat(calendar.addWorkingDays(LocalDate.parse("2026-03-06"), 1)).isEqualTo("2026-03-09");
    // Monday 9/3/2026 + 5: Tue 10, Wed 11, Thu 12, Fri 13, (weekend), Mon 16/3.
    assertThat(calendar.addWorkingDays(LocalDate.parse("2026-03-09"), 5)).isEqualTo("2026-03-16");
    assertThat(calendar.isWorkingDay("2026-03-07")).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-09"))).isTrue();
  }

  @Test
  void shouldSkipTetNguyenDan() {
    // Tuesday 10/2/2026 + 10 working days; Tết 2026 is off from Saturday 14/2 to Sunday 22/2:
    // 1 Wed 11/2, 2 Thu 12/2, 3 Fri 13/2, (14/2-22/2 Tết), 4 Mon 23/2, 5 Tue 24/2, 6 Wed 25/2,
    // 7 Thu 26/2, 8 Fri 27/2, (28/2-1/3 weekend), 9 Mon 2/3, 10 Tue 3/3/2026.
    assertThat(calendar.addWorkingDays(LocalDate.parse("2026-02-10"), 10)).isEqualTo("2026-03-03");
    assertThat(calendar.after("P10D", "2026-02-10")).isEqualTo(endOfDayInHanoi("2026-03-03"));
    assertThat(calendar.isWorkingDay("2026-02-17")).isFalse();
    assertThat(calendar.holidayName("2026-02-17")).isEqualTo("Tết Nguyên đán");
    assertThat(calendar.holidayName("2026-02-23")).isNull();
  }

  @Test
  void shouldSkipTheOtherHolidaysOf2026() {
    // Fri 24/4 + 3: (weekend; Giỗ Tổ falls on Sunday 26/4 and is compensated on Mon 27/4), 1 Tue 28/4,
    // 2 Wed 29/4, (Thu 30/4, Fri 1/5, weekend), 3 Mon 4/5/2026.
    assertThat(calendar.addWorkingDays(LocalDate.parse("2026-04-24"), 3)).isEqualTo("2026-05-04");
    // Mon 31/8 + 1: (Tue 1/9, Wed 2/9 Quốc khánh) Thu 3/9/2026.
    assertThat(calendar.addWorkingDays(LocalDate.parse("2026-08-31"), 1)).isEqualTo("2026-09-03");
    assertThat(calendar.isWorkingDay("2026-01-01")).isFalse();
  }

  @Test
  void shouldCountASwappedSaturdayAsAWorkingDay() {
    // In 2025 Friday 2/5 was given off against Saturday 26/4 worked.
    assertThat(calendar.isWorkingDay("2025-04-26")).isTrue();
    assertThat(calendar.isWorkingDay("2025-05-02")).isFalse();
    // Fri 25/4/2025 + 1: Saturday 26/4 is a working day.
    assertThat(calendar.addWorkingDays(LocalDate.parse("2025-04-25"), 1)).isEqualTo("2025-04-26");
    // Mon 28/4/2025 + 2: 1 Tue 29/4, (Wed 30/4, Thu 1/5, Fri 2/5, weekend), 2 Mon 5/5.
    assertThat(calendar.addWorkingDays(LocalDate.parse("2025-04-28"), 2)).isEqualTo("2025-05-05");
  }

  @Test
  void shouldHonourExtraDaysFromConfiguration() {
    WorkingDayCalendar extended = calendar(List.of(LocalDate.parse("2026-03-10")), List.of(LocalDate.parse("2026-03-14")));
    // Mon 9/3/2026 + 1: Tuesday 10/3 is an extra holiday, so Wednesday 11/3.
    assertThat(extended.addWorkingDays(LocalDate.parse("2026-03-09"), 1)).isEqualTo("2026-03-11");
    assertThat(extended.holidayName("2026-03-10")).isEqualTo("Ngày nghỉ bổ sung");
    // Fri 13/3 + 1: Saturday 14/3 is an extra working day.
    assertThat(extended.addWorkingDays(LocalDate.parse("2026-03-13"), 1)).isEqualTo("2026-03-14");
    // the shipped calendar is unchanged
    assertThat(calendar.addWorkingDays(LocalDate.parse("2026-03-09"), 1)).isEqualTo("2026-03-10");
  }

  @Test
  void shouldEndAtTheEndOfTheDayInHoChiMinhCity() {
    // 22:30 in Hà Nội on Monday 9/3/2026 is still Monday there: + 1 = Tuesday 10/3, 23:59:59 +07:00.
    Date lateMonday = Date.from(OffsetDateTime.parse("2026-03-09T22:30:00+07:00").toInstant());
    assertThat(calendar.after("P1D", lateMonday)).isEqualTo(Date.from(OffsetDateTime.parse("2026-03-10T23:59:59+07:00").toInstant()));
    assertThat(calendar.after("P1D", lateMonday).toInstant()).hasToString("2026-03-10T16:59:59Z");
    // 20:00 UTC on Sunday 8/3 is already 03:00 on Monday 9/3 in Hà Nội: counting starts from Monday.
    assertThat(calendar.after("P1D", "2026-03-08T20:00:00Z")).isEqualTo(endOfDayInHanoi("2026-03-10"));
  }

  @Test
  void shouldCountFromTheEngineClock() {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-02-10T09:00:00+07:00").toInstant()));
    assertThat(calendar.after("P10D")).isEqualTo(endOfDayInHanoi("2026-03-03"));
    assertThat(calendar.resolveDuedate("P10D")).isEqualTo(endOfDayInHanoi("2026-03-03"));
    assertThat(calendar.resolveDuedate("P3D", (Date) null)).isEqualTo(endOfDayInHanoi("2026-02-13"));
    assertThat(calendar.resolveDuedate("P1D", endOfDayInHanoi("2026-03-06"))).isEqualTo(endOfDayInHanoi("2026-03-09"));
  }

  @Test
  void shouldTreatZeroDaysAsTheEndOfTodayOrTheNextWorkingDay() {
    assertThat(calendar.addWorkingDays(LocalDate.parse("2026-03-09"), 0)).isEqualTo("2026-03-09");
    assertThat(calendar.addWorkingDays(LocalDate.parse("2026-02-14"), 0)).isEqualTo("2026-02-23");
  }

  @Test
  void shouldRefuseDurationsThatAreNotWorkingDays() {
    assertThatThrownBy(() -> calendar.after("PT10H")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P10D");
    assertThatThrownBy(() -> calendar.after("P1M")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.after("10")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.isWorkingDay("10/3/2026")).isInstanceOf(IllegalArgumentException.class);
  }

  static Resource yaml(String text) {
    return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "test holiday file");
  }

  @Test
  void shouldRefuseAHolidayFileWithMistakes() {
    assertThatThrownBy(() -> calendar(yaml("""
        years:
          2026:
            holidays:
              - date: 2027-01-01
                name: "Tết Dương lịch"
        """), List.of(), List.of())).hasMessageContaining("2027-01-01 is not in 2026");
    assertThatThrownBy(() -> calendar(yaml("""
        years:
          2026:
            holidays:
              - from: 2026-02-22
                to: 2026-02-14
                name: "Tết Nguyên đán"
        """), List.of(), List.of())).hasMessageContaining("Tết Nguyên đán");
    assertThatThrownBy(() -> calendar(yaml("""
        years:
          2026:
            holidays:
              - date: 2026-01-01
        """), List.of(), List.of())).hasMessageContaining("needs a name");
    // a working day must be a weekend day, and cannot be a holiday at the same time
    assertThatThrownBy(() -> calendar(List.of(), List.of(LocalDate.parse("2026-03-10"))))
        .hasMessageContaining("only a Saturday or Sunday");
    assertThatThrownBy(() -> calendar(List.of(LocalDate.parse("2026-03-14")), List.of(LocalDate.parse("2026-03-14"))))
        .hasMessageContaining("both as a holiday and as a working day");
  }

  @Test
  void shouldComputeTheDaysOffOfAYearWithoutADecision() {
    // 2030 is not in the file: its days off come from the Labour Code (and a warning is logged once)
    assertThat(calendar.decided(2030)).isFalse();
    assertThat(calendar.isWorkingDay("2030-01-01")).isFalse();
    // Tết 2030: mùng 1 is Saturday 2/2 in Vietnam (3/2 in China); off Fri 1/2 to Tue 5/2, and Wed 6/2, Thu 7/2 for the weekend
    assertThat(calendar.holidayName("2030-02-02")).isEqualTo("Tết Nguyên đán (mùng 1)");
    assertThat(calendar.addWorkingDays(LocalDate.parse("2030-01-31"), 1)).isEqualTo("2030-02-08");
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void shouldSayOnceAYearThatItHasNoDecisionYet(CapturedOutput output) {
    WorkingDayCalendar fresh = calendar(List.of(), List.of());
    fresh.addWorkingDays(LocalDate.parse("2031-03-02"), 20);
    fresh.after("P5D", "2031-06-01");
    assertThat(output.getAll().split("A deadline in 2031, for which", -1)).as("one line for 2031").hasSize(2);
    assertThat(output.getAll()).contains("Tết Nguyên đán from 2031-01-23");
    fresh.addWorkingDays(LocalDate.parse("2026-03-02"), 20);
    assertThat(output.getAll()).doesNotContain("A deadline in 2026");
  }

  @Test
  void shouldCountTenWorkingDaysAcrossTet2027And2028() {
    // 2027: mùng 1 is Saturday 6/2; off Fri 5/2 to Tue 9/2, then Wed 10/2 and Thu 11/2 for the weekend days
    assertThat(calendar.addWorkingDays(LocalDate.parse("2027-02-01"), 10)).isEqualTo("2027-02-22");
    assertThat(calendar.after("P10D", "2027-02-01")).isEqualTo(endOfDayInHanoi("2027-02-22"));
    // 2028: mùng 1 is Wednesday 26/1; off Tue 25/1 to Sat 29/1, and Mon 31/1 for the Saturday
    assertThat(calendar.addWorkingDays(LocalDate.parse("2028-01-20"), 10)).isEqualTo("2028-02-10");
  }

  @Test
  void shouldLetADecisionReplaceTheComputedDaysOfItsYear() {
    WorkingDayCalendar decided = calendar(yaml("""
        years:
          2030:
            holidays:
              - date: 2030-01-01
                name: "Tết Dương lịch"
              - from: 2030-01-30
                to: 2030-02-07
                name: "Tết Nguyên đán"
            workingDays:
              - date: 2030-01-26
                name: "Làm bù"
        """), List.of(), List.of());
    assertThat(decided.decided(2030)).isTrue();
    assertThat(decided.isWorkingDay("2030-01-30")).as("decided, not computed").isFalse();
    assertThat(decided.isWorkingDay("2030-01-26")).as("a Saturday worked").isTrue();
    assertThat(decided.isWorkingDay("2030-04-30")).as("the decision lists its year completely").isTrue();
    assertThat(decided.daysOff(2030)).allMatch(day -> DayOff.DECISION.equals(day.source()));
    assertThat(decided.daysOff(2031)).isNotEmpty().allMatch(day -> DayOff.STATUTORY.equals(day.source()));
  }

  static CalendarProperties bind(Map<String, String> configuration) {
    return new Binder(List.of(new MapConfigurationPropertySource(configuration)), null,
        ApplicationConversionService.getSharedInstance()).bindOrCreate("ct15.calendar", CalendarProperties.class);
  }

  @Test
  void shouldBindIsoDatesFromConfiguration() {
    CalendarProperties properties = bind(Map.of(
        "ct15.calendar.extra-holidays", "2026-03-10,2026-03-11",
        "ct15.calendar.extra-working-days[0]", "2026-03-14"));
    assertThat(properties.extraHolidays()).containsExactly(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-11"));
    assertThat(properties.extraWorkingDays()).containsExactly(LocalDate.parse("2026-03-14"));
  }
}
