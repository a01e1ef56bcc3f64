package vn.ct15.workflow.collision;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ct15.workflow.AppProcess;
import vn.ct15.workflow.collision.EndOfCycleScenario.UrgeAt;
import org.junit.jupiter.api.Tag;
import vn.ct15.workflow.Tiers;

/**
 * The end of a reporting cycle under collisions ({@link EndOfCycleScenario}) on one node with the
 * embedded H2 database, in a JVM of its own with its job executor running as in production: three
 * periods, the urging before, during and after the late units' reports.
 */
@Tag(Tiers.SYSTEM)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndOfCycleStressTest {

  GreenMail greenMail;
  AppProcess application;
  EndOfCycleScenario scenario;

  /** The database the node runs on: arguments for its command line (its own JVM, its own in-memory H2). */
  List<String> database() {
    return List.of("--spring.datasource.url=jdbc:h2:mem:stress;DB_CLOSE_DELAY=-1");
  }

  void dropDatabase() throws Exception {
    // an in-memory database goes with its node
  }

  @BeforeAll
  void startANode() throws Exception {
    int smtp = AppProcess.freePort();
    greenMail = new GreenMail(new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    List<String> database = database();
    List<String> args = new ArrayList<>(stressArguments(smtp));
    if (database.stream().anyMatch(arg -> arg.startsWith("--spring.profiles.active="))) {
      args.removeIf(arg -> arg.startsWith("--spring.profiles.active="));
    }
    args.addAll(database);
    application = AppProcess.start(Path.of("target", "stress", getClass().getSimpleName() + ".log"), args);
    scenario = new EndOfCycleScenario(List.of(application.base));
  }

  /** The demo organisation, the job executor on and quick, reminders 4 s and the escalation at once after a deadline. */
  static List<String> stressArguments(int smtp) {
    return List.of("--spring.profiles.active=demo",
        "--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.wait-time-in-millis=100",
        "--camunda.bpm.job-execution.max-wait=500", "--ct15.reminders.before=PT4S", "--ct15.escalation.after=PT0S",
        "--ct15.demo-mailbox.enabled=false", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp,
        "--logging.level.com.icegreen.greenmail=WARN");
  }

  @AfterAll
  void stop() throws Exception {
    if (application != null) {
      application.close();
    }
    if (greenMail != null) {
      greenMail.stop();
    }
    dropDatabase();
  }

  @ParameterizedTest(name = "Đôn đốc {0} the late units' reports")
  @EnumSource(UrgeAt.class)
  void shouldReachTheConsolidationWithoutAFailedJobOrAnEngineErrorWhenWorkCollidesAtTheDeadline(UrgeAt urgeAt) throws Exception {
    EndOfCycleScenario.Outcome outcome = scenario.run(2100 - urgeAt.ordinal(), 15L + urgeAt.ordinal(), urgeAt, Duration.ofSeconds(14));
    System.out.printf("End of cycle (%s, urging %s): %d answers, %d of them 409, consolidation %d ms after the last of %d late reports%n",
        getClass().getSimpleName(), urgeAt, outcome.answers().size(),
        outcome.answers().stream().filter(answer -> answer.status() == 409).count(),
        outcome.consolidationAfterLastReport().toMillis(), outcome.lateUnits());
    EndOfCycleScenario.assertHeld(outcome);
  }
}
