package vn.ct15.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ct15.workflow.Ct15Application;
import vn.ct15.workflow.TestTime;
import vn.ct15.workflow.cluster.TwoNodeClusterTest.Node;
import org.junit.jupiter.api.Tag;
import vn.ct15.workflow.Tiers;
import org.awaitility.Awaitility;

/**
 * The database stops and comes back (issue #7): the node, its job executor on, answers DOWN on
 * {@code /actuator/health} within seconds (status only), gives REST callers a clean error without
 * internals, and once the database is back it is UP again without a restart: its users complete
 * tasks, and the reminders that came due during the outage are mailed, once each, with no retry
 * spent and no incident.
 *
 * <p>Runs on a PostgreSQL server of its own ({@link PrivatePostgres}), really stopped with
 * {@code pg_ctl stop -m fast}: the shared server the other tests use is never touched.
 */
@Tag(Tiers.POSTGRES)
class DatabaseOutageTest {

  /** Longest a node may take to notice the outage, and to recover from it (Hikari's timeouts are 5 s). */
  static final Duration DETECT = Duration.ofSeconds(20);
  /** Longest one health request may take during the outage: no 30 s hang on the connection pool. */
  static final Duration ONE_ANSWER = Duration.ofSeconds(10);
  /** The reminders come due this long after the cycle starts: well inside the outage. */
  static final Duration REMINDER_IN = Duration.ofSeconds(15);
  static final List<String> WARDS = TwoNodeClusterTest.WARDS;
  static final String UNAVAILABLE = "Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.";

  static PrivatePostgres postgres;
  static GreenMail greenMail;
  static SmtpGate smtpGate;
  static Node node;

  @BeforeAll
  static void startNodeOnItsOwnPostgres() throws Exception {
    postgres = PrivatePostgres.startOrSkip();
    int smtpPort = TwoNodeClusterTest.freePort();
    greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    smtpGate = new SmtpGate(smtpPort);
    node = launch(smtpGate.port());
    TwoNodeClusterTest.awaitUp(node);
  }

