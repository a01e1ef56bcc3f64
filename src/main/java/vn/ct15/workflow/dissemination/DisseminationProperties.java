package vn.ct15.workflow.dissemination;

import java.util.Map;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param performers the unit kinds that disseminate and report (Mục II.1.a), comma separated
 * @param due the day of the plan year the units' reports, the media task and the portal section are due
 *     (ISO month-day: end of Q2)
 * @param consolidationDue the day of the plan year Phòng Nội vụ's consolidation is due (ISO month-day);
 *     never before the units' due date
 * @param portalUpdateInterval how often the portal updates its section for the rest of the year
 *     (ISO-8601 duration such as P1M, P2W, P14D)
 * @param startDay the day of the plan year (ISO month-day) the yearly plan ct15-plan starts the section
 * @param starters who may start it by hand from Tasklist: unit kinds and role:&lt;role&gt;, comma separated
 * @param duties the progress dashboard's heading of each task that is a duty of the units, by task id
 */
@ConfigurationProperties("ct15.dissemination")
record DisseminationProperties(
    String performers,
    String due,
    String consolidationDue,
    String portalUpdateInterval,
    String startDay,
    String starters,
    Map<String, String> duties) {

  DisseminationProperties {
    portalUpdateInterval(portalUpdateInterval);
  }

  /** The update interval, refused at start-up unless it is a positive ISO-8601 duration. */
  Duration portalUpdateIntervalDuration() {
    return portalUpdateInterval(portalUpdateInterval);
  }

  private static Duration portalUpdateInterval(String text) {
    try {
      Duration duration = DatatypeFactory.newInstance().newDuration(text.trim());
      if (duration.getSign() <= 0) {
        throw new IllegalArgumentException("ct15.dissemination.portal-update-interval must be positive: " + text);
      }
      return duration;
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException(e);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      throw new IllegalArgumentException("ct15.dissemination.portal-update-interval is not an ISO-8601 duration "
          + "(e.g. P1M, P2W): " + text, e);
    }
  }
}
