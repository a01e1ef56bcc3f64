package vn.ct15.workflow.cluster;

import static vn.ct15.workflow.TestTime.HANOI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ct15.workflow.Ct15Application;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.notification.Mails;
import vn.ct15.workflow.periodicreport.PeriodicReportProcess;
import vn.ct15.workflow.periodicreport.PeriodicReportTesting;
import vn.ct15.workflow.wardplan.WardPlanProcess;
import org.junit.jupiter.api.Tag;
import vn.ct15.workflow.Tiers;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.process.Motto;

/**
 * The same product on PostgreSQL: the application started as its command line would with the demo
 * and postgres profiles, on a database of its own, job executor off; a representative set of
 * scenarios (forms refused and accepted, approvals, mail jobs, reminders, a text longer than any
 * text column) runs against it.
 */
@Tag(Tiers.POSTGRES)
class PostgresScenariosTest {

  /** Longer than PostgreSQL's 4000-character text column of Camunda's variable table. */
  static final String LONG_TEXT = "Kết quả niêm yết công khai tại 12 tổ dân phố. ".repeat(120).strip();

  static PostgresDatabase database;
  static GreenMail greenMail;
  static ConfigurableApplicationContext application;
  static RuntimeService runtimeService;
  static TaskService taskService;
  static ManagementService managementService;
  static OrganisationDirectory directory;

  @BeforeAll
  static void startOnPostgres() throws Exception {
    database = PostgresDatabase.createOrSkip();
    int smtp = TwoNodeClusterTest.freePort();
    greenMail = new GreenMail(new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    List<String> args = new ArrayList<>(List.of("--spring.profiles.active=demo,postgres", "--server.port=0",
        "--camunda.bpm.process-engine-name=" + database.name, "--camunda.bpm.job-execution.enabled=false",
        "--spring.jmx.enabled=false", "--ct15.demo-mailbox.enabled=false", "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtp, "--logging.level.com.icegreen.greenmail=WARN"));
    args.addAll(List.of(database.arguments()));
    application = new SpringApplicationBuilder(Ct15Application.class).run(args.toArray(String[]::new));
    runtimeService = application.getBean(RuntimeService.class);
    taskService = application.getBean(TaskService.class);
    managementService = application.getBean(ManagementService.class);
    directory = application.getBean(OrganisationDirectory.class);
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (application != null) {
        application.close();
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

  @BeforeEach
  void emptyMailbox() throws Exception {
    greenMail.purgeEmailFromAllMailboxes();
  }

  @Test
  void shouldRefuseCompleteAndApproveAWardPlanAndMailPhongNoiVu() throws Exception {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY,
        Map.of(CommonVariables.YEAR.name(), 2081));
    assertThat(instance.getBusinessKey()).isEqualTo("ct15-ward-plan:2081");
    Task draft = wardTask(instance, WardPlanProcess.Element.DRAFT).taskCandidateGroup("phuong-bac-son").singleResult();
    assertThat(draft.getDueDate()).isEqualTo(Date.from(LocalDateTime.of(2081, 3, 31, 23, 59, 59).atZone(HANOI).toInstant()));

    Map<String, Object> parts = wardPlanParts();
    parts.remove("danThuHuong");
    assertThatThrownBy(() -> taskService.complete(draft.getId(), parts))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Dân thụ hưởng»");
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).as("the refused task stays open").isOne();

    taskService.complete(draft.getId(), wardPlanParts());
    Task approval = wardTask(instance, WardPlanProcess.Element.APPROVE).taskCandidateUser("phuong-bac-son.tt").singleResult();
    assertThat(taskService.getVariable(approval.getId(), "danBiet")).isEqualTo("Nội dung đầy đủ của danBiet");
    taskService.complete(approval.getId(), Map.of(CommonVariables.APPROVED.name(), true, CommonVariables.COMMENT.name(), "Đồng ý"));

    assertThat(greenMail.getReceivedMessages()).as("the notice waits for its job").isEmpty();
    Job notice = managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(WardPlanProcess.Element.INFORM_COORDINATOR).singleResult();
    managementService.executeJob(notice.getId());
    MimeMessage[] mails = greenMail.getReceivedMessages();
    assertThat(mails).hasSize(2);
    assertThat(mails[0].getSubject()).contains("năm 2081").contains("Bắc Sơn");
    assertThat(Mails.text(mails[0])).contains("Các phường chưa được phê duyệt (9)");
    assertThat(wardTask(instance, WardPlanProcess.Element.DRAFT).count()).isEqualTo(9);
    runtimeService.deleteProcessInstance(instance.getId(), "test cleanup");
  }

  @Test
  void shouldScheduleRemindersAndMailEachPersonFromTheReminderJob() throws Exception {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY,
        Map.of(CommonVariables.YEAR.name(), 2082, CommonVariables.DEADLINE.name(), "2082-03-31"));
    Date due = Date.from(LocalDateTime.of(2082, 3, 31, 23, 59, 59).atZone(HANOI).toInstant());
    List<Job> timers = managementService.createJobQuery().processInstanceId(instance.getId()).timers().list();
    List<Job> sevenDaysBefore = timers.stream()
        .filter(job -> job.getDuedate().getTime() == due.getTime() - Duration.ofDays(7).toMillis()).toList();
    assertThat(sevenDaysBefore).as("one reminder 7 days before per ward").hasSize(10);
    assertThat(timers.stream().filter(job -> job.getDuedate().getTime() == due.getTime() - Duration.ofDays(1).toMillis()))
        .hasSize(10);
    assertThat(timers.stream().filter(job -> job.getDuedate().getTime() == due.getTime())).as("escalations").hasSize(10);

    managementService.executeJob(sevenDaysBefore.get(0).getId());
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).messages().count())
        .as("the reminder mailed the ward's people itself: no mail job while the mail server is up").isZero();

    MimeMessage[] mails = greenMail.getReceivedMessages();
    assertThat(mails).hasSize(2);
    assertThat(mails[0].getSubject()).contains("còn 7 ngày").contains("năm 2082");
    assertThat(Mails.text(mails[0])).contains("31/03/2082 23:59").contains("Mục II.4");
    runtimeService.deleteProcessInstance(instance.getId(), "test cleanup");
  }

