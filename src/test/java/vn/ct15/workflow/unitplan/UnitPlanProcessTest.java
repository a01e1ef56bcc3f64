package vn.ct15.workflow.unitplan;

import static vn.ct15.workflow.TestTime.HANOI;
import static vn.ct15.workflow.TestTime.endOfDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.EngineTest;
import vn.ct15.workflow.unitplan.UnitPlanProcess.Element;
import vn.ct15.workflow.unitplan.UnitPlanProcess.Var;
import vn.ct15.workflow.process.CommonVariables;

@EngineTest
class UnitPlanProcessTest {

  /** The demo directory's offices and public service units. */
  static final List<String> BENEFIT_UNITS = List.of("van-phong", "phong-tu-phap", "phong-tc-kh", "phong-tn-mt",
      "phong-ld-tbxh", "phong-vh-tt", "phong-gd-dt", "phong-y-te", "phong-qldt", "phong-kinh-te", "thanh-tra",
      "trung-tam-vh-tt-tt", "ban-qlda", "cong-ttdt");
  /** The demo directory's armed forces. */
  static final List<String> ARMED_FORCES = List.of("cong-an-quan", "ban-chqs-quan");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired AuthorizationService authorizationService;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(UnitPlanProcess.KEY).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
  }

  ProcessInstance start(int year) {
    return runtimeService.startProcessInstanceByKey(UnitPlanProcess.KEY, withVariables(CommonVariables.YEAR.name(), year));
  }

  Task taskOf(ProcessInstance instance, String activity, String unit) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity)
        .taskCandidateGroup(unit).singleResult();
  }

  Task approvalOf(ProcessInstance instance, String unit) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Element.APPROVE)
        .taskCandidateUser(unit + ".tt").singleResult();
  }

  static Map<String, Object> plan(List<String> parts, String unit) {
    Map<String, Object> plan = new HashMap<>();
    parts.forEach(part -> plan.put(part, "Nội dung " + part + " của " + unit));
    return plan;
  }

  static Map<String, Object> report(String unit) {
    return Map.of(Var.RESULT, "Đã thực hiện kế hoạch của " + unit + "; Nhân dân được thụ hưởng các chính sách.");
  }

  @Test
  void shouldGiveOfficesAndPublicServiceUnitsTheBenefitPlanAndArmedForcesTheirOwn() {
    ProcessInstance instance = start(2061);

    assertThat(instance).hasPassed(Element.OPEN_CYCLE, Element.UNIT_KIND).hasBusinessKey("ct15-unit-plan:2061");
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count())
        .isEqualTo(BENEFIT_UNITS.size() + ARMED_FORCES.size());
    for (String unit : BENEFIT_UNITS) {
      Task task = taskOf(instance, Element.DRAFT_BENEFIT, unit);
      assertThat(task).as(unit).isNotNull().hasDueDate(endOfDay(2061, 3, 31));
      assertThat(taskService.getIdentityLinksForTask(task.getId())).as(unit + " only")
          .extracting(IdentityLink::getGroupId).containsOnly(unit);
      assertThat(task.getName()).contains("năm 2061").contains("Dân thụ hưởng");
      assertThat(taskOf(instance, Element.DRAFT_ARMED_FORCE, unit)).isNull();
    }
    for (String unit : ARMED_FORCES) {
      Task task = taskOf(instance, Element.DRAFT_ARMED_FORCE, unit);
      assertThat(task).as(unit).isNotNull().hasDueDate(endOfDay(2061, 3, 31));
      assertThat(task.getName()).contains("lực lượng vũ trang").contains(
          engine.getIdentityService().createGroupQuery().groupId(unit).singleResult().getName());
      assertThat(taskOf(instance, Element.DRAFT_BENEFIT, unit)).isNull();
    }
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("phuong-bac-son")
        .count()).as("wards plan in ct15-ward-plan").isZero();
    Task anyTask = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Element.DRAFT_BENEFIT)
        .initializeFormKeys().listPage(0, 1).get(0);
    assertThat(anyTask.getCamundaFormRef().getKey()).isEqualTo("ct15-unit-plan-benefit");
  }

  @Test
  void shouldRefuseAPlanMissingAPartAndKeepTheTaskWithWhatWasSaved() {
    ProcessInstance instance = start(2062);
    Task office = taskOf(instance, Element.DRAFT_BENEFIT, "phong-y-te");
    taskService.setVariable(office.getId(), "coCheChinhSach", "Đã lưu trước");
    Map<String, Object> incomplete = plan(Var.BENEFIT_PLAN, "phong-y-te");
    incomplete.remove("moHinhPhucVu");
    incomplete.remove("coCheChinhSach");

    assertThatThrownBy(() -> taskService.complete(office.getId(), incomplete))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Mô hình phục vụ Nhân dân»")
        .hasMessageNotContaining("«Cơ chế, chính sách đề xuất xây dựng»");
    assertThat(taskService.getVariable(office.getId(), "coCheChinhSach")).isEqualTo("Đã lưu trước");
    assertThat(taskService.getVariable(office.getId(), "bienPhapGiaiPhap")).isNull();

    Task armed = taskOf(instance, Element.DRAFT_ARMED_FORCE, "ban-chqs-quan");
    Map<String, Object> armedIncomplete = plan(Var.ARMED_FORCE_PLAN, "ban-chqs-quan");
    armedIncomplete.put("phongTraoToanDan", "ngắn");
    assertThatThrownBy(() -> taskService.complete(armed.getId(), armedIncomplete))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("«Phong trào “Toàn dân bảo vệ an ninh Tổ quốc”»").hasMessageContaining("ít nhất 10 ký tự");

    assertThat(taskService.createTaskQuery().taskId(office.getId()).singleResult()).isNotNull();
    assertThat(taskService.createTaskQuery().taskId(armed.getId()).singleResult()).isNotNull();
  }

  @Test
  void shouldLoopBackToTheSamePlanWithTheHeadsCommentWhenReturned() {
    ProcessInstance instance = start(2063);
    Task draft = taskOf(instance, Element.DRAFT_ARMED_FORCE, "cong-an-quan");
    taskService.complete(draft.getId(), plan(Var.ARMED_FORCE_PLAN, "cong-an-quan"));

    Task approval = approvalOf(instance, "cong-an-quan");
    assertThat(approval).isNotNull().hasDueDate(endOfDay(2063, 3, 31));
    assertThat(taskService.getIdentityLinksForTask(approval.getId())).extracting(IdentityLink::getUserId)
        .containsOnly("cong-an-quan.tt");
    assertThat(taskService.getVariable(approval.getId(), "doiThoaiTrucTiep")).isEqualTo("Nội dung doiThoaiTrucTiep của cong-an-quan");
    assertThatThrownBy(() -> taskService.complete(approval.getId(), Map.of(CommonVariables.APPROVED.name(), false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Ý kiến»");
    assertThat(approvalOf(instance, "cong-an-quan")).as("still open").isNotNull();

    taskService.complete(approval.getId(), Map.of(CommonVariables.APPROVED.name(), false, CommonVariables.COMMENT.name(), "Bổ sung lịch đối thoại hằng quý"));

    Task again = taskOf(instance, Element.DRAFT_ARMED_FORCE, "cong-an-quan");
    assertThat(again).as("back to the armed forces' plan, not the other one").isNotNull().hasName(draft.getName());
    assertThat(taskOf(instance, Element.DRAFT_BENEFIT, "cong-an-quan")).isNull();
    assertThat(taskService.getVariable(again.getId(), CommonVariables.COMMENT.name())).isEqualTo("Bổ sung lịch đối thoại hằng quý");
    assertThat(taskService.getVariable(again.getId(), "kyLuatKyCuong")).isEqualTo("Nội dung kyLuatKyCuong của cong-an-quan");
    assertThat(runtimeService.getVariable(instance.getId(), CommonVariables.COMMENT.name())).as("kept per unit").isNull();

    taskService.complete(again.getId(), plan(Var.ARMED_FORCE_PLAN, "cong-an-quan"));
    taskService.complete(approvalOf(instance, "cong-an-quan").getId(), Map.of(CommonVariables.APPROVED.name(), true));

    Task report = taskOf(instance, Element.REPORT, "cong-an-quan");
    assertThat(report).isNotNull().hasDueDate(endOfDay(2063, 11, 30));
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(Element.DRAFT_ARMED_FORCE).count()).as("twice here, once at Ban Chỉ huy Quân sự quận").isEqualTo(3);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(Element.MERGE_DRAFT).count()).as("the return passes the merge gateway").isEqualTo(
            BENEFIT_UNITS.size() + ARMED_FORCES.size() + 1);
  }

  @Test
  void shouldEndWhenEveryUnitsPlanIsApprovedAndItsExecutionReported() {
    ProcessInstance instance = start(2064);
    for (String unit : BENEFIT_UNITS) {
      taskService.complete(taskOf(instance, Element.DRAFT_BENEFIT, unit).getId(), plan(Var.BENEFIT_PLAN, unit));
    }
    for (String unit : ARMED_FORCES) {
      taskService.complete(taskOf(instance, Element.DRAFT_ARMED_FORCE, unit).getId(), plan(Var.ARMED_FORCE_PLAN, unit));
    }
    for (String unit : BENEFIT_UNITS) {
      taskService.complete(approvalOf(instance, unit).getId(), Map.of(CommonVariables.APPROVED.name(), true, CommonVariables.COMMENT.name(), "Đồng ý"));
    }
    for (String unit : ARMED_FORCES) {
      taskService.complete(approvalOf(instance, unit).getId(), Map.of(CommonVariables.APPROVED.name(), true));
    }
    Task firstReport = taskOf(instance, Element.REPORT, "van-phong");
    assertThatThrownBy(() -> taskService.complete(firstReport.getId(), Map.of(Var.DIFFICULTIES, "Thiếu kinh phí")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Kết quả thực hiện»");
    for (String unit : BENEFIT_UNITS) {
      taskService.complete(taskOf(instance, Element.REPORT, unit).getId(), report(unit));
    }
    assertThat(instance).isNotEnded();
    for (String unit : ARMED_FORCES) {
      taskService.complete(taskOf(instance, Element.REPORT, unit).getId(), report(unit));
    }

    assertThat(instance).isEnded()
        .hasPassedInOrder(Element.START, Element.OPEN_CYCLE, Element.MERGE_DRAFT, Element.UNIT_KIND,
            Element.DRAFT_BENEFIT, Element.MERGE_KINDS, Element.APPROVE, Element.APPROVED_GATEWAY, Element.REPORT,
            Element.UNIT_REPORTED, Element.ALL_REPORTED)
        .hasPassed(Element.DRAFT_ARMED_FORCE);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(Var.RESULT).count()).as("one report per unit").isEqualTo(BENEFIT_UNITS.size() + ARMED_FORCES.size());
  }

  @Test
  void shouldRefuseToStartTheSameYearTwice() {
    start(2065);

    assertThatThrownBy(() -> start(2065))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("năm 2065 đã được khởi động");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ct15-unit-plan:2065").count())
        .isEqualTo(1);
  }

  @Test
  void shouldTakeTheDeadlineOverrideAndNeverAskForTheReportBeforeThePlan() {
    ProcessInstance early = runtimeService.startProcessInstanceByKey(UnitPlanProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 2066, CommonVariables.DEADLINE.name(), "2066-02-15"));
    assertThat(taskOf(early, Element.DRAFT_BENEFIT, "ban-qlda")).hasDueDate(endOfDay(2066, 2, 15));
    assertThat(runtimeService.getVariable(early.getId(), Var.REPORT_DUE_DATE)).isEqualTo(endOfDay(2066, 11, 30));

    ProcessInstance late = runtimeService.startProcessInstanceByKey(UnitPlanProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 2067, CommonVariables.DEADLINE.name(), "2067-12-10T17:00"));
    Date lateDue = Date.from(LocalDateTime.of(2067, 12, 10, 17, 0).atZone(HANOI).toInstant());
    assertThat(taskOf(late, Element.DRAFT_ARMED_FORCE, "cong-an-quan")).hasDueDate(lateDue);
    assertThat(runtimeService.getVariable(late.getId(), Var.REPORT_DUE_DATE)).isEqualTo(lateDue);

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(UnitPlanProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 2068, CommonVariables.DEADLINE.name(), "hết quý I")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("hết quý I");
  }

  @Test
  void shouldLetOnlyPhongNoiVuStartIt() {
    assertThat(authorizationService.isUserAuthorized("phong-noi-vu.cb", List.of("phong-noi-vu"),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, UnitPlanProcess.KEY)).isTrue();
    assertThat(authorizationService.isUserAuthorized("cong-an-quan.cb", List.of("cong-an-quan"),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, UnitPlanProcess.KEY)).isFalse();
  }
}
