package vn.ct15.workflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.EngineTest;
import vn.ct15.workflow.TestTime;
import vn.ct15.workflow.notification.MailJob;
import vn.ct15.workflow.notification.Mails;
import vn.ct15.workflow.wardplan.WardPlanProcess;

/**
 * A reminder mails its task's people itself, each their own letter, and leaves a mail job only for
 * a person the mail server did not take: driven by moving the engine clock, mail read on GreenMail.
 */
@EngineTest
class ReminderMailTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;

  ProcessInstance instance;
  Date due;

  @BeforeEach
  void startWardPlanTenDaysBeforeItsDeadline() {
    due = Date.from(LocalDateTime.of(2072, 3, 31, 23, 59, 59).atZone(TestTime.HANOI).toInstant());
    ClockUtil.setCurrentTime(at(Duration.ofDays(-10)));
    instance = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, Map.of("year", 2072, "deadline", "2072-03-31"));
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

  List<JobEntity> jobs(String type) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).list().stream()
        .map(JobEntity.class::cast).filter(job -> type.equals(job.getJobHandlerType())).toList();
  }

  /** Runs the reminders due at the 7-day offset, as the job executor would; a reminder that failed throws. */
  void runSevenDayReminders() {
    ClockUtil.setCurrentTime(at(Duration.ofDays(-7).plusMinutes(1)));
    List<JobEntity> due = jobs(DeadlineWatchPlugin.REMINDER).stream()
        .filter(job -> !job.getDuedate().after(ClockUtil.getCurrentTime())).toList();
    assertThat(due).as("a 7-day reminder per ward").hasSize(10);
    due.forEach(job -> managementService.executeJob(job.getId()));
  }

  /** Every person who can draft a ward's plan: its staff member and its head. */
  Map<String, User> wardPeople() {
    Map<String, User> people = new HashMap<>();
    for (Task draft : taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(WardPlanProcess.Element.DRAFT).list()) {
      String ward = (String) taskService.getVariable(draft.getId(), "unitId");
      for (User user : identityService.createUserQuery().memberOfGroup(ward).list()) {
        people.put(user.getEmail(), user);
      }
    }
    assertThat(people).hasSize(20);
    return people;
  }

  /** The reminders received, by recipient address. */
  Map<String, List<MimeMessage>> reminders() throws Exception {
    Map<String, List<MimeMessage>> byAddress = new HashMap<>();
    for (MimeMessage mail : greenMail.getReceivedMessages()) {
      if (mail.getSubject().contains("Nhắc việc: còn 7 ngày")) {
        for (Address to : mail.getAllRecipients()) {
          byAddress.computeIfAbsent(to.toString(), address -> new ArrayList<>()).add(mail);
        }
      }
    }
    return byAddress;
  }

  void assertEveryPersonGotTheirOwnReminderOnce() throws Exception {
    Map<String, User> people = wardPeople();
    Map<String, List<MimeMessage>> received = reminders();
    assertThat(received).containsOnlyKeys(people.keySet());
    for (Map.Entry<String, List<MimeMessage>> entry : received.entrySet()) {
      assertThat(entry.getValue()).as("one reminder to " + entry.getKey()).hasSize(1);
      MimeMessage mail = entry.getValue().get(0);
      assertThat(mail.getAllRecipients()).as("a letter of their own").hasSize(1);
      User person = people.get(entry.getKey());
      String greeting = "Kính gửi " + (person.getFirstName() + " " + person.getLastName()).trim() + ",";
      assertThat(Mails.text(mail)).startsWith(greeting).contains("Lập Kế hoạch thực hiện dân chủ ở phường năm 2072")
          .contains("31/03/2072 23:59");
      assertThat(Mails.html(mail)).contains(greeting.replace("Kính gửi ", "Kính gửi <span>").replace(",", "</span>,"));
    }
    Task draft = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(WardPlanProcess.Element.DRAFT).taskCandidateGroup("phuong-bac-son").singleResult();
    assertThat(Mails.text(received.get("phuong-bac-son.cb@kienan.demo").get(0)))
        .contains("Ủy ban nhân dân phường Bắc Sơn").contains("/camunda/app/tasklist/default/#/?task=" + draft.getId());
  }

  @Test
  void shouldMailEveryPersonTheirOwnReminderWithoutAMailJob() throws Exception {
    runSevenDayReminders();

    assertEveryPersonGotTheirOwnReminderOnce();
    assertThat(jobs(MailJob.TYPE)).as("no mail job queued").isEmpty();
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).withException().count()).isZero();
  }

  @Test
  void shouldQueueAMailJobPerPersonWhenTheMailServerIsDownAndMailEachOnceWhenItIsBack() throws Exception {
    greenMail.stop();
    runSevenDayReminders();

    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).withException().count())
        .as("no reminder failed").isZero();
    List<JobEntity> queued = jobs(MailJob.TYPE);
    Map<String, String> configurations = new HashMap<>();
    Set<String> drafts = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(WardPlanProcess.Element.DRAFT).list().stream().map(Task::getId).collect(Collectors.toSet());
    for (JobEntity job : queued) {
      String configuration = job.getJobHandlerConfigurationRaw();
      assertThat(configuration).contains("\"template\":\"task-reminder\"").contains("\"offset\":\"7 ngày\"");
      assertThat(drafts).anyMatch(taskId -> configuration.contains("\"checkTaskId\":\"" + taskId + "\""));
      configurations.put(configuration.replaceAll(".*\"userId\":\"([^\"]+)\".*", "$1"), configuration);
    }
    assertThat(queued).as("one mail job per person").hasSize(20);
    assertThat(configurations.keySet()).containsExactlyInAnyOrderElementsOf(
        wardPeople().values().stream().map(User::getId).toList());

    greenMail.start();
    for (Job job : queued) {
      managementService.executeJob(job.getId());
    }

    assertEveryPersonGotTheirOwnReminderOnce();
    assertThat(jobs(MailJob.TYPE)).isEmpty();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
  }
}
