package vn.ct15.workflow.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ct15.workflow.AppProcess;
import vn.ct15.workflow.Ct15Application;
import vn.ct15.workflow.TestTime;
import vn.ct15.workflow.Tiers;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.process.Motto;
import vn.ct15.workflow.wardplan.WardPlanProcess;

/**
 * A backup taken in the middle of a cycle while officials work, more work done after it, then the
 * backup restored by the restore command into a fresh folder and the application started on it:
 * every instance, task, variable, file, job and history entry is as it was when the backup was
 * taken, and the cycle goes on from there: the reminders sent before the backup are not sent again,
 * the next ones go out once. The engine clock is moved; mail is read on GreenMail.
 */
@Tag(Tiers.SYSTEM)
class BackupRestoreTest {

  static final int YEAR = 2073;
  static final String SEVEN_DAYS = "còn 7 ngày";
  static final String ONE_DAY = "còn 1 ngày";

  @TempDir Path dir;
  GreenMail greenMail;
  ConfigurableApplicationContext application;

  @BeforeEach
  void startMailServer() throws Exception {
    greenMail = new GreenMail(new ServerSetup(AppProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  @AfterEach
  void stop() {
    ClockUtil.reset();
    if (application != null) {
      application.close();
    }
    greenMail.stop();
  }

  ConfigurableApplicationContext start(String name, Path folder) {
    return new SpringApplicationBuilder(Ct15Application.class).web(WebApplicationType.NONE).run(
        "--spring.profiles.active=demo", "--camunda.bpm.process-engine-name=backup" + name,
        "--camunda.bpm.job-execution.enabled=false", "--spring.jmx.enabled=false", "--ct15.demo-mailbox.enabled=false",
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + greenMail.getSmtp().getPort(),
        "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("ct15") + ";WRITE_DELAY=0",
        "--ct15.backup.directory=" + dir.resolve("backups"), "--ct15.backup.cron=-",
        "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
        "--logging.level.com.icegreen.greenmail=WARN");
  }

  @Test
  void shouldRestoreABackupTakenMidCycleAndGoOnFromIt() throws Exception {
    ClockUtil.setCurrentTime(TestTime.at(YEAR, 3, 20, 9, 0));
    application = start("first", dir.resolve("first"));
    RuntimeService runtime = application.getBean(RuntimeService.class);
    TaskService tasks = application.getBean(TaskService.class);
    ProcessInstance cycle = runtime.startProcessInstanceByKey(WardPlanProcess.KEY,
        Map.of(CommonVariables.YEAR.name(), YEAR));
    byte[] document = "Kế hoạch thực hiện dân chủ ở phường Bắc Sơn".getBytes(StandardCharsets.UTF_8);
    runtime.setVariable(cycle.getId(), "keHoachDinhKem",
        Variables.fileValue("ke-hoach-bac-son.docx").file(document).encoding("UTF-8").create());
    tasks.claim(draft(tasks, cycle, "phuong-bac-son").getId(), "phuong-bac-son.cb");

    ClockUtil.setCurrentTime(TestTime.at(YEAR, 3, 25, 0, 1));
    int run = runDueJobs(application);
    assertThat(run).as("the 7-day reminders").isPositive();
    int sevenDayMails = received(SEVEN_DAYS);
    assertThat(sevenDayMails).as("a 7-day reminder for each ward's staff and head, for Bắc Sơn its assignee").isEqualTo(19);

    // the backup, while officials keep claiming and releasing their tasks
    AtomicBoolean backingUp = new AtomicBoolean(true);
    AtomicLong slowest = new AtomicLong();
    AtomicInteger calls = new AtomicInteger();
    Task lamHa = draft(tasks, cycle, "phuong-lam-ha");
    CompletableFuture<Void> officials = CompletableFuture.runAsync(() -> {
      while (backingUp.get()) {
        long start = System.nanoTime();
        tasks.claim(lamHa.getId(), "phuong-lam-ha.cb");
        tasks.setAssignee(lamHa.getId(), null);
        slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
        calls.incrementAndGet();
      }
    });
    DatabaseBackup backup = application.getBean(DatabaseBackup.class);
    DatabaseBackup.Backup taken;
    try {
      taken = backup.take();
    } finally {
      backingUp.set(false);
      officials.join();
    }
    State atBackup = State.of(application);
    assertThat(taken.file()).exists().hasParent(dir.resolve("backups"));
    assertThat(taken.rows().get("ACT_RU_TASK")).isEqualTo(10);
    System.out.printf("Backup: %d bytes in %d ms; %d claims by officials meanwhile, the slowest %d ms%n", taken.bytes(),
        taken.took().toMillis(), calls.get(), Duration.ofNanos(slowest.get()).toMillis());
    assertThat(Duration.ofNanos(slowest.get())).as("an official's call during the backup").isLessThan(Duration.ofSeconds(2));

    // work after the backup, which the restore does not bring back
    Task dongHoa = draft(tasks, cycle, "phuong-dong-hoa");
    tasks.complete(dongHoa.getId(), allParts());
    ClockUtil.setCurrentTime(TestTime.at(YEAR, 3, 31, 0, 1));
    runDueJobs(application);
    assertThat(received(ONE_DAY)).as("1-day reminders: nine wards still drafting, Đông Hòa's head approving").isEqualTo(18);
    application.close();
    application = null;

    // the restore command, as an operator runs it
    Path fresh = dir.resolve("restored");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(restore(out, "restore", taken.file().toString(), fresh.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã khôi phục").contains("10 nhiệm vụ đang mở");
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    assertThat(restore(again, "restore", taken.file().toString(), fresh.toString())).as("never over a database").isOne();
    assertThat(again.toString(StandardCharsets.UTF_8)).contains("đã có cơ sở dữ liệu");
    Path notABackup = Files.writeString(dir.resolve("ghi-chu.zip"), "không phải bản sao lưu");
    assertThat(restore(new ByteArrayOutputStream(), "restore", notABackup.toString(), dir.resolve("other").toString())).isOne();
    assertThat(dir.resolve("other")).doesNotExist();

    greenMail.purgeEmailFromAllMailboxes();
    ClockUtil.setCurrentTime(TestTime.at(YEAR, 3, 25, 0, 2));
    application = start("restored", fresh);
    State restored = State.of(application);
    // Lãm Hà's task was being claimed and released while the backup was taken: either is as at the backup
    assertThat(restored.tasks().get(lamHa.getId())).isIn(atBackup.tasks().get(lamHa.getId()),
        atBackup.tasks().get(lamHa.getId()).replace("|null|", "|phuong-lam-ha.cb|"));
    assertThat(restored.without(lamHa.getId())).as("everything as at the backup").isEqualTo(atBackup.without(lamHa.getId()));
    FileValue file = application.getBean(RuntimeService.class).getVariableTyped(cycle.getId(), "keHoachDinhKem");
    assertThat(file.getFilename()).isEqualTo("ke-hoach-bac-son.docx");
    assertThat(file.getValue().readAllBytes()).isEqualTo(document);

    assertThat(runDueJobs(application)).as("nothing due again at the time of the backup").isZero();
    assertThat(received(SEVEN_DAYS)).as("7-day reminders sent before the backup are not sent again").isZero();
    ClockUtil.setCurrentTime(TestTime.at(YEAR, 3, 31, 0, 1));
    runDueJobs(application);
    // Bắc Sơn's assignee, staff and head of eight wards, and Lãm Hà's assignee or its two people, as the backup caught it
    int expected = 1 + 8 * 2 + (restored.tasks().get(lamHa.getId()).contains("|phuong-lam-ha.cb|") ? 1 : 2);
    assertThat(received(ONE_DAY)).as("1-day reminders of the ten wards drafting as at the backup, once").isEqualTo(expected);
    assertThat(runDueJobs(application)).isZero();
    assertThat(received(ONE_DAY)).isEqualTo(expected);
    TaskService restoredTasks = application.getBean(TaskService.class);
    assertThat(draft(restoredTasks, cycle, "phuong-dong-hoa")).as("the draft completed after the backup is open again").isNotNull();
    assertThat(draft(restoredTasks, cycle, "phuong-bac-son").getAssignee()).isEqualTo("phuong-bac-son.cb");
  }

  @Test
  void shouldKeepOnlyTheNewestBackups() throws Exception {
    application = start("kept", dir.resolve("kept"));
    DatabaseBackup backup = application.getBean(DatabaseBackup.class);
    List<Path> taken = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      taken.add(backup.take().file());
    }
    List<Path> newestFirst = new ArrayList<>(taken);
    Collections.reverse(newestFirst);
    assertThat(backup.backups()).as("ct15.backup.keep").containsExactlyElementsOf(newestFirst.subList(0, 14));
    assertThat(taken.get(0)).doesNotExist();
    assertThat(Files.list(dir.resolve("backups")).map(file -> file.getFileName().toString()))
        .noneMatch(name -> name.startsWith("incomplete-"));
  }

  static int restore(ByteArrayOutputStream out, String... args) {
    return RestoreCommand.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  static Task draft(TaskService tasks, ProcessInstance cycle, String ward) {
    return tasks.createTaskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(WardPlanProcess.Element.DRAFT)
        .taskCandidateGroup(ward).includeAssignedTasks().singleResult();
  }

  static Map<String, Object> allParts() {
    Map<String, Object> parts = new TreeMap<>();
    Motto.PARTS.forEach(part -> parts.put(part, "Nội dung " + part));
    return parts;
  }

  /** Runs every job due at the engine clock, as the job executor would, until none is left; how many ran. */
  static int runDueJobs(ConfigurableApplicationContext application) {
    ManagementService management = application.getBean(ManagementService.class);
    int run = 0;
    for (List<Job> due = management.createJobQuery().executable().list(); !due.isEmpty();
        due = management.createJobQuery().executable().list()) {
      for (Job job : due) {
        management.executeJob(job.getId());
        run++;
      }
    }
    return run;
  }

  int received(String subject) throws Exception {
    int count = 0;
    for (MimeMessage mail : greenMail.getReceivedMessages()) {
      if (mail.getSubject().contains(subject)) {
        count += mail.getAllRecipients().length;
      }
    }
    return count;
  }

  /** What a restore must bring back: tasks, variables, jobs and history, by id. */
  record State(Map<String, String> tasks, Map<String, String> variables, Map<String, Date> jobs,
      long historicTasks, long historicActivities, long historicVariables, long userOperations) {

    State without(String taskId) {
      Map<String, String> others = new TreeMap<>(tasks);
      others.remove(taskId);
      return new State(others, variables, jobs, historicTasks, historicActivities, historicVariables, userOperations);
    }

    static State of(ConfigurableApplicationContext application) {
      TaskService tasks = application.getBean(TaskService.class);
      RuntimeService runtime = application.getBean(RuntimeService.class);
      ManagementService management = application.getBean(ManagementService.class);
      HistoryService history = application.getBean(HistoryService.class);
      Map<String, String> openTasks = new TreeMap<>();
      tasks.createTaskQuery().list().forEach(task -> openTasks.put(task.getId(),
          task.getName() + "|" + task.getAssignee() + "|" + task.getDueDate()));
      Map<String, String> variables = new TreeMap<>();
      runtime.createVariableInstanceQuery().disableBinaryFetching().list().forEach(variable -> variables.put(variable.getId(),
          variable.getName() + "=" + (variable.getTypeName().equals("file") ? "file" : String.valueOf(variable.getValue()))));
      Map<String, Date> jobs = new TreeMap<>();
      management.createJobQuery().list().forEach(job -> jobs.put(job.getId(), job.getDuedate()));
      return new State(openTasks, variables, jobs, history.createHistoricTaskInstanceQuery().count(),
          history.createHistoricActivityInstanceQuery().count(), history.createHistoricVariableInstanceQuery().count(),
          history.createUserOperationLogQuery().count());
    }
  }
}
