package vn.ct15.workflow.cluster;

import static vn.ct15.workflow.TestTime.HANOI;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import vn.ct15.workflow.Ct15Application;
import vn.ct15.workflow.collision.EndOfCycleScenario;
import vn.ct15.workflow.deadline.Urge;
import vn.ct15.workflow.directory.OrganisationDirectory;
import org.junit.jupiter.api.Tag;
import vn.ct15.workflow.Tiers;
import org.awaitility.Awaitility;

/**
 * Two application nodes (separate JVMs on loopback) on one PostgreSQL database, both job executors
 * on: they start together on the empty database and write everything once, what one node does the
 * other sees, every reminder and escalation is mailed exactly once while both executors race and the
 * mail server is down for a while, and a node killed with kill -9 while holding job locks loses
 * nothing.
 *
 * <p>The two nodes start at the same moment on an empty database: one creates Camunda's schema,
 * deploys and writes the directory, the authorizations and the filters under the start-up lock, and
 * the other waits and finds them (README, "Cluster and PostgreSQL").
 */
@Tag(Tiers.POSTGRES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterTest {

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final Duration BOUND = Duration.ofMinutes(3);
  static final List<String> WARDS = List.of("phuong-bac-son", "phuong-dong-hoa", "phuong-lam-ha", "phuong-nam-son",
      "phuong-ngoc-son", "phuong-phu-lien", "phuong-quan-tru", "phuong-tran-thanh-ngo", "phuong-trang-minh",
      "phuong-van-dau");
  /** Per cycle: a reminder to each of the 20 ward people, 10 heads told of the delay, 2 people of Phòng Nội vụ. */
  static final int MAILS_PER_CYCLE = 20 + 10 + 2;
  static final int REMINDER_MAILS = 20;
  static final ObjectMapper JSON = new ObjectMapper();
  static final DateTimeFormatter CAMUNDA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  static PostgresDatabase database;
  static GreenMail greenMail;
  /** What the mail servers stopped during the tests had received. */
  static final List<MimeMessage> receivedBefore = new ArrayList<>();
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
    startMailServer();
    logs = Files.createTempDirectory("ct15-cluster");
    // both at the same moment, on an empty database
    nodeA = launch("node-a");
    nodeB = launch("node-b");
    awaitUp(nodeA);
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
  @Order(0)
  void shouldStartTwoNodesTogetherOnAnEmptyDatabaseWritingEverythingOnce() throws Exception {
    Directory expected = Directory.read();
    assertThat(List.of(Files.readString(nodeA.log()), Files.readString(nodeB.log())))
        .as("both took the start-up lock, one after waiting for the other")
        .allMatch(log -> log.contains("Start-up lock taken")).anyMatch(log -> log.contains("Start-up lock taken after waiting"));
    try (Connection db = database.connect()) {
      assertThat(rows(db, "select name_, count(*) from act_re_deployment group by name_"))
          .as("one deployment of bpmn/ and forms/").hasSize(1).containsValue(1L);
      assertThat(rows(db, "select key_, count(*) from act_re_procdef group by key_"))
          .as("each process deployed once (version 1)").isNotEmpty().allSatisfy((key, count) -> assertThat(count).isOne());
      assertThat(rows(db, "select key_, count(*) from act_re_camformdef group by key_"))
          .as("each form deployed once").isNotEmpty().allSatisfy((key, count) -> assertThat(count).isOne());
      assertThat(rows(db, "select name_, count(*) from act_ru_filter group by name_"))
          .as("one copy of each shared Tasklist filter")
          .containsOnlyKeys("Việc của đơn vị tôi", "Đến hạn trong 7 ngày", "Quá hạn", "Tôi đang xử lý")
          .allSatisfy((name, count) -> assertThat(count).isOne());
      assertThat(count(db, "select count(*) from act_id_group")).as("the units, the heads, camunda-admin")
          .isEqualTo(expected.units() + 2);
      assertThat(count(db, "select count(*) from act_id_user")).as("the directory's people and demo")
          .isEqualTo(expected.people() + 1);
      assertThat(count(db, "select count(*) from act_id_membership")).as("each person in its unit, heads also in "
          + OrganisationDirectory.HEADS_GROUP + ", demo in camunda-admin").isEqualTo(expected.people() + expected.heads() + 1);
      assertThat(rows(db, "select type_ || ' ' || coalesce(group_id_, 'user ' || user_id_) || ' ' || resource_type_ || ' '"
          + " || resource_id_, count(*) from act_ru_authorization group by 1 having count(*) > 1"))
          .as("no authorization twice").isEmpty();
      assertThat(rows(db, "select f.name_, count(*) from act_ru_filter f join act_ru_authorization a on a.resource_id_ = f.id_"
          + " and a.resource_type_ = " + Resources.FILTER.resourceType() + " and a.type_ = " + Authorization.AUTH_TYPE_GLOBAL
          + " group by f.name_")).as("each filter readable by everyone through one global grant")
          .hasSize(4).allSatisfy((name, count) -> assertThat(count).isOne());
    }
  }

  @Test
  @Order(1)
  void shouldCompleteOnNodeBATaskCreatedOnNodeA() throws Exception {
    String instanceId = startWardPlan(nodeA, 2090, null);
    String query = "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=Task_DraftPlan";
    String taskId = firstId(get(nodeB, query + "&candidateGroup=phuong-bac-son", "phuong-bac-son.cb").body());

    assertThat(post(nodeB, "/engine-rest/task/" + taskId + "/claim", "phuong-bac-son.cb",
        "{\"userId\":\"phuong-bac-son.cb\"}").statusCode()).isEqualTo(204);
    StringBuilder parts = new StringBuilder();
    for (String part : List.of("danBiet", "danBan", "danLam", "danKiemTra", "danGiamSat", "danThuHuong")) {
      parts.append(parts.isEmpty() ? "" : ",").append("\"").append(part).append("\":{\"value\":\"Nội dung ").append(part)
          .append("\",\"type\":\"String\"}");
    }
    HttpResponse<String> completed = post(nodeB, "/engine-rest/task/" + taskId + "/complete", "phuong-bac-son.cb",
        "{\"variables\":{" + parts + "}}");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);

    assertThat(get(nodeA, "/engine-rest/task/" + taskId, "phuong-bac-son.cb").statusCode()).isEqualTo(404);
    assertThat(get(nodeA, "/engine-rest/task/count?processInstanceId=" + instanceId + "&taskDefinitionKey=Task_DraftPlan",
        "demo").body()).isEqualTo("{\"count\":9}");
    assertThat(get(nodeA, "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=Task_ApprovePlan",
        "phuong-bac-son.tt").body()).contains("\"id\":");
  }

  /**
   * The end of a reporting cycle under collisions ({@link EndOfCycleScenario}) across both nodes: every
   * official's call, the readers' and the checks go to node A and node B in turn, and both job executors
   * run the cycle's reminders, escalations and steps. Every answer is 2xx or a Vietnamese 409, the
   * consolidation comes within 5 s of the last report, and no job of the cycle failed.
   */
  @Test
  @Order(2)
  void shouldReachTheConsolidationWithoutAFailedJobWhenWorkCollidesOnTwoNodes() throws Exception {
    EndOfCycleScenario.Outcome outcome = new EndOfCycleScenario(List.of(nodeA.base(), nodeB.base()))
        .run(2095, 95L, EndOfCycleScenario.UrgeAt.DURING, Duration.ofSeconds(32));
    System.out.printf("End of cycle on two nodes: %d answers, %d of them 409, consolidation %d ms after the last of %d late reports%n",
        outcome.answers().size(), outcome.answers().stream().filter(answer -> answer.status() == 409).count(),
        outcome.consolidationAfterLastReport().toMillis(), outcome.lateUnits());
    EndOfCycleScenario.assertHeld(outcome);
  }

  /**
   * The mail server is down when the reminders fall due: every reminder mail fails on whichever node
   * takes it and waits for its retry (R10/PT5S here); once the server is back, every reminder and
   * escalation arrives exactly once, with no incident.
   */
  @Test
  @Order(3)
  void shouldMailEachReminderAndEscalationOnceWhileBothJobExecutorsRaceAcrossAMailServerOutage() throws Exception {
    int year = 2091;
    String instanceId = startWardPlan(nodeA, year, LocalDateTime.now(HANOI).plusSeconds(40).truncatedTo(ChronoUnit.SECONDS));
    stopMailServer();

    Awaitility.await("every reminder mail failed once").atMost(BOUND).pollInterval(Duration.ofMillis(500))
        .until(() -> failedJobs(instanceId).size() >= REMINDER_MAILS);
    startMailServer();

    awaitMails(year, MAILS_PER_CYCLE);
    assertMailedOnce(year);
    assertThat(get(nodeB, urgeCount(year), "demo").body()).as("one Đôn đốc task").isEqualTo("{\"count\":1}");
    assertThat(get(nodeA, "/engine-rest/incident/count?processInstanceId=" + instanceId, "demo").body()).isEqualTo("{\"count\":0}");
    assertThat(get(nodeA, "/engine-rest/job/count?withException=true&processInstanceId=" + instanceId, "demo").body())
        .isEqualTo("{\"count\":0}");
    System.out.println("Cycle " + year + ": jobs run per node " + jobsPerNode(instanceId, "successLog") + ", failed attempts per node "
        + jobsPerNode(instanceId, "failureLog"));
  }

  /** The Đôn đốc tasks of a year's ward plan: the escalation starts them as instances of their own. */
  static String urgeCount(int year) {
    return "/engine-rest/task/count?processDefinitionKey=" + Urge.KEY + "&processInstanceBusinessKeyLike=" + Urge.KEY
        + ":ct15-ward-plan:" + year + ":%25";
  }

  /**
   * Node A is killed with kill -9 while it holds the locks of mail jobs (node B is down, so A alone
   * takes them, and the mail server hangs, so they take seconds); node B, started again, runs those
   * very jobs once their locks have expired, and each mail goes out once.
   */
  @Test
  @Order(4)
  void shouldRunOnNodeBTheJobsANodeAKilledWhileHoldingTheirLocksHad() throws Exception {
    int year = 2092;
    nodeB.stop();
    stopMailServer();
    String instanceId = startWardPlan(nodeA, year, LocalDateTime.now(HANOI).plusSeconds(25).truncatedTo(ChronoUnit.SECONDS));
    // the reminders fall due in 5 s: node A turns them into mail jobs, which fail (no mail server) and wait 5 s
    awaitJobs(instanceId, "ct15-reminder", 0);
    awaitJobs(instanceId, "ct15-mail", REMINDER_MAILS);
    Map<String, Instant> lockedByA;
    // a mail server that accepts connections and never answers: each retry waits for its 5 s timeout, locked by A
    try (ServerSocket silent = new ServerSocket(smtpPort, 100, InetAddress.getByName("127.0.0.1"))) {
      awaitLockedMailJobs(instanceId);
      nodeA.process().destroyForcibly().waitFor();
    }
    Instant killed = Instant.now();
    // the jobs still locked once node A is dead: A held these at its death (one it had just failed and
    // released between the look and the kill is not among them)
    lockedByA = lockedMailJobs(instanceId);
    assertThat(lockedByA).as("mail jobs locked by node A at its death").isNotEmpty();
    System.out.println("Node A killed holding the locks of mail jobs " + lockedByA);
    startMailServer();
    nodeB = launch("node-b");
    awaitUp(nodeB);

    awaitMails(year, MAILS_PER_CYCLE);
    assertMailedOnce(year);
    assertThat(get(nodeB, urgeCount(year), "demo").body()).isEqualTo("{\"count\":1}");
    for (Map.Entry<String, Instant> locked : lockedByA.entrySet()) {
      List<JsonNode> runs = jobLog("jobId=" + locked.getKey() + "&successLog=true");
      assertThat(runs).as("job " + locked.getKey() + " locked by node A at its death").hasSize(1).allSatisfy(run -> {
        assertThat(run.get("hostname").asText()).isEqualTo("node-b");
        assertThat(OffsetDateTime.parse(run.get("timestamp").asText(), CAMUNDA_TIME).toInstant())
            .as("run after the lock expired").isAfter(locked.getValue()).isAfter(killed);
      });
    }
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
            + " within " + BOUND + "\n--- jobs\n" + jobs() + "\n--- node-a\n" + tail(nodeA.log()) + "\n--- node-b\n"
            + tail(nodeB.log()));
      }
      Thread.sleep(500);
    }
    // and no mail sent twice arrives afterwards
    Awaitility.await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(7))
        .until(() -> mailsOf(year, mail -> true).size() == expected);
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
    List<MimeMessage> all = new ArrayList<>(receivedBefore);
    if (greenMail != null) {
      all.addAll(Arrays.asList(greenMail.getReceivedMessages()));
    }
    return all.stream().filter(mail -> subject(mail).contains("năm " + year)).filter(which).toList();
  }

  /** Stops the mail server, keeping what it received; connections to its port are refused until it starts again. */
  static void stopMailServer() {
    receivedBefore.addAll(Arrays.asList(greenMail.getReceivedMessages()));
    greenMail.stop();
    greenMail = null;
  }

  /** A new mail server on the same port. */
  static void startMailServer() {
    greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  /** Waits until the instance has so many jobs of a type (ct15-reminder, ct15-mail) in the database. */
  static void awaitJobs(String instanceId, String type, long expected) throws Exception {
    Instant limit = Instant.now().plus(BOUND);
    try (Connection db = database.connect(); PreparedStatement jobs = db.prepareStatement(
        "select count(*) from act_ru_job where process_instance_id_ = ? and handler_type_ = ?")) {
      jobs.setString(1, instanceId);
      jobs.setString(2, type);
      while (true) {
        try (ResultSet result = jobs.executeQuery()) {
          result.next();
          if (result.getLong(1) == expected) {
            return;
          }
        }
        if (Instant.now().isAfter(limit)) {
          throw new AssertionError("not " + expected + " " + type + " jobs of " + instanceId + " within " + BOUND + "\n" + jobs());
        }
        Thread.sleep(100);
      }
    }
  }

  /** Waits until the database shows mail jobs of the instance locked (by the only node running); their lock expiry by id. */
  static Map<String, Instant> lockedMailJobs(String instanceId) throws Exception {
    try (Connection db = database.connect(); PreparedStatement locked = db.prepareStatement(
        "select id_, lock_exp_time_ from act_ru_job where process_instance_id_ = ? and handler_type_ = 'ct15-mail'"
            + " and lock_owner_ is not null and lock_exp_time_ > current_timestamp")) {
      locked.setString(1, instanceId);
      Map<String, Instant> jobs = new TreeMap<>();
      try (ResultSet result = locked.executeQuery()) {
        while (result.next()) {
          jobs.put(result.getString(1), result.getTimestamp(2).toInstant());
        }
      }
      return jobs;
    }
  }

  static Map<String, Instant> awaitLockedMailJobs(String instanceId) throws Exception {
    Instant limit = Instant.now().plus(BOUND);
    try (Connection db = database.connect(); PreparedStatement locked = db.prepareStatement(
        "select id_, lock_exp_time_ from act_ru_job where process_instance_id_ = ? and handler_type_ = 'ct15-mail'"
            + " and lock_owner_ is not null and lock_exp_time_ > current_timestamp")) {
      locked.setString(1, instanceId);
      while (Instant.now().isBefore(limit)) {
        Map<String, Instant> jobs = new TreeMap<>();
        try (ResultSet result = locked.executeQuery()) {
          while (result.next()) {
            jobs.put(result.getString(1), result.getTimestamp(2).toInstant());
          }
        }
        if (!jobs.isEmpty()) {
          return jobs;
        }
        Thread.sleep(100);
      }
    }
    throw new AssertionError("no locked mail job of " + instanceId + " within " + BOUND + "\n" + tail(nodeA.log()));
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

  /** The jobs in the database, one line each, for a failure message. */
  static String jobs() throws SQLException {
    StringBuilder jobs = new StringBuilder();
    try (Connection db = database.connect(); PreparedStatement all = db.prepareStatement("select id_, handler_type_, exclusive_,"
        + " process_instance_id_, duedate_, lock_owner_, lock_exp_time_, retries_, exception_msg_ from act_ru_job order by duedate_");
        ResultSet result = all.executeQuery()) {
      while (result.next()) {
        for (int column = 1; column <= 9; column++) {
          jobs.append(column == 1 ? "" : " | ").append(result.getString(column));
        }
        jobs.append('\n');
      }
    }
    return jobs.toString();
  }

  /** Job log entries of a query (on a living node). */
  static List<JsonNode> jobLog(String query) throws Exception {
    Node living = nodeB.process().isAlive() ? nodeB : nodeA;
    List<JsonNode> entries = new ArrayList<>();
    JSON.readTree(get(living, "/engine-rest/history/job-log?" + query, "demo").body()).forEach(entries::add);
    return entries;
  }

  /** How many job runs of the instance of a kind (successLog, failureLog) each node logged; each node names itself as the engine's hostname. */
  static Map<String, Integer> jobsPerNode(String instanceId, String kind) throws Exception {
    Map<String, Integer> counts = new TreeMap<>();
    jobLog(kind + "=true&processInstanceId=" + instanceId).forEach(entry -> counts.merge(entry.get("hostname").asText(), 1, Integer::sum));
    return counts;
  }

  /** The mail jobs of the instance that failed at least once. */
  static Set<String> failedJobs(String instanceId) throws Exception {
    return jobLog("failureLog=true&jobDefinitionType=ct15-mail&processInstanceId=" + instanceId).stream()
        .map(entry -> entry.get("jobId").asText()).collect(Collectors.toSet());
  }

  /** What the directory file asks for: units, people, heads. */
  record Directory(long units, long people, long heads) {

    static Directory read() throws IOException {
      JsonNode file;
      try (var in = TwoNodeClusterTest.class.getResourceAsStream("/directory/kien-an.yaml")) {
        file = new ObjectMapper(new YAMLFactory()).readTree(in);
      }
      long units = 0;
      long people = 0;
      long heads = 0;
      for (JsonNode unit : file.get("units")) {
        units++;
        for (JsonNode person : unit.path("people")) {
          people++;
          heads += "head".equals(person.path("role").asText()) ? 1 : 0;
        }
      }
      return new Directory(units, people, heads);
    }
  }

  /** The first column (as text) to the second (a count) of each row of a query. */
  static Map<String, Long> rows(Connection db, String sql) throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (PreparedStatement statement = db.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        rows.put(result.getString(1), result.getLong(2));
      }
    }
    return rows;
  }

  static long count(Connection db, String sql) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }

  static Node launch(String name) throws IOException {
    int port = freePort();
    Path log = logs.resolve(name + ".log");
    for (int restart = 2; Files.exists(log); restart++) {
      log = logs.resolve(name + "-" + restart + ".log");
    }
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
        // a failed mail job is retried every 5 s (10 times), not every 5 minutes
        "--camunda.bpm.generic-properties.properties.failedJobRetryTimeCycle=R10/PT5S",
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
