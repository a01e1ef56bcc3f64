package vn.ct15.workflow.periodicreport;

import static vn.ct15.workflow.TestTime.HANOI;
import static vn.ct15.workflow.TestTime.endOfDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.variable.value.FileValue;
import vn.ct15.workflow.EngineTest;
import vn.ct15.workflow.deadline.Urge;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.notification.Mails;
import vn.ct15.workflow.periodicreport.PeriodicReportProcess.Element;
import vn.ct15.workflow.periodicreport.PeriodicReportProcess.Var;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.process.Motto;

@EngineTest
class PeriodicReportProcessTest {

  static final String PERFORMERS = "coordinator,office,ward,armed-force,public-service";
  static final String CITY = "ubnd-thanhpho@haiphong.demo";
  /** Longer than any database's text column (4000, or 2000 characters on Oracle). */
  static final String LONG_TEXT = "Kết quả niêm yết công khai tại 12 tổ dân phố. ".repeat(120).strip();

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired OrganisationDirectory directory;
  @Autowired ConsolidatedReportDraft reportDraft;
  @Autowired UnitAssignment assignment;

  List<String> units;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    units = directory.unitIds(PERFORMERS);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    PeriodicReportTesting.cleanUp(runtimeService);
  }

  /** Starts the period by hand and runs the jobs that give every unit its report. */
  ProcessInstance start(String period) {
    return assign(runtimeService.startProcessInstanceByKey(PeriodicReportProcess.KEY, withVariables(Var.PERIOD, period)));
  }

  ProcessInstance assign(ProcessInstance cycle) {
    return PeriodicReportTesting.assign(managementService, cycle);
  }

  List<Job> assignmentJobs(ProcessInstance cycle) {
    return PeriodicReportTesting.assignmentJobs(managementService, cycle);
  }

  Task reportOf(ProcessInstance cycle, String unit) {
    return PeriodicReportTesting.reportTask(taskService, cycle.getBusinessKey(), unit);
  }

  ProcessInstance unitInstanceOf(Task task) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
  }

  Task taskAt(ProcessInstance instance, String element) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(element).singleResult();
  }

  /** The draft reads the units' reports from the history, so it runs in a job of its own once the last one is saved. */
  void draft(ProcessInstance instance) {
    joinUnitReports(instance);
    assertThat(instance).isWaitingAt(Element.DRAFT_CONSOLIDATED);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(Element.DRAFT_CONSOLIDATED).singleResult().getId());
  }

  /**
   * A unit's report is recorded in a job of its own (asyncBefore), in the unit's own instance: the
   * last one tells the cycle to go on.
   */
  void joinUnitReports(ProcessInstance instance) {
    PeriodicReportTesting.recordReports(managementService);
  }

  static Map<String, Object> report(String unit) {
    Map<String, Object> fields = new HashMap<>();
    Motto.PARTS.forEach(part -> fields.put(part, "Kết quả " + part + " của " + unit));
    return fields;
  }

  @Test
  void shouldGiveEveryImplementingUnitItsOwnSixMonthReportDueOnFifteenthJune() {
    ProcessInstance instance = start("2040-H1");

    assertThat(instance).hasPassed(Element.OPEN_PERIOD, Element.ASSIGN_UNITS).isWaitingAt(Element.UNITS_REPORTED)
        .hasBusinessKey("ct15-periodic-report:2040-H1");
    assertThat(units).hasSize(27).contains("phong-noi-vu", "van-phong", "thanh-tra", "phuong-bac-son", "phuong-van-dau",
        "cong-an-quan", "ban-chqs-quan", "trung-tam-vh-tt-tt", "cong-ttdt").doesNotContain("ubnd-quan", "hdnd-quan", "mttq-quan");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).count()).isEqualTo(units.size());
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportUnitProcess.KEY)
        .processInstanceBusinessKey("ct15-periodic-report:2040-H1").count()).as("one instance per unit").isEqualTo(units.size());
    for (String unit : units) {
      Task task = reportOf(instance, unit);
      assertThat(unitInstanceOf(task)).as(unit).isWaitingAt(PeriodicReportUnitProcess.Element.SUBMIT_REPORT)
          .hasBusinessKey("ct15-periodic-report:2040-H1");
      assertThat(task).as(unit).isNotNull().hasDueDate(endOfDay(2040, 6, 15)).hasCandidateGroup(unit)
          .hasName("Báo cáo kết quả thực hiện Chỉ thị số 15-CT/TU 6 tháng đầu năm 2040 — " + directory.unitName(unit));
      assertThat(taskService.getIdentityLinksForTask(task.getId())).as(unit + " reaches that unit only")
          .extracting(IdentityLink::getGroupId).containsOnly(unit);
      assertThat(taskService.getVariable(task.getId(), CommonVariables.UNIT_ID.name())).isEqualTo(unit);
      assertThat(runtimeService.getVariables(task.getProcessInstanceId()))
          .as(unit + ": the period's facts stay in the cycle; the unit keeps what its form shows: the days its figures cover"
              + " and its kind, which decides the figures it reports")
          .containsOnlyKeys(CommonVariables.UNIT_ID.name(), PeriodicReportUnitProcess.Var.DATA_WINDOW, PeriodicReportUnitProcess.Var.UNIT_KIND)
          .containsEntry(PeriodicReportUnitProcess.Var.DATA_WINDOW, "từ ngày 15/12/2039 đến ngày 14/6/2040")
          .containsEntry(PeriodicReportUnitProcess.Var.UNIT_KIND, directory.unit(unit).kind().code());
    }
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).taskCandidateGroup("hdnd-quan").count()).isZero();
    assertThat(instance).variables().containsEntry(Var.PERIOD, "2040-H1").containsEntry(Var.PERIOD_LABEL, "6 tháng đầu năm 2040")
        .containsEntry(Var.DATA_WINDOW, "từ ngày 15/12/2039 đến ngày 14/6/2040")
        .containsEntry(CommonVariables.YEAR.name(), 2040).containsEntry(Var.HALF_YEAR, true)
        .containsEntry(Var.CONSOLIDATION_DUE, endOfDay(2040, 6, 25)).containsEntry(Var.APPROVAL_DUE, endOfDay(2040, 6, 30));
    assertThat(runtimeService.getVariable(instance.getId(), CommonVariables.UNIT_ID.name())).as("unit kept per task scope").isNull();
  }

  @Test
  void shouldDueTheYearlyReportOnFifteenthNovember() {
    ProcessInstance instance = start("2041");

    assertThat(instance).hasBusinessKey("ct15-periodic-report:2041").variables()
        .containsEntry(Var.PERIOD_LABEL, "năm 2041").containsEntry(Var.HALF_YEAR, false)
        .containsEntry(Var.DATA_WINDOW, "từ ngày 15/12/2040 đến ngày 14/12/2041")
        .containsEntry(Var.CONSOLIDATION_DUE, endOfDay(2041, 11, 25)).containsEntry(Var.APPROVAL_DUE, endOfDay(2041, 11, 30));
    assertThat(reportOf(instance, "phuong-dong-hoa")).hasDueDate(endOfDay(2041, 11, 15))
        .hasName("Báo cáo kết quả thực hiện Chỉ thị số 15-CT/TU năm 2041 — Ủy ban nhân dân phường Đồng Hòa");
  }

  @Test
  void shouldTakeTheDeadlineOverrideAndMoveTheLaterStepsAlong() {
    ProcessInstance instance = assign(runtimeService.startProcessInstanceByKey(PeriodicReportProcess.KEY,
        withVariables(Var.PERIOD, "2042-H1", CommonVariables.DEADLINE.name(), "2042-06-10")));

    assertThat(reportOf(instance, "cong-an-quan")).hasDueDate(endOfDay(2042, 6, 10));
    assertThat(instance).variables().containsEntry(Var.CONSOLIDATION_DUE, endOfDay(2042, 6, 20))
        .containsEntry(Var.APPROVAL_DUE, endOfDay(2042, 6, 25));
  }

  @Test
  void shouldRefuseAReportMissingAPartAndKeepTheTaskOpenWithWhatWasSaved() {
    ProcessInstance instance = start("2043-H1");
    Task task = reportOf(instance, "phuong-lam-ha");
    taskService.setVariable(task.getId(), "danBiet", "Đã lưu trước");
    Map<String, Object> fields = report("phuong-lam-ha");
    fields.remove("danThuHuong");
    fields.remove("danBiet");

    assertThatThrownBy(() -> taskService.complete(task.getId(), fields))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("«Dân thụ hưởng»")
        .hasMessageNotContaining("«Dân biết»");

    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
    assertThat(taskService.getVariable(task.getId(), "danBiet")).isEqualTo("Đã lưu trước");
    assertThat(taskService.getVariable(task.getId(), "danBan")).isNull();
    assertThat(unitInstanceOf(task)).isWaitingAt(PeriodicReportUnitProcess.Element.SUBMIT_REPORT);
    assertThat(instance).isWaitingAt(Element.UNITS_REPORTED);
  }

  @Test
  void shouldRefuseAnInvalidPeriod() {
    assertThatThrownBy(() -> start("2044-H2"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Kỳ báo cáo»");
    assertThatThrownBy(() -> start("1999"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("'1999'").hasMessageContaining("2026-H1");

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY).count()).isZero();
  }

  @Test
  void shouldRefuseToStartTheSamePeriodTwice() {
    start("2045-H1");

    assertThatThrownBy(() -> start("2045-H1"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("6 tháng đầu năm 2045 đã được khởi động");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY)
        .processInstanceBusinessKey("ct15-periodic-report:2045-H1").count()).isEqualTo(1);
    assertThat(start("2045")).as("the yearly period is another cycle").hasBusinessKey("ct15-periodic-report:2045");
  }

  @Test
  void shouldConsolidateReturnApproveAndSendTheReportToTheCity() throws Exception {
    ProcessInstance instance = start("2046");
    for (String unit : units) {
      Map<String, Object> fields = report(unit);
      if (unit.equals("phuong-quan-tru")) {
        fields.put(Var.SHORTCOMINGS, "Một số tổ dân phố chưa niêm yết công khai kịp thời");
        fields.put(Var.DIFFICULTIES, "Thiếu kinh phí tổ chức hội nghị đối thoại");
        fields.put(Var.PROPOSALS, "Đề nghị bổ sung kinh phí năm sau");
        fields.put("danBiet", LONG_TEXT);
      }
      assertThat(instance).as(unit).isWaitingAt(Element.UNITS_REPORTED);
      taskService.complete(reportOf(instance, unit).getId(), fields);
    }

    // the draft, for Phòng Nội vụ
    draft(instance);
    assertThat(instance).hasPassed(Element.DRAFT_CONSOLIDATED).isWaitingAt(Element.CONSOLIDATE);
    Task consolidate = taskAt(instance, Element.CONSOLIDATE);
    assertThat(consolidate).hasCandidateGroup("phong-noi-vu").hasDueDate(endOfDay(2046, 11, 25))
        .hasName("Tổng hợp báo cáo kết quả thực hiện Chỉ thị số 15-CT/TU năm 2046");
    String draft = (String) taskService.getVariable(consolidate.getId(), Var.REPORT_TEXT);
    assertThat(draft).as("the days the figures cover").contains("số liệu tính từ ngày 15/12/2045 đến ngày 14/12/2046")
        .contains("I. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ\n- 27/27 cơ quan, đơn vị đã gửi báo cáo: 27 đúng hạn, 0 trễ hạn.")
        .contains("1. Dân biết\n").contains("6. Dân thụ hưởng\n").contains("- 27/27 cơ quan, đơn vị báo cáo kết quả thực hiện.")
        .contains("III. HẠN CHẾ, TỒN TẠI\n- Một số tổ dân phố chưa niêm yết công khai kịp thời (Ủy ban nhân dân phường Quán Trữ).")
        .contains("IV. KHÓ KHĂN, VƯỚNG MẮC\n- Thiếu kinh phí tổ chức hội nghị đối thoại (Ủy ban nhân dân phường Quán Trữ).")
        .contains("V. ĐỀ XUẤT, KIẾN NGHỊ\n- Đề nghị bổ sung kinh phí năm sau (Ủy ban nhân dân phường Quán Trữ).")
        .as("a report, not a compilation: the units' own texts are in the annex").doesNotContain(LONG_TEXT)
        .doesNotContain("Kết quả danBiet của");
    FileValue annex = (FileValue) runtimeService.getVariableTyped(instance.getId(), Var.UNIT_REPORTS_DOCUMENT);
    assertThat(annex.getFilename()).isEqualTo("tap-hop-bao-cao-don-vi-2046.docx");
    try (XWPFDocument document = new XWPFDocument(annex.getValue());
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      String text = extractor.getText();
      assertThat(text).as("a long text survives the database").contains("Dân biết: " + LONG_TEXT);
      for (String unit : units) {
        assertThat(text).contains(directory.unitName(unit)).contains("Kết quả danThuHuong của " + unit);
      }
      String offices = text.substring(text.indexOf("1. Các phòng chuyên môn"), text.indexOf("2. Các phường"));
      assertThat(offices).as("grouped by kind, in directory order").containsSubsequence("Phòng Nội vụ", "Phòng Tư pháp")
          .doesNotContain("Ủy ban nhân dân phường Bắc Sơn");
    }

    assertThatThrownBy(() -> taskService.complete(consolidate.getId(), Map.of(Var.REPORT_TEXT, " ")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Báo cáo tổng hợp»");
    String edited = draft + "\n\nPhòng Nội vụ đã biên tập.";
    taskService.complete(consolidate.getId(), Map.of(Var.REPORT_TEXT, edited));

    // UBND quận returns it with a comment
    Task approve = taskAt(instance, Element.APPROVE);
    assertThat(approve).hasCandidateGroup("ubnd-quan").hasDueDate(endOfDay(2046, 11, 30))
        .hasName("Phê duyệt báo cáo kết quả thực hiện Chỉ thị số 15-CT/TU năm 2046");
    assertThat(taskService.getVariable(approve.getId(), Var.REPORT_TEXT)).isEqualTo(edited);
    assertThatThrownBy(() -> taskService.complete(approve.getId(), Map.of(CommonVariables.APPROVED.name(), false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Ý kiến»");
    taskService.complete(approve.getId(), Map.of(CommonVariables.APPROVED.name(), false, CommonVariables.COMMENT.name(), "Bổ sung số liệu đối thoại với Nhân dân"));

    Task again = taskAt(instance, Element.CONSOLIDATE);
    assertThat(again).isNotNull().hasCandidateGroup("phong-noi-vu");
    assertThat(taskService.getVariable(again.getId(), CommonVariables.COMMENT.name())).isEqualTo("Bổ sung số liệu đối thoại với Nhân dân");
    assertThat(taskService.getVariable(again.getId(), Var.REPORT_TEXT)).as("the edited text, kept").isEqualTo(edited);
    String final_ = edited + "\nĐã tổ chức 12 hội nghị đối thoại với Nhân dân.";
    taskService.complete(again.getId(), Map.of(Var.REPORT_TEXT, final_));

    Task secondApproval = taskAt(instance, Element.APPROVE);
    assertThat(taskService.getVariable(secondApproval.getId(), CommonVariables.COMMENT.name())).as("a fresh review starts without the old comment").isNull();
    taskService.complete(secondApproval.getId(), Map.of(CommonVariables.APPROVED.name(), true));

    // the report is issued (numbered, dated, signed) in a job of its own, then the mail goes out in its own
    assertThat(instance).isWaitingAt(Element.ISSUE);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(Element.ISSUE).singleResult().getId());
    assertThat(instance).isWaitingAt(Element.SEND_TO_CITY);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
    Job send = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(Element.SEND_TO_CITY).singleResult();
    managementService.executeJob(send.getId());

    assertThat(instance).isEnded().hasPassedInOrder(Element.OPEN_PERIOD, Element.ASSIGN_UNITS, Element.UNITS_REPORTED,
        Element.DRAFT_CONSOLIDATED,
        Element.CONSOLIDATE, Element.APPROVE, Element.APPROVED_GATEWAY, Element.CONSOLIDATE, Element.APPROVE,
        Element.APPROVED_GATEWAY, Element.ISSUE, Element.SEND_TO_CITY, Element.REPORT_SENT);
    MimeMessage[] mails = greenMail.getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getAllRecipients()).extracting(Object::toString).containsExactly(CITY);
    assertThat(mails[0].getSubject()).isEqualTo(
        "[CT15] Ủy ban nhân dân quận Kiến An báo cáo kết quả thực hiện Chỉ thị số 15-CT/TU năm 2046");
    assertThat(Mails.text(mails[0]).replace("\r\n", "\n")).contains("Kính gửi Ủy ban nhân dân thành phố Hải Phòng")
        .contains(final_.strip());
    assertThat(Mails.html(mails[0])).contains("Đã tổ chức 12 hội nghị đối thoại với Nhân dân.");
  }

  @Test
  void shouldKeepTheApprovalWhenTheMailServerIsDownAndRetryLater() {
    ProcessInstance instance = start("2048-H1");
    units.forEach(unit -> taskService.complete(reportOf(instance, unit).getId(), report(unit)));
    draft(instance);
    taskService.complete(taskAt(instance, Element.CONSOLIDATE).getId());
    taskService.complete(taskAt(instance, Element.APPROVE).getId(), Map.of(CommonVariables.APPROVED.name(), true));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(Element.ISSUE).singleResult().getId());
    Object number = runtimeService.getVariable(instance.getId(), Var.DOCUMENT_NUMBER);
    Job send = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(Element.SEND_TO_CITY).singleResult();

    greenMail.stop();
    try {
      assertThatThrownBy(() -> managementService.executeJob(send.getId())).isNotNull();
    } finally {
      greenMail.start();
    }

    assertThat(instance).isWaitingAt(Element.SEND_TO_CITY).hasPassed(Element.APPROVE);
    Job retried = managementService.createJobQuery().jobId(send.getId()).singleResult();
    assertThat(retried.getRetries()).as("R5/PT5M").isEqualTo(4);
    assertThat(runtimeService.getVariable(instance.getId(), Var.DOCUMENT_NUMBER)).as("not numbered again").isEqualTo(number);
    managementService.executeJob(retried.getId());
    assertThat(instance).isEnded();
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void shouldOpenTheSixMonthPeriodOnFirstJuneAndTheYearOnFirstNovemberByTimer() {
    Set<Integer> months = new HashSet<>();
    for (int fire = 0; fire < 2; fire++) {
      Job timer = managementService.createJobQuery().processDefinitionKey(PeriodicReportProcess.KEY).timers().activityId(Element.START).singleResult();
      Date fires = timer.getDuedate();
      LocalDateTime firesAt = LocalDateTime.ofInstant(fires.toInstant(), HANOI);
      assertThat(List.of(firesAt.getDayOfMonth(), firesAt.getHour(), firesAt.getMinute())).containsExactly(1, 7, 0);
      assertThat(firesAt.getMonthValue()).isIn(6, 11);
      months.add(firesAt.getMonthValue());

      ClockUtil.setCurrentTime(fires);
      managementService.executeJob(timer.getId());

      boolean halfYear = firesAt.getMonthValue() == 6;
      String period = halfYear ? firesAt.getYear() + "-H1" : String.valueOf(firesAt.getYear());
      ProcessInstance started = runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY)
          .processInstanceBusinessKey("ct15-periodic-report:" + period).singleResult();
      assertThat(started).as(period).isNotNull().isWaitingAt(Element.UNITS_REPORTED);
      assertThat(assignmentJobs(started)).as("the units are given their reports by a job").hasSize(1);
      assign(started);
      assertThat(started).isWaitingAt(Element.UNITS_REPORTED);
      assertThat(started).variables().containsEntry(Var.PERIOD, period).containsEntry(Var.HALF_YEAR, halfYear);
      assertThat(reportOf(started, "phuong-bac-son"))
          .hasDueDate(halfYear ? endOfDay(firesAt.getYear(), 6, 15) : endOfDay(firesAt.getYear(), 11, 15))
          .hasName("Báo cáo kết quả thực hiện Chỉ thị số 15-CT/TU " + (halfYear ? "6 tháng đầu năm " : "năm ")
              + firesAt.getYear() + " — Ủy ban nhân dân phường Bắc Sơn");
      assertThat(managementService.createJobQuery().processDefinitionKey(PeriodicReportProcess.KEY).timers().activityId(Element.START).singleResult()
          .getDuedate()).as("the next start").isAfter(fires);
    }
    assertThat(months).containsExactlyInAnyOrder(6, 11);
  }

  @Test
  void shouldEndTheTimerStartQuietlyWhenThePeriodWasAlreadyStartedByHand() {
    Job timer = managementService.createJobQuery().processDefinitionKey(PeriodicReportProcess.KEY).timers().activityId(Element.START).singleResult();
    Date fires = timer.getDuedate();
    LocalDateTime firesAt = LocalDateTime.ofInstant(fires.toInstant(), HANOI);
    String period = firesAt.getMonthValue() == 6 ? firesAt.getYear() + "-H1" : String.valueOf(firesAt.getYear());
    ProcessInstance byHand = start(period);

    ClockUtil.setCurrentTime(fires);
    managementService.executeJob(timer.getId());

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY)
        .processInstanceBusinessKey("ct15-periodic-report:" + period).list())
        .extracting(ProcessInstance::getId).containsExactly(byHand.getId());
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PeriodicReportProcess.KEY)
        .finished().startedAfter(Date.from(fires.toInstant().minusMillis(1))).list())
        .as("the timer's instance ended at «Kỳ đã được khởi động», without an incident")
        .extracting(instance -> instance.getEndActivityId()).contains(Element.CYCLE_ALREADY_STARTED);
    assertThat(runtimeService.createIncidentQuery().processDefinitionKeyIn(PeriodicReportProcess.KEY).count()).isZero();
    List<Job> timers = managementService.createJobQuery().processDefinitionKey(PeriodicReportProcess.KEY).timers().activityId(Element.START).list();
    assertThat(timers).extracting(Job::getDuedate).as("the next start is scheduled all the same").allMatch(due -> due.after(fires));
  }

  @Test
  void shouldQuoteTheUnitsInBoundedLinesWithTheSameIssueOnceWhateverTheyWrote() {
    ProcessInstance instance = start("2047");
    List<String> raising = units.subList(0, 8);
    for (String unit : units) {
      Map<String, Object> fields = report(unit);
      Motto.PARTS.forEach(part -> fields.put(part, LONG_TEXT));
      // eight units raise the same issue, in their own case and marks, each with three of its own
      String shared = raising.contains(unit) ? (raising.indexOf(unit) % 2 == 0 ? "- Kinh phí còn hạn hẹp.\n"
          : "+ kinh phí  còn hạn hẹp\n") : "";
      fields.put(Var.SHORTCOMINGS, shared + "1. Tồn tại riêng thứ nhất của " + unit + ".\n2. Tồn tại riêng thứ hai của " + unit
          + ".\n3. " + LONG_TEXT);
      fields.put(Var.MODELS, "Mô hình dân vận khéo của " + unit + "\nMô hình tổ tự quản");
      taskService.complete(reportOf(instance, unit).getId(), fields);
    }
    draft(instance);
    Task consolidate = taskAt(instance, Element.CONSOLIDATE);
    String draft = (String) taskService.getVariable(consolidate.getId(), Var.REPORT_TEXT);

    String shortcomings = draft.substring(draft.indexOf("III. HẠN CHẾ, TỒN TẠI"), draft.indexOf("IV. KHÓ KHĂN, VƯỚNG MẮC"));
    List<String> lines = shortcomings.lines().filter(line -> line.startsWith("- ")).toList();
    assertThat(lines).as("10 issues and a line counting the others").hasSize(11);
    assertThat(lines.get(0)).as("the issue most raised first, once, cut, with its units").endsWith("… ("
        + units.subList(0, 6).stream().map(directory::unitName).collect(Collectors.joining(", ")) + " và 21 cơ quan, đơn vị khác).");
    assertThat(lines.get(1)).as("written alike in another case and with other marks, it is the same issue")
        .isEqualTo("- Kinh phí còn hạn hẹp (" + raising.subList(0, 6).stream().map(directory::unitName)
            .collect(Collectors.joining(", ")) + " và 2 cơ quan, đơn vị khác).");
    assertThat(lines.get(2)).isEqualTo("- Tồn tại riêng thứ nhất của " + units.get(0) + " (" + directory.unitName(units.get(0)) + ").");
    assertThat(lines.get(10)).isEqualTo("- Ngoài ra, 46 ý kiến khác của 23 cơ quan, đơn vị (chi tiết tại "
        + "Tập hợp báo cáo của các cơ quan, đơn vị kèm theo).");
    String models = draft.substring(draft.indexOf(". Mô hình, cách làm hay"), draft.indexOf("III. HẠN CHẾ, TỒN TẠI"));
    assertThat(models).contains("- " + directory.unitName(units.get(0)) + ": Mô hình dân vận khéo của " + units.get(0)
        + "; Mô hình tổ tự quản.").contains("- Ngoài ra, 17 cơ quan, đơn vị khác có mô hình, cách làm hay (chi tiết tại");
    assertThat(draft).doesNotContain(LONG_TEXT);
    assertThat(draft.length()).as("bounded whatever the units wrote").isLessThan(12_000);
    // Phòng Nội vụ can submit it as it is: the form takes it
    taskService.complete(consolidate.getId(), Map.of(Var.REPORT_TEXT, draft));
    assertThat(instance).isWaitingAt(Element.APPROVE);
  }

  @Test
  void shouldAssignTheUnitsInBatchesAndGoOnOnlyWhenEveryUnitWasAssignedAndHasReported() {
    ReflectionTestUtils.setField(assignment, "batchSize", 10);
    ProcessInstance cycle;
    try {
      cycle = runtimeService.startProcessInstanceByKey(PeriodicReportProcess.KEY, withVariables(Var.PERIOD, "2049"));
    } finally {
      ReflectionTestUtils.setField(assignment, "batchSize", 100);
    }
    List<Job> batches = assignmentJobs(cycle);
    assertThat(batches).as("27 units in batches of 10").hasSize(3).allMatch(job -> !((JobEntity) job).isExclusive());
    managementService.executeJob(batches.get(0).getId());
    List<Task> first = taskService.createTaskQuery().processInstanceBusinessKey("ct15-periodic-report:2049").list();
    assertThat(first).hasSize(10);

    // the first batch's units all report before the other units are given theirs: the cycle waits
    first.forEach(task -> taskService.complete(task.getId(), report(task.getId())));
    joinUnitReports(cycle);
    assertThat(cycle).isWaitingAt(Element.UNITS_REPORTED);

    batches.subList(1, 3).forEach(job -> managementService.executeJob(job.getId()));
    List<Task> rest = taskService.createTaskQuery().processInstanceBusinessKey("ct15-periodic-report:2049").list();
    assertThat(rest).hasSize(17);
    Task last = rest.remove(rest.size() - 1);
    rest.forEach(task -> taskService.complete(task.getId(), report(task.getId())));
    joinUnitReports(cycle);
    assertThat(cycle).as("one unit still to report").isWaitingAt(Element.UNITS_REPORTED);

    taskService.complete(last.getId(), report(last.getId()));
    joinUnitReports(cycle);
    assertThat(cycle).isWaitingAt(Element.DRAFT_CONSOLIDATED).hasPassed(Element.UNITS_REPORTED);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PeriodicReportUnitProcess.KEY)
        .processInstanceBusinessKey("ct15-periodic-report:2049").finished().count()).isEqualTo(units.size());
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(last.getProcessInstanceId())
        .activityId(PeriodicReportUnitProcess.Element.RECORD_REPORTED).finished().count()).isEqualTo(1);
  }

  @Test
  void shouldMoveThePeriodOnOnceWhenManyUnitsReportAtTheLastMomentWithoutAFailedJob() {
    ProcessInstance cycle = start("2049-H1");
    // every unit saves its report before any of their record steps runs, as when the job executor lags
    taskService.createTaskQuery().processInstanceBusinessKey("ct15-periodic-report:2049-H1").list()
        .forEach(task -> taskService.complete(task.getId(), report(task.getId())));
    List<Job> records = managementService.createJobQuery().processDefinitionKey(PeriodicReportUnitProcess.KEY)
        .activityId(PeriodicReportUnitProcess.Element.RECORD_REPORTED).list();
    assertThat(records).hasSize(units.size());
    records.subList(0, 3).forEach(job -> managementService.executeJob(job.getId()));

    // each of them saw the period complete: each queued the cycle's exclusive job; none told the cycle itself
    List<Job> told = PeriodicReportTesting.cycleJobs(managementService);
    assertThat(told).hasSize(3).allMatch(job -> ((JobEntity) job).isExclusive())
        .allMatch(job -> job.getProcessInstanceId().equals(cycle.getId()))
        // not attached to the cycle's execution: the first job of an execution updates its row, and the
        // record steps queueing them at the same moment would conflict there
        .allMatch(job -> job.getExecutionId() == null);
    assertThat(cycle).isWaitingAt(Element.UNITS_REPORTED);

    told.forEach(job -> managementService.executeJob(job.getId()));
    assertThat(cycle).isWaitingAt(Element.DRAFT_CONSOLIDATED);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
        .activityId(Element.UNITS_REPORTED).count()).as("moved on once").isEqualTo(1);
    assertThat(historyService.createHistoricJobLogQuery().processInstanceId(cycle.getId()).failureLog().count())
        .as("no job of the cycle failed").isZero();
  }

  @Test
  void shouldCancelTheUnitsReportsWithTheirPeriod() {
    ProcessInstance cycle = start("2050-H1");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey("ct15-periodic-report:2050-H1").count()).isEqualTo(units.size());

    runtimeService.deleteProcessInstance(cycle.getId(), "Hủy kỳ báo cáo nhập nhầm");

    assertThat(taskService.createTaskQuery().processInstanceBusinessKey("ct15-periodic-report:2050-H1").count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PeriodicReportUnitProcess.KEY)
        .processInstanceBusinessKey("ct15-periodic-report:2050-H1").list())
        .hasSize(units.size()).allMatch(unit -> CycleCancellation.REASON.equals(unit.getDeleteReason()));
  }

  @Test
  void shouldEscalateTheLateUnitsOfThePeriodOnceWithOneUrgeTaskInTheCycle() {
    ProcessInstance cycle = start("2051-H1");
    List<String> late = List.of("phuong-bac-son", "cong-an-quan");
    units.stream().filter(unit -> !late.contains(unit))
        .forEach(unit -> taskService.complete(reportOf(cycle, unit).getId(), report(unit)));
    joinUnitReports(cycle);
    greenMail.reset();

    ClockUtil.setCurrentTime(Date.from(endOfDay(2051, 6, 15).toInstant().plusSeconds(3 * 24 * 3600)));
    List<Job> escalations = managementService.createJobQuery().timers().duedateLowerThan(ClockUtil.getCurrentTime()).list()
        .stream().filter(job -> "ct15-escalation".equals(((JobEntity) job).getJobHandlerType())).toList();
    assertThat(escalations).as("one per late unit, each in the unit's own instance").hasSize(2)
        .extracting(Job::getProcessInstanceId).doesNotContain(cycle.getId());
    escalations.forEach(job -> managementService.executeJob(job.getId()));
    List<Job> onCycle = managementService.createJobQuery().processInstanceId(cycle.getId()).executable().list();
    assertThat(onCycle).as("each queued on the cycle, where they run one after the other").hasSize(2)
        .allMatch(job -> "ct15-escalation".equals(((JobEntity) job).getJobHandlerType()));
    onCycle.forEach(job -> managementService.executeJob(job.getId()));

    Task urge = taskService.createTaskQuery().processDefinitionKey(Urge.KEY)
        .processInstanceBusinessKey(Urge.KEY + ":ct15-periodic-report:2051-H1:Task_SubmitReport").singleResult();
    assertThat(urge).as("one Đôn đốc task for the cycle").isNotNull().hasCandidateGroup("phong-noi-vu");
    assertThat((String) taskService.getVariable(urge.getId(), "donDocDonVi"))
        .contains(directory.unitName("phuong-bac-son"), directory.unitName("cong-an-quan"));
    assertThat(taskService.createTaskQuery().processInstanceBusinessKeyLike(Urge.KEY + ":ct15-periodic-report:2051-H1:%").count())
        .isEqualTo(1);
  }
}
