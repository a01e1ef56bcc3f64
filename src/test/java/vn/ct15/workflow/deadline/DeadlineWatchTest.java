package vn.ct15.workflow.deadline;

import static vn.ct15.workflow.TestTime.HANOI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.EngineTest;
import vn.ct15.workflow.notification.Mails;
import vn.ct15.workflow.wardplan.WardPlanProcess;
import vn.ct15.workflow.process.Motto;

/** Reminders before, escalation after: driven by moving the engine clock, mail read on GreenMail. */
@EngineTest
class DeadlineWatchTest {


  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  ProcessInstance instance;
  Date due;

  @BeforeEach
  void startWardPlanTenDaysBeforeItsDeadline() {
    AbstractAssertions.init(engine);
    due = Date.from(LocalDateTime.of(2071, 3, 31, 23, 59, 59).atZone(HANOI).toInstant());
    ClockUtil.setCurrentTime(at(Duration.ofDays(-10)));
    instance = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, Map.of("year", 2071,
        "deadline", "2071-03-31"));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    if (runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
      runtimeService.deleteProcessInstance(instance.getId(), "test cleanup");
    }
  }

  Date at(Duration fromDue) {
    return new Date(due.getTime() + fromDue.toMillis());
  }

  /** Moves the engine clock and runs every job of the instance that is due, as the job executor would. */
  void moveClockAndRunJobs(Duration fromDue) {
    ClockUtil.setCurrentTime(at(fromDue));
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(instance.getId()).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      for (Job job : jobs) {
        try {
          managementService.executeJob(job.getId());
        } catch (RuntimeException failed) {
          // the engine records the failure and schedules the retry, as the job executor would
        }
      }
    }
  }

  Map<String, Long> mailsPerRecipient(Function<MimeMessage, Boolean> which) throws Exception {
    Map<String, Long> counts = new HashMap<>();
    for (MimeMessage mail : greenMail.getReceivedMessages()) {
      if (which.apply(mail)) {
        for (Address to : mail.getAllRecipients()) {
          counts.merge(to.toString(), 1L, Long::sum);
        }
      }
    }
    return counts;
  }

  static boolean subject(MimeMessage mail, String text) {
    try {
      return mail.getSubject().contains(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Đôn đốc tasks of this cycle's drafts: instances of {@code ct15-urge} named after the cycle and the duty. */
  List<Task> urgeTasks() {
    return taskService.createTaskQuery().processDefinitionKey(Urge.KEY)
        .processInstanceBusinessKey(Urge.KEY + ":ct15-ward-plan:2071:" + WardPlanProcess.Element.DRAFT).list();
  }

  Task draftOf(String ward) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(WardPlanProcess.Element.DRAFT)
        .taskCandidateGroup(ward).singleResult();
  }

  static Map<String, Object> allParts() {
    Map<String, Object> parts = new HashMap<>();
    Motto.PARTS.stream().forEach(part -> parts.put(part, "Nội dung đầy đủ của " + part));
    return parts;
  }

  @Test
  void shouldRemindEachPersonOnceAtEachOffsetAndStopWhenTheTaskIsDone() throws Exception {
    moveClockAndRunJobs(Duration.ofDays(-7).plusMinutes(1));
    Map<String, Long> sevenDays = mailsPerRecipient(mail -> subject(mail, "còn 7 ngày"));
    assertThat(sevenDays).hasSize(20).containsEntry("phuong-bac-son.cb@kienan.demo", 1L)
        .containsEntry("phuong-bac-son.tt@kienan.demo", 1L).allSatisfy((to, count) -> assertThat(count).isEqualTo(1L));
    MimeMessage reminder = Arrays.stream(greenMail.getReceivedMessages())
        .filter(mail -> mailsTo(mail, "phuong-bac-son.cb@kienan.demo")).findFirst().orElseThrow();
    assertThat(Mails.text(reminder)).contains("Lập Kế hoạch thực hiện dân chủ ở phường năm 2071")
        .contains("Ủy ban nhân dân phường Bắc Sơn").contains("31/03/2071 23:59").contains("Mục II.4")
        .contains("/camunda/app/tasklist/default/#/?task=" + draftOf("phuong-bac-son").getId());
    assertThat(Mails.html(reminder)).contains("31/03/2071 23:59");

    moveClockAndRunJobs(Duration.ofDays(-7).plusMinutes(30));
    assertThat(greenMail.getReceivedMessages()).as("no reminder twice").hasSize(20);

    taskService.complete(draftOf("phuong-bac-son").getId(), allParts());
    moveClockAndRunJobs(Duration.ofDays(-1).plusMinutes(1));
    Map<String, Long> oneDay = mailsPerRecipient(mail -> subject(mail, "còn 1 ngày"));
    assertThat(oneDay).doesNotContainKey("phuong-bac-son.cb@kienan.demo")
        .containsEntry("phuong-bac-son.tt@kienan.demo", 1L) // now as the approver of Bắc Sơn's plan
        .containsEntry("phuong-lam-ha.cb@kienan.demo", 1L).hasSize(19);
  }

  @Test
  void shouldEscalateOnlyTheLateUnitsAndGivePhongNoiVuAnUrgeTask() throws Exception {
    taskService.complete(draftOf("phuong-bac-son").getId(), allParts());
    Task approval = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(WardPlanProcess.Element.APPROVE).singleResult();
    taskService.complete(approval.getId(), Map.of("approved", true, "comment", "Đồng ý"));
    greenMail.purgeEmailFromAllMailboxes();

    moveClockAndRunJobs(Duration.ofMinutes(1));

    Map<String, Long> toHeads = mailsPerRecipient(mail -> subject(mail, "[CT15] Quá hạn"));
    assertThat(toHeads).hasSize(9).containsEntry("phuong-lam-ha.tt@kienan.demo", 1L)
        .doesNotContainKey("phuong-bac-son.tt@kienan.demo");
    List<MimeMessage> toCoordinator = Arrays.stream(greenMail.getReceivedMessages())
        .filter(mail -> subject(mail, "đơn vị quá hạn")).toList();
    assertThat(toCoordinator).hasSize(2);
    assertThat(toCoordinator.get(0).getSubject()).contains("9 đơn vị quá hạn");
    assertThat(Mails.text(toCoordinator.get(0))).contains("Ủy ban nhân dân phường Lãm Hà")
        .contains("Ủy ban nhân dân phường Văn Đẩu").doesNotContain("Bắc Sơn");

    List<Task> urges = urgeTasks();
    assertThat(urges).hasSize(1);
    Task urge = urges.get(0);
    assertThat(urge).hasCandidateGroup("phong-noi-vu").hasDueDate(new Date(at(Duration.ofMinutes(1)).getTime()
        + Duration.ofDays(3).toMillis()));
    assertThat(urge.getName()).startsWith("Đôn đốc đơn vị chậm thực hiện: Lập Kế hoạch thực hiện dân chủ ở phường năm 2071");
    String lateUnits = (String) taskService.getVariable(urge.getId(), Urge.LATE_UNITS);
    assertThat(lateUnits.lines()).hasSize(9).contains("Ủy ban nhân dân phường Lãm Hà").doesNotContain("Ủy ban nhân dân phường Bắc Sơn");
    assertThat(runtimeService.getVariable(instance.getId(), Urge.LATE_UNITS)).as("kept in the urge's own scope").isNull();

    moveClockAndRunJobs(Duration.ofHours(2));
    assertThat(urgeTasks()).as("one escalation for the duty").hasSize(1);
    assertThat(mailsPerRecipient(mail -> subject(mail, "Quá hạn") || subject(mail, "quá hạn")).values())
        .as("each escalation mail once").hasSize(11).allSatisfy(count -> assertThat(count).isEqualTo(1L));

    assertThat(runtimeService.getVariable(urge.getProcessInstanceId(), Urge.CYCLE_INSTANCE)).isEqualTo(instance.getId());
    taskService.complete(urge.getId(), Map.of("hinhThucDonDoc", "van-ban", Urge.ACTION, "Đã ban hành văn bản đôn đốc số 12/UBND-NV"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(urge.getProcessInstanceId()).singleResult())
        .as("an urging of its own, apart from the cycle").isNull();
    assertThat(instance).isActive();
  }

  @Test
  void shouldDeliverEveryMailOnceWhenTheMailServerComesBack() throws Exception {
    greenMail.stop();
    moveClockAndRunJobs(Duration.ofDays(-7).plusMinutes(1));
    List<Job> waiting = managementService.createJobQuery().processInstanceId(instance.getId()).withRetriesLeft()
        .list().stream().filter(job -> job.getDuedate() != null && job.getDuedate().after(ClockUtil.getCurrentTime())
            && job.getDuedate().before(at(Duration.ofDays(-6)))).toList();
    assertThat(waiting).as("20 mails waiting for their retry: " + managementService.createJobQuery()
        .processInstanceId(instance.getId()).list().stream().map(job -> job.getDuedate() + "/" + job.getRetries() + "/"
            + job.getExceptionMessage()).toList()).hasSize(20);

    greenMail.start();
    moveClockAndRunJobs(Duration.ofDays(-7).plusMinutes(7));

    Map<String, Long> delivered = mailsPerRecipient(mail -> subject(mail, "còn 7 ngày"));
    assertThat(delivered).hasSize(20).allSatisfy((to, count) -> assertThat(count).isEqualTo(1L));
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  static boolean mailsTo(MimeMessage mail, String address) {
    try {
      return Arrays.stream(mail.getAllRecipients()).map(Address::toString).collect(Collectors.toSet()).contains(address);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
