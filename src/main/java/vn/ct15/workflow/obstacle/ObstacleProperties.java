package vn.ct15.workflow.obstacle;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param raisers the unit kinds whose officials may raise a difficulty (comma separated); a user in no
 *     unit of these kinds is refused
 * @param handlers the unit kinds Phòng Nội vụ may assign a difficulty to (the specialised offices)
 * @param triageWithin working days Phòng Nội vụ has to assign a difficulty (ISO period of days, P3D)
 * @param answerWithin working days the office or UBND quận has to answer, unless Phòng Nội vụ sets a
 *     date (ISO period of days, P10D)
 * @param confirmWithin working days the raising unit has to confirm the answer (ISO period of days)
 * @param duties the progress dashboard's heading of each task that is a duty of the units, by task id
 */
@ConfigurationProperties("ct15.obstacle")
record ObstacleProperties(
    String raisers,
    String handlers,
    String triageWithin,
    String answerWithin,
    String confirmWithin,
    Map<String, String> duties) {

  ObstacleProperties {
    workingDays("triage-within", triageWithin);
    workingDays("answer-within", answerWithin);
    workingDays("confirm-within", confirmWithin);
  }

  private static void workingDays(String name, String value) {
    if (value == null || !value.matches("P\\d{1,4}D")) {
      throw new IllegalArgumentException("ct15.obstacle." + name + " must be a number of working days such as P10D, not '"
          + value + "'");
    }
  }
}