  @AfterAll
  static void stopEverything() throws Exception {
    try {
      if (node != null) {
        node.stop();
      }
      if (smtpGate != null) {
        smtpGate.close();
      }
      if (greenMail != null) {
        greenMail.stop();
      }
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  @Test
  void shouldReportDownDuringAnOutageAndRecoverWithoutRestart() throws Exception {
    assertThat(send(HttpRequest.newBuilder(uri("/actuator/health"))).body()).isEqualTo("{\"status\":\"UP\"}");
    HttpClient tasklist = tasklistSession("phuong-bac-son.cb");
    // a job caught by the outage: the mail to Phòng Nội vụ of an approved plan, held on its way to the
    // mail server until the database is gone, so its transaction fails after the mail has gone out
    String caught = TwoNodeClusterTest.startWardPlan(node, 2096, null);
    complete(caught, "Task_DraftPlan", "phuong-bac-son.cb", wardPlanParts());
    smtpGate.hold();
    complete(caught, "Task_ApprovePlan", "phuong-bac-son.tt",
        "\"approved\":{\"value\":true,\"type\":\"Boolean\"},\"comment\":{\"value\":\"Đồng ý\",\"type\":\"String\"}");
    smtpGate.awaitHeld();

    int year = 2095;
    // a ward plan cycle: an open task per ward, a reminder timer per ward due during the outage
    Instant remindersDue = Instant.now().plus(REMINDER_IN);
    LocalDateTime deadline = LocalDateTime.ofInstant(remindersDue, TestTime.HANOI).plusSeconds(20)
        .truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    String instanceId = TwoNodeClusterTest.startWardPlan(node, year, deadline);
    String reminders = "/engine-rest/job/count?timers=true&processInstanceId=" + instanceId;
    assertThat(TwoNodeClusterTest.get(node, reminders, "demo").body()).as("a reminder and an escalation per ward")
        .isEqualTo("{\"count\":20}");

    Instant stopped = Instant.now();
    postgres.stop();
    assertThat(mailsOf(year, mail -> true)).as("nothing was due before the outage").isEmpty();
    smtpGate.release();

    HttpResponse<String> down = awaitHealth(503, stopped);
    Duration toDown = Duration.between(stopped, Instant.now());
    System.out.println("Health DOWN " + toDown.toMillis() + " ms after the database stopped: " + down.body());
    assertThat(down.body()).as("status only to an anonymous caller").isEqualTo("{\"status\":\"DOWN\"}");

    Instant asked = Instant.now();
    HttpResponse<String> failed = send(HttpRequest.newBuilder(uri("/engine-rest/task?processInstanceId=" + instanceId))
        .header("Authorization", TwoNodeClusterTest.basic("phuong-bac-son.cb")));
    System.out.println("REST during the outage after " + Duration.between(asked, Instant.now()).toMillis() + " ms: "
        + failed.statusCode() + " " + failed.headers().firstValue("Content-Type").orElse("") + " " + failed.body());
    assertThat(failed.statusCode()).as("unavailable, for a load balancer too").isEqualTo(503);
    assertThat(failed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
    assertThat(failed.body()).isEqualTo("{\"type\":\"DatabaseUnavailable\",\"message\":\"" + UNAVAILABLE + "\"}");
    HttpResponse<String> webapp = tasklist.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task?processInstanceId="
        + instanceId)).header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    System.out.println("Tasklist during the outage: " + webapp.statusCode() + " " + webapp.body());
    assertThat(webapp.statusCode()).isBetween(500, 599);
    assertThat(webapp.body()).contains(UNAVAILABLE)
        .doesNotContain("java.", "org.", "SQL", "JDBC", "Transaction", "###", "Hikari", "\tat ", "postgres");

    // the reminders come due while the database is away: the job executor meets the outage
    Awaitility.await("the reminders' due time, during the outage").atMost(Duration.ofMinutes(1))
        .until(() -> Instant.now().isAfter(remindersDue.plusSeconds(3)));
    assertThat(node.process().isAlive()).isTrue();

    Instant restarted = Instant.now();
    postgres.start();
    awaitHealth(200, restarted);
    Duration toUp = Duration.between(restarted, Instant.now());
    System.out.println("Health UP " + toUp.toMillis() + " ms after the database started again");

    awaitMails(year, 2 * WARDS.size(), restarted);
    System.out.println("Reminders mailed " + Duration.between(restarted, Instant.now()).toMillis()
        + " ms after the database started again");
    List<String> people = new ArrayList<>();
    WARDS.forEach(ward -> people.addAll(List.of(ward + ".cb@kienan.demo", ward + ".tt@kienan.demo")));
    // no reminder sent twice arrives afterwards
    Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
        .until(() -> mailsOf(year, mail -> true).size() == 2 * WARDS.size());
    assertThat(TwoNodeClusterTest.recipients(mailsOf(year, mail -> TwoNodeClusterTest.subject(mail).contains("Nhắc việc"))))
        .as("each ward person reminded once").containsOnlyKeys(people).allSatisfy((to, count) -> assertThat(count).isOne());

    complete(instanceId, "Task_DraftPlan", "phuong-bac-son.cb", wardPlanParts());
    assertThat(TwoNodeClusterTest.get(node, "/engine-rest/task?processInstanceId=" + instanceId
        + "&taskDefinitionKey=Task_ApprovePlan", "phuong-bac-son.tt").body()).contains("\"id\":");

    // the caught job: its transaction failed with the database, and so did the engine's attempt to
    // count the failure, so it kept its retries and ran again once its lock expired: the mail went out
    // a second time (delivery is at least once), with no failure recorded and no incident
    awaitMails(2096, 2, restarted);
    assertThat(TwoNodeClusterTest.get(node, "/engine-rest/job/count?activityId=Task_InformCoordinator&processInstanceId=" + caught, "demo").body())
        .isEqualTo("{\"count\":0}");
    for (String instance : List.of(caught, instanceId)) {
      assertThat(TwoNodeClusterTest.get(node, "/engine-rest/incident/count?processInstanceId=" + instance, "demo").body())
          .as("no incident").isEqualTo("{\"count\":0}");
      assertThat(TwoNodeClusterTest.get(node, "/engine-rest/history/job-log/count?failureLog=true&processInstanceId=" + instance,
          "demo").body()).as("no retry spent").isEqualTo("{\"count\":0}");
    }

    assertThat(node.process().isAlive()).as("the same node, never restarted").isTrue();
    assertThat(Files.readAllLines(node.log()).stream().filter(line -> line.contains("Started Ct15Application")))
        .as("started once").hasSize(1);
  }

  /** Claims and completes the instance's task of the user's unit through REST, as Tasklist does. */
  static void complete(String instanceId, String taskKey, String user, String variables) throws Exception {
    String taskId = TwoNodeClusterTest.firstId(TwoNodeClusterTest.get(node, "/engine-rest/task?processInstanceId=" + instanceId
        + "&taskDefinitionKey=" + taskKey + "&candidateUser=" + user, user).body());
    assertThat(TwoNodeClusterTest.post(node, "/engine-rest/task/" + taskId + "/claim", user,
        "{\"userId\":\"" + user + "\"}").statusCode()).isEqualTo(204);
    HttpResponse<String> completed = TwoNodeClusterTest.post(node, "/engine-rest/task/" + taskId + "/complete", user,
        "{\"variables\":{" + variables + "}}");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
  }

  /** A Tasklist session of the user (login with the CSRF token, as the browser does). */
  static HttpClient tasklistSession(String user) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/")).build(), HttpResponse.BodyHandlers.discarding());
    String token = cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((first, second) -> second).orElseThrow();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return browser;
  }

