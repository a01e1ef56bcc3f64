package vn.ct15.workflow.dissemination;

import static vn.ct15.workflow.TestTime.endOfDay;
import static vn.ct15.workflow.TestTime.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.EngineTest;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.dissemination.DisseminationProcess.Element;
import vn.ct15.workflow.dissemination.DisseminationProcess.Var;
import vn.ct15.workflow.process.CommonVariables;

@EngineTest
class DisseminationProcessTest {

  /** Every office, ward, armed force and public service unit of the demo directory, and Phòng Nội vụ. */
  static final List<String> UNITS = List.of("phong-noi-vu", "van-phong", "phong-tu-phap", "phong-tc-kh", "phong-tn-mt",
      "phong-ld-tbxh", "phong-vh-tt", "phong-gd-dt", "phong-y-te", "phong-qldt", "phong-kinh-te", "thanh-tra",
      "phuong-bac-son", "phuong-dong-hoa", "phuong-lam-ha", "phuong-nam-son", "phuong-ngoc-son", "phuong-phu-lien",
      "phuong-quan-tru", "phuong-tran-thanh-ngo", "phuong-trang-minh", "phuong-van-dau", "cong-an-quan",
      "ban-chqs-quan", "trung-tam-vh-tt-tt", "ban-qlda", "cong-ttdt");
  static final String MEDIA = "phong-vh-tt";
  static final String PORTAL = "cong-ttdt";
  static final String COORDINATOR = "phong-noi-vu";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired AuthorizationService authorizationService;
  @Autowired OrganisationDirectory directory;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(DisseminationProcess.KEY).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
  }

  ProcessInstance start(int year) {
    return runtimeService.startProcessInstanceByKey(DisseminationProcess.KEY, withVariables(CommonVariables.YEAR.name(), year));
  }

  Task reportOf(ProcessInstance instance, String unit) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Element.REPORT)
        .taskCandidateGroup(unit).singleResult();
  }

  Task task(ProcessInstance instance, String element) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(element).singleResult();
  }

  static Map<String, Object> report(String unit) {
    Map<String, Object> report = new HashMap<>();
    report.put(Var.CHANNEL, "hoi-nghi-quan-triet");
    report.put(Var.DATE, "2044-03-15");
    report.put(Var.STAFF, 10);
    report.put(Var.PARTY_MEMBERS, 5);
    report.put(Var.PEOPLE, 100);
    report.put(Var.RESULT, "Đã quán triệt Chỉ thị số 15-CT/TU tại " + unit);
    report.put(Var.EVIDENCE, "Biên bản hội nghị của " + unit);
    return report;
  }

  static Map<String, Object> media() {
    return Map.of(Var.MEDIA_GUIDANCE, "Hướng dẫn số 12/HD-VHTT ngày 10/3",
        Var.MEDIA_RESULT, "Đăng 24 tin, bài trên Đài truyền thanh quận và hệ thống loa phường", Var.MEDIA_ITEMS, 24);
  }

  static Map<String, Object> portalSection() {
    return Map.of(Var.PORTAL_URL, "https://kienan.haiphong.gov.vn/chi-thi-15", Var.PORTAL_OPENED_ON, "2045-10-10",
        Var.PORTAL_CONTENT, "Chuyên mục giới thiệu các gương điển hình, các mô hình mới về dân chủ ở cơ sở");
  }

  Job portalTimer(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(Element.PORTAL_TIMER)
        .singleResult();
  }

  @Test
  void shouldGiveEveryImplementingUnitItsOwnReportDueAtTheEndOfJuneAndTheLeadsTheirTasks() {
    ProcessInstance instance = start(2041);

    assertThat(instance).hasBusinessKey("ct15-dissemination:2041").hasPassedInOrder(Element.START, Element.OPEN_CYCLE,
        Element.FORK).isWaitingAt(Element.REPORT, Element.MEDIA, Element.OPEN_PORTAL_SECTION);
    assertThat(directory.unitIds("coordinator,office,ward,armed-force,public-service")).isEqualTo(UNITS);
    List<Task> reports = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(Element.REPORT).list();
    assertThat(reports).hasSize(UNITS.size());
    Date endOfJune = endOfDay(2041, 6, 30);
    for (String unit : UNITS) {
      Task report = reportOf(instance, unit);
      assertThat(report).as(unit).isNotNull().hasDueDate(endOfJune).hasCandidateGroup(unit)
          .hasName("Báo cáo kết quả quán triệt, thông tin, tuyên truyền Chỉ thị số 15-CT/TU — " + directory.unitName(unit));
      List<IdentityLink> links = taskService.getIdentityLinksForTask(report.getId());
      assertThat(links).as(unit + " reaches that unit only").extracting(IdentityLink::getGroupId).containsOnly(unit);
    }
    for (String outsider : List.of("ubnd-quan", "hdnd-quan", "mttq-quan")) {
      assertThat(reportOf(instance, outsider)).as(outsider + " does not report").isNull();
    }

    Task media = task(instance, Element.MEDIA);
    assertThat(media).hasCandidateGroup(MEDIA).hasDueDate(endOfJune);
    assertThat(media.getName()).contains("phương tiện thông tin đại chúng năm 2041");
    Task portal = task(instance, Element.OPEN_PORTAL_SECTION);
    assertThat(portal).hasCandidateGroup(PORTAL).hasDueDate(endOfJune)
        .hasName("Mở chuyên trang, chuyên mục về việc thực hiện Chỉ thị số 15-CT/TU năm 2041");
    assertThat(task(instance, Element.CONSOLIDATE)).isNull();
  }

  @Test
  void shouldLetOnlyPhongNoiVuStartIt() {
    assertThat(authorizationService.isUserAuthorized("phong-noi-vu.cb", List.of(COORDINATOR),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, DisseminationProcess.KEY)).isTrue();
    assertThat(authorizationService.isUserAuthorized("phuong-bac-son.cb", List.of("phuong-bac-son"),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, DisseminationProcess.KEY)).isFalse();
  }

  @Test
  void shouldTakeTheDeadlineOverrideForThatInstance() {
    ProcessInstance earlier = runtimeService.startProcessInstanceByKey(DisseminationProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 2042, CommonVariables.DEADLINE.name(), "2042-05-15"));
    ProcessInstance later = runtimeService.startProcessInstanceByKey(DisseminationProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 2050, CommonVariables.DEADLINE.name(), "2050-08-01T17:00"));

    assertThat(reportOf(earlier, "ban-chqs-quan")).hasDueDate(endOfDay(2042, 5, 15));
    assertThat(task(earlier, Element.MEDIA)).hasDueDate(endOfDay(2042, 5, 15));
    assertThat(runtimeService.getVariable(earlier.getId(), Var.CONSOLIDATION_DUE_DATE)).isEqualTo(endOfDay(2042, 7, 15));
    assertThat(reportOf(later, "phuong-van-dau")).hasDueDate(at(2050, 8, 1, 17, 0));
    assertThat(runtimeService.getVariable(later.getId(), Var.CONSOLIDATION_DUE_DATE))
        .as("the consolidation is never due before the reports").isEqualTo(at(2050, 8, 1, 17, 0));
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(DisseminationProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 2051, CommonVariables.DEADLINE.name(), "31/02/2051")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Hạn báo cáo»")
        .hasMessageContaining("31/02/2051");
  }

  @Test
  void shouldRefuseAFaultyReportNamingTheFieldAndKeepTheTaskWithWhatWasSaved() {
    ProcessInstance instance = start(2043);
    Task report = reportOf(instance, "cong-an-quan");
    taskService.setVariable(report.getId(), Var.RESULT, "Đã lưu trước");

    Map<String, Object> missingDate = report("cong-an-quan");
    missingDate.remove(Var.DATE);
    missingDate.remove(Var.RESULT);
    assertRefused(report, missingDate, "«Ngày thực hiện» là bắt buộc", "«Kết quả»");

    Map<String, Object> negative = report("cong-an-quan");
    negative.put(Var.PARTY_MEMBERS, -5);
    assertRefused(report, negative, "«Đảng viên» phải lớn hơn hoặc bằng 0", "«Nhân dân»");

    Map<String, Object> invalidDate = report("cong-an-quan");
    invalidDate.put(Var.DATE, "31/02/2043");
    assertRefused(report, invalidDate, "«Ngày thực hiện» không phải là ngày hợp lệ: 31/02/2043", "«Kết quả»");

    Map<String, Object> unknownChannel = report("cong-an-quan");
    unknownChannel.put(Var.CHANNEL, "hop-bao");
    assertRefused(report, unknownChannel, "«Hình thức quán triệt, tuyên truyền» phải là một trong các giá trị", "«Kết quả»");

    Map<String, Object> otherUnnamed = report("cong-an-quan");
    otherUnnamed.put(Var.CHANNEL, Var.CHANNEL_OTHER_OPTION);
    assertRefused(report, otherUnnamed, "«Hình thức khác (ghi rõ)» là bắt buộc", "«Kết quả»");

    Map<String, Object> fraction = report("cong-an-quan");
    fraction.put(Var.PEOPLE, 2.5);
    assertRefused(report, fraction, "«Nhân dân» phải là số nguyên", "«Đảng viên»");

    assertThat(taskService.getVariable(report.getId(), Var.RESULT)).isEqualTo("Đã lưu trước");
    assertThat(taskService.getVariable(report.getId(), Var.DATE)).isNull();

    Map<String, Object> other = report("cong-an-quan");
    other.put(Var.CHANNEL, Var.CHANNEL_OTHER_OPTION);
    other.put(Var.CHANNEL_OTHER, "Sinh hoạt chính trị tại đơn vị");
    taskService.complete(report.getId(), other);

    assertThat(reportOf(instance, "cong-an-quan")).isNull();
    assertThat(reportOf(instance, "ban-chqs-quan")).as("other units untouched").isNotNull();
    assertThat(runtimeService.getVariable(instance.getId(), Var.RESULT)).as("kept per unit, not process-wide").isNull();
    assertThat(runtimeService.getVariable(instance.getId(), Var.CHANNEL)).isNull();
  }

  /** The summary reads the units' submissions from the history, so it runs as its own job once they are committed. */
  void buildSummary(ProcessInstance instance) {
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(Element.BUILD_SUMMARY).singleResult().getId());
  }

  void assertRefused(Task task, Map<String, Object> values, String expected, String notNamed) {
    assertThatThrownBy(() -> taskService.complete(task.getId(), values))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(expected)
        .hasMessageNotContaining(notNamed);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult()).as("task stays open").isNotNull();
  }

  @Test
  void shouldConsolidateOnlyOnceEveryUnitAndTheMediaTaskAreDoneWithoutWaitingForThePortal() {
    ProcessInstance instance = start(2044);
    for (String unit : UNITS.subList(1, UNITS.size())) {
      taskService.complete(reportOf(instance, unit).getId(), report(unit));
    }
    assertThat(task(instance, Element.CONSOLIDATE)).as("Phòng Nội vụ has not reported yet").isNull();
    taskService.complete(reportOf(instance, COORDINATOR).getId(), report(COORDINATOR));
    assertThat(instance).isWaitingAt(Element.MEDIA, Element.OPEN_PORTAL_SECTION).isNotWaitingAt(Element.REPORT);
    assertThat(task(instance, Element.CONSOLIDATE)).as("the media task is still open").isNull();

    taskService.complete(task(instance, Element.MEDIA).getId(), media());
    buildSummary(instance);

    assertThat(instance).hasPassedInOrder(Element.REPORT, Element.JOIN, Element.BUILD_SUMMARY)
        .isWaitingAt(Element.CONSOLIDATE, Element.OPEN_PORTAL_SECTION);
    Task consolidation = task(instance, Element.CONSOLIDATE);
    assertThat(consolidation).hasCandidateGroup(COORDINATOR).hasDueDate(endOfDay(2044, 7, 15))
        .hasName("Tổng hợp kết quả quán triệt, tuyên truyền Chỉ thị số 15-CT/TU năm 2044");
    String summary = (String) taskService.getVariable(consolidation.getId(), Var.SUMMARY);
    assertThat(summary).as("longer than a String variable holds").hasSizeGreaterThan(4000)
        .contains("NĂM 2044").contains("Số cơ quan, đơn vị đã báo cáo: 27/27")
        .contains("cán bộ, công chức, viên chức, người lao động: 270; đảng viên: 135; Nhân dân: 2.700")
        .contains("- Hình thức: Hội nghị quán triệt, triển khai").contains("- Ngày thực hiện: 15/03/2044")
        .contains("Hướng dẫn số 12/HD-VHTT ngày 10/3").contains("Số tin, bài đã đăng, phát: 24")
        .contains("Chưa mở chuyên trang, chuyên mục");
    int previous = -1;
    for (int i = 0; i < UNITS.size(); i++) {
      String unit = UNITS.get(i);
      int at = summary.indexOf((i + 1) + ". " + directory.unitName(unit) + "\n");
      assertThat(at).as(unit + " in directory order").isGreaterThan(previous);
      assertThat(summary.indexOf("- Kết quả: Đã quán triệt Chỉ thị số 15-CT/TU tại " + unit + "\n", at))
          .as(unit + "'s result under its name").isGreaterThan(at);
      assertThat(summary).contains("- Minh chứng: Biên bản hội nghị của " + unit);
      previous = at;
    }

    assertThatThrownBy(() -> taskService.complete(consolidation.getId(), Map.of()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Nhận xét, đánh giá» là bắt buộc");
    taskService.complete(consolidation.getId(), Map.of(Var.ASSESSMENT, "Các cơ quan, đơn vị thực hiện nghiêm túc, đúng hạn."));

    assertThat(instance).hasPassedInOrder(Element.START, Element.OPEN_CYCLE, Element.FORK, Element.UNIT_START, Element.REPORT,
            Element.UNIT_REPORTED, Element.UNIT,
            Element.JOIN, Element.BUILD_SUMMARY, Element.CONSOLIDATE, Element.CONSOLIDATED)
        .isNotEnded().isWaitingAt(Element.OPEN_PORTAL_SECTION);
  }

  @Test
  void shouldRemindThePortalEveryIntervalUntilThePlanYearEnds() {
    ClockUtil.setCurrentTime(at(2045, 10, 10, 9, 0));
    ProcessInstance instance = start(2045);
    taskService.complete(task(instance, Element.OPEN_PORTAL_SECTION).getId(), portalSection());

    assertThat(instance).isWaitingAt(Element.PORTAL_TIMER);
    assertThat(portalTimer(instance).getDuedate()).isEqualTo(at(2045, 11, 10, 9, 0));
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).activityId(Element.PORTAL_TIMER)
        .executable().count()).as("not due before the interval has passed").isZero();

    ClockUtil.setCurrentTime(at(2045, 11, 10, 9, 1));
    managementService.executeJob(portalTimer(instance).getId());
    Task first = task(instance, Element.UPDATE_PORTAL_SECTION);
    assertThat(first).hasCandidateGroup(PORTAL).hasDueDate(endOfDay(2045, 12, 10))
        .hasName("Cập nhật chuyên trang, chuyên mục về việc thực hiện Chỉ thị số 15-CT/TU năm 2045");
    assertThat(taskService.getVariable(first.getId(), Var.PORTAL_URL)).isEqualTo("https://kienan.haiphong.gov.vn/chi-thi-15");
    assertThatThrownBy(() -> taskService.complete(first.getId(), Map.of()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Nội dung cập nhật trong kỳ»");
    taskService.complete(first.getId(), Map.of(Var.PORTAL_UPDATE, "Gương điển hình tháng 11: tổ dân phố số 5", Var.PORTAL_UPDATE_ITEMS, 3));

    assertThat(portalTimer(instance).getDuedate()).isEqualTo(at(2045, 12, 10, 9, 1));
    ClockUtil.setCurrentTime(at(2045, 12, 10, 10, 0));
    managementService.executeJob(portalTimer(instance).getId());
    Task second = task(instance, Element.UPDATE_PORTAL_SECTION);
    assertThat(second).as("due no later than the end of the plan year").hasDueDate(endOfDay(2045, 12, 31));
    taskService.complete(second.getId(), Map.of(Var.PORTAL_UPDATE, "Mô hình mới tháng 12: dân vận khéo ở phường", Var.PORTAL_UPDATE_ITEMS, 2));

    assertThat(portalTimer(instance).getDuedate()).as("the last wait ends with the year").isEqualTo(at(2046, 1, 1, 0, 0));
    ClockUtil.setCurrentTime(at(2046, 1, 1, 0, 0));
    managementService.executeJob(portalTimer(instance).getId());

    assertThat(instance).hasPassedInOrder(Element.OPEN_PORTAL_SECTION, Element.PORTAL_LOOP, Element.PORTAL_TIMER,
            Element.YEAR_ENDED_GATEWAY, Element.UPDATE_PORTAL_SECTION, Element.PORTAL_LOOP, Element.PORTAL_TIMER,
            Element.YEAR_ENDED_GATEWAY, Element.UPDATE_PORTAL_SECTION, Element.PORTAL_TIMER, Element.PORTAL_YEAR_ENDED)
        .isWaitingAt(Element.REPORT, Element.MEDIA).isNotWaitingAt(Element.PORTAL_TIMER, Element.UPDATE_PORTAL_SECTION);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(Element.UPDATE_PORTAL_SECTION).count()).isEqualTo(2);
    List<Object> updates = new ArrayList<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(Var.PORTAL_UPDATE).list().stream().map(HistoricVariableInstance::getValue).forEach(updates::add);
    assertThat(updates).as("each update kept in its own scope").containsExactlyInAnyOrder(
        "Gương điển hình tháng 11: tổ dân phố số 5", "Mô hình mới tháng 12: dân vận khéo ở phường");
  }

  @Test
  void shouldEndWhenConsolidatedAndThePortalsYearIsOver() {
    ClockUtil.setCurrentTime(at(2048, 12, 20, 8, 0));
    ProcessInstance instance = start(2048);
    for (String unit : UNITS) {
      Map<String, Object> report = report(unit);
      if (unit.equals("thanh-tra")) {
        report.put(Var.RESULT, "Hội nghị quán triệt ngày 15/3.\n\nLồng ghép trong sinh hoạt chi bộ tháng 4.");
      }
      taskService.complete(reportOf(instance, unit).getId(), report);
    }
    taskService.complete(task(instance, Element.OPEN_PORTAL_SECTION).getId(), portalSection());
    taskService.complete(task(instance, Element.MEDIA).getId(), media());
    buildSummary(instance);
    Task consolidation = task(instance, Element.CONSOLIDATE);
    assertThat((String) taskService.getVariable(consolidation.getId(), Var.SUMMARY))
        .contains("- Chuyên trang, chuyên mục: https://kienan.haiphong.gov.vn/chi-thi-15 (mở ngày 10/10/2045)")
        .contains("- Số lần cập nhật đến nay: 0")
        .contains("- Kết quả: Hội nghị quán triệt ngày 15/3.\n  Lồng ghép trong sinh hoạt chi bộ tháng 4.\n");
    taskService.complete(consolidation.getId(), Map.of(Var.ASSESSMENT, "Hoàn thành tốt nhiệm vụ quán triệt, tuyên truyền."));
    assertThat(instance).isNotEnded().isWaitingAt(Element.PORTAL_TIMER);
    assertThat(portalTimer(instance).getDuedate()).isEqualTo(at(2049, 1, 1, 0, 0));

    ClockUtil.setCurrentTime(at(2049, 1, 1, 0, 5));
    managementService.executeJob(portalTimer(instance).getId());

    assertThat(instance).isEnded().hasPassed(Element.CONSOLIDATED, Element.PORTAL_YEAR_ENDED)
        .hasNotPassed(Element.UPDATE_PORTAL_SECTION);
  }

  @Test
  void shouldRefuseToStartTheSameYearTwice() {
    start(2046);

    assertThatThrownBy(() -> start(2046))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("năm 2046 đã được khởi động");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ct15-dissemination:2046").count())
        .isEqualTo(1);
  }

  @Test
  void shouldTakeTheCurrentYearWhenNoneIsGiven() {
    ClockUtil.setCurrentTime(at(2047, 2, 1, 8, 0));

    ProcessInstance instance = runtimeService.startProcessInstanceByKey(DisseminationProcess.KEY);

    assertThat(instance).hasBusinessKey("ct15-dissemination:2047").hasVariables(CommonVariables.YEAR.name());
    assertThat(runtimeService.getVariable(instance.getId(), CommonVariables.YEAR.name())).isEqualTo(2047);
    assertThat(reportOf(instance, "trung-tam-vh-tt-tt")).hasDueDate(endOfDay(2047, 6, 30));
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(DisseminationProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 1999))).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("«Năm kế hoạch»");
  }

  @Test
  void shouldOfferTheOtherFormOfDisseminationTheCodeNames() throws Exception {
    // the summary and the check read every label from the form; the code names only this option
    JsonNode select = null;
    try (InputStream in = getClass().getResourceAsStream("/processes/" + DisseminationProcess.REPORT_FORM + ".form")) {
      for (JsonNode component : new ObjectMapper().readTree(in).path("components")) {
        if (Var.CHANNEL.equals(component.path("key").asText())) {
          select = component;
        }
      }
    }
    assertThat(select).isNotNull();
    List<String> options = new ArrayList<>();
    select.path("values").forEach(option -> options.add(option.path("value").asText()));
    assertThat(options).contains(Var.CHANNEL_OTHER_OPTION);
  }
}
