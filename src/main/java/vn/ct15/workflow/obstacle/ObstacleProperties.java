package vn.ct15.workflow.obstacle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param raisers the unit kinds whose officials may raise a difficulty (comma separated); a user in no
 *     unit of these kinds is refused
 * @param handlers the unit kinds Phòng Nội vụ may assign a difficulty to (the specialised offices)
 * @param triageWithin working days Phòng Nội vụ has to assign a difficulty (ISO period of days, P3D)
 * @param answerWithin working days the office or UBND quận has to answer, unless Phòng Nội vụ sets a
 *     date (ISO period of days, P10D)
 * @param confirmWithin working days the raising unit has to confirm the answer (ISO period of days)
 */
@ConfigurationProperties("ct15.obstacle")
record ObstacleProperties(
    @DefaultValue("leadership,coordinator,office,ward,armed-force,public-service") String raisers,
    @DefaultValue("coordinator,office") String handlers,
    @DefaultValue("P3D") String triageWithin,
    @DefaultValue("P10D") String answerWithin,
    @DefaultValue("P5D") String confirmWithin) {

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
