package vn.ct15.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.ct15.workflow.Ct15Application;

/**
 * Two application nodes (separate JVMs on loopback) on one PostgreSQL database, both job executors
 * on: what one node does the other sees, every reminder and escalation is mailed exactly once while
 * both executors race for the jobs, and a node killed with kill -9 loses nothing.
 *
 * <p>The nodes start one after the other: Camunda creates its schema on the first start
 * ({@code camunda.bpm.database.schema-update}), which is not safe for two nodes at once (README,
 * "Cluster and PostgreSQL").
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterTest {

  static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final Duration BOUND = Duration.ofMinutes(3);
  static final List<String> WARDS = List.of("phuong-bac-son", "phuong-dong-hoa", "phuong-lam-ha", "phuong-nam-son",
      "phuong-ngoc-son", "phuong-phu-lien", "phuong-quan-tru", "phuong-tran-thanh-ngo", "phuong-trang-minh",
      "phuong-van-dau");
  /** Per cycle: a reminder to each of the 20 ward people, 10 heads told of the delay, 2 people of Phòng Nội vụ. */
  static final int MAILS_PER_CYCLE = 20 + 10 + 2;

  static PostgresDatabase database;
  static GreenMail greenMail;
  static int smtpPort;
  static Path logs;
  static Node nodeA;
  static Node nodeB;

  record Node(String name, Process process, String base, Path log) {

    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  @BeforeAll
  static void startTwoNodes() throws Exception {
    database = PostgresDatabase.createOrSkip();
    smtpPort = freePort();
    greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    logs = Files.createTempDirectory("ct15-cluster");
    nodeA = launch("node-a");
    awaitUp(nodeA);
    nodeB = launch("node-b");
    awaitUp(nodeB);
  }

  @AfterAll
  static void stopEverything() throws Exception {
    try {
      for (Node node : new Node[] {nodeA, nodeB}) {
        if (node != null) {
          node.stop();
        }
      }
      if (greenMail != null) {
        greenMail.stop();
      }
    } finally {
      if (database != null) {
        database.close();
      }
    }
  }

  @Test
  @Order(1)
  void shouldNoLongerShowOnNodeBATaskCompletedOnNodeA() throws Exception {
    String instanceId = startWardPlan(nodeA, 2090, null);
    String query = "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=Task_DraftPlan";
    String taskId = firstId(get(nodeB, query + "&candidateGroup=phuong-bac-son", "phuong-bac-son.cb").body());

    assertThat(post(nodeA, "/engine-rest/task/" + taskId + "/claim", "phuong-bac-son.cb",
        "{\"userId\":\"phuong-bac-son.cb\"}").statusCode()).isEqualTo(204);
    StringBuilder parts = new StringBuilder();
    for (String part : List.of("danBiet", "danBan", "danLam", "danKiemTra", "danGiamSat", "danThuHuong")) {
      parts.append(parts.isEmpty() ? "" : ",").append("\"").append(part).append("\":{\"value\":\"Nội dung ").append(part)
          .append("\",\"type\":\"String\"}");
    }
    HttpResponse<String> completed = post(nodeA, "/engine-rest/task/" + taskId + "/complete", "phuong-bac-son.cb",
        "{\"variables\":{" + parts + "}}");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);

    assertThat(get(nodeB, "/engine-rest/task/" + taskId, "phuong-bac-son.cb").statusCode()).isEqualTo(404);
    assertThat(get(nodeB, "/engine-rest/task/count?processInstanceId=" + instanceId + "&taskDefinitionKey=Task_DraftPlan",
        "demo").body()).isEqualTo("{\"count\":9}");
    assertThat(get(nodeB, "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=Task_ApprovePlan",
        "phuong-bac-son.tt").body()).contains("\"id\":");
  }

  @Test
  @Order(2)
  void shouldMailEachReminderAndEscalationOnceWhileBothJobExecutorsRace() throws Exception {
    int year = 2091;
    String instanceId = startWardPlan(nodeA, year, LocalDateTime.now(HANOI).plusSeconds(40).truncatedTo(ChronoUnit.SECONDS));

    awaitMails(year, MAILS_PER_CYCLE);
    assertMailedOnce(year);
    assertThat(get(nodeB, "/engine-rest/task/count?processInstanceId=" + instanceId + "&taskDefinitionKey=Task_Urge", "demo")
        .body()).as("one Đôn đốc task").isEqualTo("{\"count\":1}");
    System.out.println("Jobs of cycle " + year + " per node: " + jobsPerNode(instanceId));
  }

  @Test
  @Order(3)
  void shouldFinishOnNodeBWhatWasScheduledOnAKilledNodeA() throws Exception {
    int year = 2092;
    String instanceId = startWardPlan(nodeA, year, LocalDateTime.now(HANOI).plusSeconds(40).truncatedTo(ChronoUnit.SECONDS));
    assertThat(get(nodeB, "/engine-rest/job/count?timers=true&processInstanceId=" + instanceId, "demo").body())
        .as("a reminder and an escalation per ward, seen from B").isEqualTo("{\"count\":20}");

    nodeA.process().destroyForcibly().waitFor();

    awaitMails(year, MAILS_PER_CYCLE);
    assertMailedOnce(year);
    assertThat(get(nodeB, "/engine-rest/task/count?processInstanceId=" + instanceId + "&taskDefinitionKey=Task_Urge", "demo")
        .body()).isEqualTo("{\"count\":1}");
    assertThat(jobsPerNode(instanceId)).as("node A is gone").containsOnlyKeys("node-b");
  }

  /** Starts a ward plan cycle through a node's REST API, as Phòng Nội vụ would from Tasklist; returns the instance id. */
  static String startWardPlan(Node node, int year, LocalDateTime deadline) throws Exception {
    String variables = "\"year\":{\"value\":" + year + ",\"type\":\"Integer\"}"
        + (deadline == null ? "" : ",\"deadline\":{\"value\":\"" + deadline + "\",\"type\":\"String\"}");
    HttpResponse<String> started = post(node, "/engine-rest/process-definition/key/ct15-ward-plan/submit-form",
        "phong-noi-vu.cb", "{\"variables\":{" + variables + "}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return firstId(started.body());
  }

  /** Waits (bounded) until the cycle's mails have all arrived, then a few seconds more to catch any duplicate. */
  static void awaitMails(int year, int expected) throws Exception {
    Instant limit = Instant.now().plus(BOUND);
    while (mailsOf(year, mail -> true).size() < expected) {
      if (Instant.now().isAfter(limit)) {
        throw new AssertionError("only " + mailsOf(year, mail -> true).size() + " of " + expected + " mails of " + year
            + " within " + BOUND + "\n--- node-a\n" + tail(nodeA.log()) + "\n--- node-b\n" + tail(nodeB.log()));
      }
      Thread.sleep(500);
    }
    Thread.sleep(5000);
  }

  static void assertMailedOnce(int year) throws Exception {
    Map<String, Integer> reminders = recipients(mailsOf(year, mail -> subject(mail).contains("Nhắc việc")));
    Map<String, Integer> toHeads = recipients(mailsOf(year, mail -> subject(mail).startsWith("[CT15] Quá hạn")));
    Map<String, Integer> toCoordinator = recipients(mailsOf(year, mail -> subject(mail).contains("10 đơn vị quá hạn")));
    List<String> people = new ArrayList<>();
    WARDS.forEach(ward -> people.addAll(List.of(ward + ".cb@kienan.demo", ward + ".tt@kienan.demo")));
    assertThat(reminders).as("reminders").containsOnlyKeys(people).allSatisfy((to, count) -> assertThat(count).isOne());
    assertThat(toHeads).as("escalations to the heads").containsOnlyKeys(WARDS.stream().map(w -> w + ".tt@kienan.demo").toList())
        .allSatisfy((to, count) -> assertThat(count).isOne());
    assertThat(toCoordinator).as("escalations to Phòng Nội vụ").hasSize(2).allSatisfy((to, count) -> assertThat(count).isOne());
    assertThat(mailsOf(year, mail -> true)).hasSize(MAILS_PER_CYCLE);
  }

  static List<MimeMessage> mailsOf(int year, Predicate<MimeMessage> which) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(mail -> subject(mail).contains("năm " + year))
        .filter(which).toList();
  }

  static Map<String, Integer> recipients(List<MimeMessage> mails) throws MessagingException {
    Map<String, Integer> counts = new TreeMap<>();
    for (MimeMessage mail : mails) {
      for (Address to : mail.getAllRecipients()) {
        counts.merge(to.toString(), 1, Integer::sum);
      }
    }
    return counts;
  }

  static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many jobs of the instance each node ran, from the job log (each node names itself as the engine's hostname). */
  static Map<String, Integer> jobsPerNode(String instanceId) throws Exception {
    String log = get(nodeB, "/engine-rest/history/job-log?successLog=true&processInstanceId=" + instanceId, "demo").body();
    Map<String, Integer> counts = new TreeMap<>();
    Matcher hostname = Pattern.compile("\"hostname\":\"([^\"]+)\"").matcher(log);
    while (hostname.find()) {
      counts.merge(hostname.group(1), 1, Integer::sum);
    }
    return counts;
  }

  static Node launch(String name) throws IOException {
    int port = freePort();
    Path log = logs.resolve(name + ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-Duser.timezone=Asia/Ho_Chi_Minh", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        Ct15Application.class.getName(), "--server.port=" + port, "--spring.profiles.active=demo,postgres",
        "--spring.main.banner-mode=off", "--spring.jmx.enabled=false",
        "--ct15.demo-mailbox.enabled=false", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
        // the job executor: look for due jobs every half second, take over a dead node's locks after 10 s
        "--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=1000", "--camunda.bpm.job-execution.lock-time-in-millis=10000",
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        // deadlines measured in seconds, so a cycle's reminders and escalation come within a minute
        "--ct15.reminders.before=PT20S", "--ct15.escalation.after=PT1S",
        "--logging.level.com.icegreen.greenmail=WARN"));
    command.addAll(List.of(database.arguments()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new Node(name, process, "http://127.0.0.1:" + port, log);
  }

  static void awaitUp(Node node) throws Exception {
    Instant limit = Instant.now().plus(BOUND);
    while (Instant.now().isBefore(limit)) {
      if (!node.process().isAlive()) {
        throw new AssertionError(node.name() + " stopped:\n" + tail(node.log()));
      }
      try {
        if (HTTP.send(HttpRequest.newBuilder(URI.create(node.base() + "/actuator/health")).build(),
            HttpResponse.BodyHandlers.ofString()).body().contains("UP")) {
          return;
        }
      } catch (IOException notYetListening) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError(node.name() + " did not come UP within " + BOUND + ":\n" + tail(node.log()));
  }

  static String firstId(String json) {
    Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(json);
    assertThat(id.find()).as(json).isTrue();
    return id.group(1);
  }

  static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  static HttpResponse<String> get(Node node, String path, String user) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(node.base() + path)).header("Authorization", basic(user)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(Node node, String path, String user, String json) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(node.base() + path)).header("Authorization", basic(user))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
