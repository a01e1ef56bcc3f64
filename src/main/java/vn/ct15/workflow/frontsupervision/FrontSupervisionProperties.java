package vn.ct15.workflow.frontsupervision;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mục II.6 and III.3, Kế hoạch 77/KH-UBND: supervision and social criticism by the Fatherland Front
 * and HĐND quận.
 *
 * @param requesters the unit kinds whose people ask (comma separated); the requesting unit is the
 *     initiator's group of one of these kinds
 * @param addressed the unit kinds that may be asked to answer (comma separated)
 * @param chooseWithin working days the requester has to choose the unit addressed (ISO-8601, P2D)
 * @param answerWithin working days the unit addressed has to answer, counted from the day it gets the
 *     request, and again from each reopening
 * @param reviewWithin working days the requester has to accept or reopen the answer
 * @param duties the progress dashboard's heading of each task that is a duty of the units, by task id
 */
@ConfigurationProperties("ct15.front-supervision")
record FrontSupervisionProperties(
    String requesters,
    String addressed,
    String chooseWithin,
    String answerWithin,
    String reviewWithin,
    Map<String, String> duties) {

  FrontSupervisionProperties {
    workingDays("choose-within", chooseWithin);
    workingDays("answer-within", answerWithin);
    workingDays("review-within", reviewWithin);
  }

  private static void workingDays(String name, String value) {
    if (!value.matches("P\\d{1,4}D")) {
      throw new IllegalArgumentException("ct15.front-supervision." + name
          + " must be a number of working days such as P10D, not '" + value + "'");
    }
  }
}