  static String wardPlanParts() {
    StringBuilder parts = new StringBuilder();
    for (String part : List.of("danBiet", "danBan", "danLam", "danKiemTra", "danGiamSat", "danThuHuong")) {
      parts.append(parts.isEmpty() ? "" : ",").append("\"").append(part).append("\":{\"value\":\"Nội dung ").append(part)
          .append("\",\"type\":\"String\"}");
    }
    return parts.toString();
  }

  /** Polls the health endpoint until it answers the status, each answer within {@link #ONE_ANSWER}. */
  static HttpResponse<String> awaitHealth(int status, Instant since) throws Exception {
    Instant limit = since.plus(DETECT);
    HttpResponse<String> last = null;
    while (Instant.now().isBefore(limit)) {
      Instant asked = Instant.now();
      last = send(HttpRequest.newBuilder(uri("/actuator/health")));
      assertThat(Duration.between(asked, Instant.now())).as("one health answer").isLessThan(ONE_ANSWER);
      if (last.statusCode() == status) {
        return last;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("health did not answer " + status + " within " + DETECT + " (last: "
        + (last == null ? "none" : last.statusCode() + " " + last.body()) + ")\n" + TwoNodeClusterTest.tail(node.log()));
  }

  static void awaitMails(int year, int expected, Instant since) throws Exception {
    Awaitility.await(expected + " mails of " + year).atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250)).until(() -> mailsOf(year, mail -> true).size() >= expected);
  }

  static List<MimeMessage> mailsOf(int year, Predicate<MimeMessage> which) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(mail -> TwoNodeClusterTest.subject(mail).contains("năm " + year)).filter(which).toList();
  }

  static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return TwoNodeClusterTest.HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static URI uri(String path) {
    return URI.create(node.base() + path);
  }

  static Node launch(int smtpPort) throws IOException {
    int port = TwoNodeClusterTest.freePort();
    Path log = Files.createTempFile("ct15-outage", ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-Duser.timezone=Asia/Ho_Chi_Minh", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        Ct15Application.class.getName(), "--server.port=" + port, "--spring.profiles.active=demo,postgres",
        "--spring.main.banner-mode=off", "--spring.jmx.enabled=false",
        "--ct15.demo-mailbox.enabled=false", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
        // the held mail waits for the server's greeting longer than the test holds it
        "--spring.mail.properties.mail.smtp.timeout=20000",
        // the job executor: look for due jobs every half second, as a node in production does every few seconds
        "--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=1000", "--camunda.bpm.job-execution.lock-time-in-millis=10000",
        // reminders 20 s before a deadline; no escalation within the test
        "--ct15.reminders.before=PT20S", "--ct15.escalation.after=P1D",
        "--logging.level.com.icegreen.greenmail=WARN"));
    command.addAll(List.of(postgres.arguments()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new Node("outage-node", process, "http://127.0.0.1:" + port, log);
  }

  /**
   * A relay in front of GreenMail that can hold new SMTP connections, so a mail job is caught in the
   * middle of its work when the database stops.
   */
  static final class SmtpGate implements AutoCloseable {

    private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final int target;
    private final AtomicInteger held = new AtomicInteger();
    private volatile CountDownLatch open = new CountDownLatch(0);

    SmtpGate(int target) throws IOException {
      this.target = target;
      daemon(this::accept);
    }

    int port() {
      return socket.getLocalPort();
    }

    void hold() {
      open = new CountDownLatch(1);
    }

    void release() {
      open.countDown();
    }

    void awaitHeld() throws InterruptedException {
      Awaitility.await("a mail held at the gate").atMost(DETECT).pollInterval(Duration.ofMillis(50)).until(() -> held.get() > 0);
    }

    private void accept() {
      while (!socket.isClosed()) {
        try {
          Socket client = socket.accept();
          CountDownLatch gate = open;
          daemon(() -> relay(client, gate));
        } catch (IOException closed) {
          return;
        }
      }
    }

    private void relay(Socket client, CountDownLatch gate) {
      try (client; Socket server = new Socket(InetAddress.getLoopbackAddress(), target)) {
        held.incrementAndGet();
        gate.await();
        held.decrementAndGet();
        daemon(() -> copy(client, server));
        copy(server, client);
      } catch (IOException | InterruptedException ended) {
        // the connection is over
      }
    }

    private static void daemon(Runnable work) {
      Thread thread = new Thread(work, "smtp-gate");
      thread.setDaemon(true);
      thread.start();
    }

    private static void copy(Socket from, Socket to) {
      try {
        from.getInputStream().transferTo(to.getOutputStream());
        to.shutdownOutput();
      } catch (IOException ended) {
        // the other side closed
      }
    }

    @Override
    public void close() throws IOException {
      release();
      socket.close();
    }
  }
}
