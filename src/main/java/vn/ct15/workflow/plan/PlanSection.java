package vn.ct15.workflow.plan;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * The sections of Kế hoạch 77/KH-UBND that the yearly plan {@code ct15-plan} starts, each as one
 * branch: a timer on its configured day ({@code ct15.plan.schedule.<code>}), the check
 * «Đã khởi động?» and the call activity. The code names the section in timer expressions and in
 * configuration; the cycle is the business-key suffix the section's own opening delegate uses.
 */
public enum PlanSection {
  DISSEMINATION("dissemination", "ct15-dissemination", PlanProcess.Element.CHECK_DISSEMINATION, String::valueOf),
  LEGAL_REVIEW("legal-review", "ct15-legal-review", PlanProcess.Element.CHECK_LEGAL_REVIEW, String::valueOf),
  WARD_PLAN("ward-plan", "ct15-ward-plan", PlanProcess.Element.CHECK_WARD_PLAN, String::valueOf),
  UNIT_PLAN("unit-plan", "ct15-unit-plan", PlanProcess.Element.CHECK_UNIT_PLAN, String::valueOf),
  CONCRETIZATION("concretization", "ct15-concretization", PlanProcess.Element.CHECK_CONCRETIZATION, String::valueOf),
  HALF_YEAR_REPORT("half-year-report", "ct15-periodic-report", PlanProcess.Element.CHECK_HALF_YEAR_REPORT,
      PlanSection::halfYearPeriod),
  YEAR_REPORT("year-report", "ct15-periodic-report", PlanProcess.Element.CHECK_YEAR_REPORT, String::valueOf),
  INSPECTION("inspection", "ct15-inspection", PlanProcess.Element.CHECK_INSPECTION, String::valueOf),
  ANNUAL_EVALUATION("annual-evaluation", "ct15-annual-evaluation", PlanProcess.Element.CHECK_ANNUAL_EVALUATION,
      String::valueOf);

  private final String code;
  private final String processKey;
  private final String checkTask;
  private final IntFunction<String> cycle;

  PlanSection(String code, String processKey, String checkTask, IntFunction<String> cycle) {
    this.code = code;
    this.processKey = processKey;
    this.checkTask = checkTask;
    this.cycle = cycle;
  }

  /** The 6-month reporting period of a year, as ct15-periodic-report reads its {@code period}. */
  static String halfYearPeriod(int year) {
    return year + "-H1";
  }

  public String code() {
    return code;
  }

  public String processKey() {
    return processKey;
  }

  /** The cycle this section runs for the plan year: its business key is {@code <process key>:<cycle>}. */
  public String cycle(int year) {
    return cycle.apply(year);
  }

  static PlanSection byCode(String code) {
    return Arrays.stream(values()).filter(section -> section.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown plan section '" + code + "'"));
  }

  static PlanSection byCheckTask(String activityId) {
    return Arrays.stream(values()).filter(section -> section.checkTask.equals(activityId)).findFirst()
        .orElseThrow(() -> new IllegalStateException("No plan section is checked by activity '" + activityId + "'"));
  }
}
