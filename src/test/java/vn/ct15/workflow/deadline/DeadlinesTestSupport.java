package vn.ct15.workflow.deadline;

import java.time.ZoneId;

/** Builds {@link Deadlines} outside a Spring context, for plain unit tests of other packages. */
public final class DeadlinesTestSupport {

  private DeadlinesTestSupport() {}

  public static Deadlines hanoi() {
    return new Deadlines(new DeadlineProperties(ZoneId.of("Asia/Ho_Chi_Minh")));
  }
}
