package vn.ct15.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision table alone, with the DMN engine: each rating on both sides of its boundaries. */
class AnnualRatingDecisionTest {

  static final String EXCELLENT = "Hoàn thành xuất sắc nhiệm vụ";
  static final String GOOD = "Hoàn thành tốt nhiệm vụ";
  static final String DONE = "Hoàn thành nhiệm vụ";
  static final String NOT_DONE = "Không hoàn thành nhiệm vụ";

  static DmnEngine dmnEngine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = AnnualRatingDecisionTest.class.getResourceAsStream("/processes/ct15-annual-rating.dmn")) {
      decision = dmnEngine.parseDecision(AnnualEvaluationProcess.DECISION, dmn);
    }
  }

  static DmnDecisionResultEntries rate(int onTime, int late, int overdue) {
    int total = onTime + late + overdue;
    return dmnEngine.evaluateDecision(decision, Map.<String, Object>of("onTime", onTime, "late", late, "overdue", overdue,
        "total", total, "onTimePercent", AnnualEvaluationCycle.percent(onTime, total))).getSingleResult();
  }

  @ParameterizedTest(name = "{0} on time, {1} late, {2} overdue -> {3}")
  @CsvSource({
      // nothing due: no ground to judge by the plan, neither praise nor blame
      "0, 0, 0, " + DONE + ", Không có nhiệm vụ đến hạn",
      // everything on time
      "1, 0, 0, " + EXCELLENT + ", 100%",
      "12, 0, 0, " + EXCELLENT + ", 100%",
      // no overdue, at least 80% on time
      "4, 1, 0, " + GOOD + ", từ 80%",
      "8, 2, 0, " + GOOD + ", từ 80%",
      // just under 80% on time, or one overdue duty however good the rest
      "7, 2, 0, " + DONE + ", từ 50%",
      "9, 0, 1, " + DONE + ", 01 nhiệm vụ quá hạn",
      "1, 1, 0, " + DONE + ", từ 50%",
      "1, 0, 1, " + DONE + ", từ 50%",
      // under 50% on time
      "0, 1, 0, " + NOT_DONE + ", Dưới 50%",
      "4, 5, 0, " + NOT_DONE + ", Dưới 50%",
      "0, 0, 1, " + NOT_DONE + ", Dưới 50%",
      // two overdue duties or more, however many on time
      "18, 0, 2, " + NOT_DONE + ", từ 02 nhiệm vụ quá hạn",
  })
  void shouldProposeTheRatingOfTheFirstMatchingRule(int onTime, int late, int overdue, String rating, String reason) {
    DmnDecisionResultEntries result = rate(onTime, late, overdue);

    assertThat((String) result.getEntry("rating")).isEqualTo(rating);
    assertThat((String) result.getEntry("reason")).containsIgnoringCase(reason);
  }
}
