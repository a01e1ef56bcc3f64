package vn.ct15.workflow.periodicreport;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A reporting period of Mục III.1: the first six months of a year ({@code 2026-H1}) or the whole
 * year ({@code 2026}).
 */
record ReportPeriod(int year, boolean halfYear) {

  private static final Pattern CODE = Pattern.compile("(\\d{4})(-H1)?");
  static final int MIN_YEAR = 2000;
  static final int MAX_YEAR = 2100;

  /** The period as given at a manual start; refuses anything else with a Vietnamese message. */
  static ReportPeriod parse(Object given) {
    String text = String.valueOf(given).trim();
    Matcher matcher = CODE.matcher(text);
    if (matcher.matches()) {
      int year = Integer.parseInt(matcher.group(1));
      if (year >= MIN_YEAR && year <= MAX_YEAR) {
        return new ReportPeriod(year, matcher.group(2) != null);
      }
    }
    throw new FormFieldValidationException(List.of(PeriodicReportProcess.Var.PERIOD), "Kỳ báo cáo (period) không hợp lệ: '"
        + text + "'. Hãy nhập, ví dụ, 2026-H1 cho báo cáo 6 tháng đầu năm 2026, hoặc 2026 cho báo cáo năm 2026 (năm từ "
        + MIN_YEAR + " đến " + MAX_YEAR + ").");
  }

  /** The period a start on this day opens: the 6-month one up to the given month, else the yearly one. */
  static ReportPeriod startingOn(LocalDate day, int halfYearUntilMonth) {
    return new ReportPeriod(day.getYear(), day.getMonthValue() <= halfYearUntilMonth);
  }

  /** {@code 2026-H1} or {@code 2026}: the cycle in the business key. */
  String code() {
    return halfYear ? year + "-H1" : String.valueOf(year);
  }

  /** The period reported before this one: the year before a 6-month period, the year's 6 months before a year. */
  ReportPeriod previous() {
    return halfYear ? new ReportPeriod(year - 1, false) : new ReportPeriod(year, true);
  }

  /** The same period of the year before. */
  ReportPeriod sameLastYear() {
    return new ReportPeriod(year - 1, halfYear);
  }

  /** "6 tháng đầu năm 2026" or "năm 2026". */
  String label() {
    return halfYear ? "6 tháng đầu năm " + year : "năm " + year;
  }
}