  @Test
  void shouldConsolidateALongReportAndReadItBack() throws Exception {
    ProcessInstance instance = PeriodicReportTesting.assign(managementService,
        runtimeService.startProcessInstanceByKey(PeriodicReportProcess.KEY, Map.of(PeriodicReportProcess.Var.PERIOD, "2083")));
    List<String> units = directory.unitIds("coordinator,office,ward,armed-force,public-service");
    for (String unit : units) {
      Map<String, Object> fields = new HashMap<>();
      Motto.PARTS.forEach(part -> fields.put(part, "Kết quả " + part + " của " + unit));
      if (unit.equals("phuong-quan-tru")) {
        fields.put("danBiet", LONG_TEXT);
      }
      taskService.complete(PeriodicReportTesting.reportTask(taskService, "ct15-periodic-report:2083", unit).getId(), fields);
    }
    // each unit's report is recorded in a job of its own; the last one moves the period on
    PeriodicReportTesting.recordReports(managementService);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(PeriodicReportProcess.Element.DRAFT_CONSOLIDATED).singleResult().getId());

    Task consolidate = reportTask(instance, PeriodicReportProcess.Element.CONSOLIDATE);
    String draft = (String) taskService.getVariable(consolidate.getId(), PeriodicReportProcess.Var.REPORT_TEXT);
    assertThat(draft).contains(units.size() + "/" + units.size());
    // Phòng Nội vụ writes the report out at length: past the text column, stored as bytes
    String edited = draft + "\n\nPhòng Nội vụ đã biên tập: đã tổ chức 12 hội nghị đối thoại với Nhân dân. " + LONG_TEXT;
    taskService.complete(consolidate.getId(), Map.of(PeriodicReportProcess.Var.REPORT_TEXT, edited));
    VariableInstanceEntity stored = (VariableInstanceEntity) runtimeService.createVariableInstanceQuery()
        .processInstanceIdIn(instance.getId()).variableName(PeriodicReportProcess.Var.REPORT_TEXT).singleResult();
    assertThat(edited.length()).isGreaterThan(4000);
    assertThat(stored.getSerializerName()).as("stored as bytes, past the text column").isEqualTo("ct15-long-text");
    Task approve = reportTask(instance, PeriodicReportProcess.Element.APPROVE);
    assertThat(taskService.getVariable(approve.getId(), PeriodicReportProcess.Var.REPORT_TEXT)).isEqualTo(edited);
    taskService.complete(approve.getId(), Map.of(CommonVariables.APPROVED.name(), true));
    // issued (numbered in the register table, signed), then mailed
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(PeriodicReportProcess.Element.ISSUE).singleResult().getId());
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(PeriodicReportProcess.Element.SEND_TO_CITY).singleResult().getId());

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    MimeMessage[] mails = greenMail.getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(Mails.text(mails[0]).replace("\r\n", "\n")).contains(LONG_TEXT)
        .contains("đã tổ chức 12 hội nghị đối thoại với Nhân dân.");
  }

  static org.camunda.bpm.engine.task.TaskQuery wardTask(ProcessInstance instance, String element) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(element);
  }

  static Task reportTask(ProcessInstance instance, String element) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(element).singleResult();
  }

  static Map<String, Object> wardPlanParts() {
    Map<String, Object> parts = new HashMap<>();
    for (String part : Motto.PARTS) {
      parts.put(part, "Nội dung đầy đủ của " + part);
    }
    return parts;
  }
}
