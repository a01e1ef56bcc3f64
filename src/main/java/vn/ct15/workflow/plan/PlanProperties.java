package vn.ct15.workflow.plan;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the yearly plan {@code ct15-plan} starts each section of Kế hoạch 77/KH-UBND in its plan year.
 *
 * @param startTime the time of day (in ct15.deadlines.zone) each section starts on its day; keep it
 *     before the sections' own timer starts (ct15.schedule.*, 07:00) so the plan starts them and their
 *     own timers end quietly
 * @param schedule the day of the plan year (ISO month-day) each section starts; a day already past when
 *     the plan starts means at once
 */
@ConfigurationProperties("ct15.plan")
record PlanProperties(@DefaultValue("06:00") LocalTime startTime, @DefaultValue Schedule schedule) {

  /**
   * @param dissemination Mục II.1: at the start of the plan year
   * @param legalReview Mục II.2: at the start of the plan year
   * @param wardPlan Mục II.4: 2 January (quý I)
   * @param unitPlan Mục II.4.a: at the start of the plan year
   * @param concretization Mục II.3: at the start of the plan year
   * @param halfYearReport Mục III.1–III.2, 6-month report: 1 June
   * @param yearReport Mục III.1–III.2, yearly report: 1 November
   * @param inspection Mục II.5: 1 September
   * @param annualEvaluation Mục I.2.d, the yearly evaluation of the units (ct15-annual-evaluation): 15 December
   */
  record Schedule(
      @DefaultValue("--01-01") String dissemination,
      @DefaultValue("--01-01") String legalReview,
      @DefaultValue("--01-02") String wardPlan,
      @DefaultValue("--01-01") String unitPlan,
      @DefaultValue("--01-01") String concretization,
      @DefaultValue("--06-01") String halfYearReport,
      @DefaultValue("--11-01") String yearReport,
      @DefaultValue("--09-01") String inspection,
      @DefaultValue("--12-15") String annualEvaluation) {

    String of(PlanSection section) {
      return switch (section) {
        case DISSEMINATION -> dissemination;
        case LEGAL_REVIEW -> legalReview;
        case WARD_PLAN -> wardPlan;
        case UNIT_PLAN -> unitPlan;
        case CONCRETIZATION -> concretization;
        case HALF_YEAR_REPORT -> halfYearReport;
        case YEAR_REPORT -> yearReport;
        case INSPECTION -> inspection;
        case ANNUAL_EVALUATION -> annualEvaluation;
      };
    }
  }
}
