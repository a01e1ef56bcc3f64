package vn.ct15.workflow.benchmark;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What the benchmark runs for every unit: the ct15 reporting cycle, or the bare baseline. */
interface Workload {

  /** Name in the results table. */
  String name();

  String processKey();

  /** The user task every unit gets. */
  String unitTaskKey();

  /** Deploys what the application does not deploy itself. */
  default void prepare(Rest rest) throws Exception {}

  /** Starts the work of every unit, due at {@code deadline}; creation ends once every unit's task exists. */
  void start(Rest rest, List<String> units, OffsetDateTime deadline, int clients) throws Exception;

  /** The variables a unit's official submits with its task. */
  Map<String, Object> submission(String unitId);

  /**
   * What follows the units' work (consolidation, approval, the report mailed to the city); returns
   * when it is done, or at once when there is nothing.
   */
  default void finish(Rest rest, Mailbox mailbox) throws Exception {}

  /** E-mails {@link #finish} waits for, beyond the reminders. */
  default int finishMails() {
    return 0;
  }

  /** A value of a typed REST variable. */
  static Map<String, Object> value(Object value, String type) {
    return Map.of("value", value, "type", type);
  }
}
