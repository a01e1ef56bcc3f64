package vn.ct15.workflow.inspection;

import static vn.ct15.workflow.TestTime.HANOI;
import static vn.ct15.workflow.TestTime.endOfDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.EngineTest;
import vn.ct15.workflow.calendar.WorkingDayCalendar;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.inspection.InspectionProcess.Element;
import vn.ct15.workflow.inspection.InspectionProcess.Var;
import vn.ct15.workflow.process.CommonVariables;

@EngineTest
class InspectionProcessTest {

  static final String COORDINATOR = "phong-noi-vu";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired OrganisationDirectory directory;
  @Autowired WorkingDayCalendar workingDays;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(InspectionProcess.KEY).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
  }

  ProcessInstance start(int year) {
    return runtimeService.startProcessInstanceByKey(InspectionProcess.KEY, withVariables(CommonVariables.YEAR.name(), year));
  }

  Task task(ProcessInstance instance, String activity) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult();
  }

  Task taskOf(ProcessInstance instance, String activity, String unit) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).list().stream()
        .filter(task -> unit.equals(taskService.getVariable(task.getId(), CommonVariables.UNIT_ID.name()))).findFirst().orElse(null);
  }

  static Map<String, Object> plan(Object units) {
    return withVariables(Var.PLAN, "Kiểm tra việc thực hiện dân chủ ở cơ sở năm nay", Var.PERIOD, "Tháng 10 - tháng 11",
        Var.CHOSEN_UNITS, units);
  }

  static Map<String, Object> findings(boolean hasShortcomings) {
    Map<String, Object> values = new HashMap<>(withVariables(Var.FINDINGS, "Đơn vị đã niêm yết công khai đầy đủ",
        Var.STRENGTHS, "Tổ chức hội nghị cán bộ, công chức đúng hạn", Var.HAS_SHORTCOMINGS, hasShortcomings));
    if (hasShortcomings) {
      values.put(Var.SHORTCOMINGS, "Chưa lập sổ theo dõi tiếp nhận ý kiến của Nhân dân");
    }
    return values;
  }

  @Test
  void shouldGivePhongNoiVuThePlanWithEveryInspectableUnitOffered() {
    ProcessInstance instance = start(2041);

    assertThat(instance).hasBusinessKey("ct15-inspection:2041").hasPassed(Element.OPEN_CYCLE).isWaitingAt(Element.PLAN);
    Task plan = task(instance, Element.PLAN);
    assertThat(plan).hasCandidateGroup(COORDINATOR).hasDueDate(endOfDay(2041, 9, 30));
    assertThat(taskService.getIdentityLinksForTask(plan.getId())).extracting(IdentityLink::getGroupId).containsOnly(COORDINATOR);
    assertThat(plan.getName()).isEqualTo("Xây dựng kế hoạch kiểm tra việc thực hiện Chỉ thị số 15-CT/TU năm 2041");

    SpinJsonNode options = (SpinJsonNode) runtimeService.getVariable(instance.getId(), Var.UNIT_OPTIONS);
    List<String> values = options.elements().stream().map(option -> option.prop("value").stringValue()).toList();
    assertThat(values).containsExactlyElementsOf(directory.unitIds("office,ward,armed-force,public-service"))
        .contains("phong-tu-phap", "phuong-bac-son", "cong-an-quan").doesNotContain(COORDINATOR, "ubnd-quan", "mttq-quan");
    assertThat(options.elements().get(0).prop("label").stringValue()).isEqualTo(directory.unitName(values.get(0)));
    assertThat(runtimeService.getVariableTyped(instance.getId(), Var.UNIT_OPTIONS).getType().getName())
        .as("Tasklist parses Json variables for valuesKey").isEqualTo("json");
  }

  @Test
  void shouldRefuseAPlanWithoutAValidUnitAndKeepTheTaskWithWhatWasSaved() {
    ProcessInstance instance = start(2042);
    Task plan = task(instance, Element.PLAN);
    taskService.setVariable(plan.getId(), Var.PLAN, "Bản nháp kế hoạch kiểm tra");

    assertThatThrownBy(() -> taskService.complete(plan.getId(), plan(SpinValues.jsonValue("[]").create())))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Đơn vị được kiểm tra» là bắt buộc");
    assertThatThrownBy(() -> taskService.complete(plan.getId(), plan(List.of("phuong-bac-son", "ubnd-quan"))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Đơn vị được kiểm tra»")
        .hasMessageContaining("ubnd-quan").hasMessageNotContaining("phuong-bac-son");
    assertThatThrownBy(() -> taskService.complete(plan.getId(), withVariables(Var.CHOSEN_UNITS, List.of("phuong-bac-son"),
        Var.PLAN, "", Var.PERIOD, "Quý IV")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Kế hoạch kiểm tra»");

    assertThat(task(instance, Element.PLAN)).isNotNull();
    assertThat(taskService.getVariable(plan.getId(), Var.PLAN)).isEqualTo("Bản nháp kế hoạch kiểm tra");
    assertThat(taskService.getVariable(plan.getId(), Var.INSPECTED_UNIT_IDS.name())).isNull();
  }

  @Test
  void shouldInspectEveryChosenUnitAndEndAUnitWithoutShortcomings() {
    ProcessInstance instance = start(2043);
    // as Tasklist submits a taglist: a Json array, here in another order than the directory's
    taskService.complete(task(instance, Element.PLAN).getId(),
        plan(SpinValues.jsonValue("[\"phuong-van-dau\", \"phong-tu-phap\", \"phuong-van-dau\"]").create()));

    assertThat(runtimeService.getVariable(instance.getId(), Var.INSPECTED_UNIT_IDS.name()))
        .isEqualTo(List.of("phong-tu-phap", "phuong-van-dau"));
    List<Task> findings = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(Element.RECORD_FINDINGS).list();
    assertThat(findings).hasSize(2);
    for (String unit : List.of("phong-tu-phap", "phuong-van-dau")) {
      Task task = taskOf(instance, Element.RECORD_FINDINGS, unit);
      assertThat(task).as(unit).isNotNull().hasCandidateGroup(COORDINATOR).hasDueDate(endOfDay(2043, 11, 30));
      assertThat(task.getName()).isEqualTo("Kiểm tra, ghi nhận kết quả kiểm tra năm 2043 — " + directory.unitName(unit));
    }

    Task atWard = taskOf(instance, Element.RECORD_FINDINGS, "phuong-van-dau");
    Map<String, Object> withoutShortcomingsNamed = findings(true);
    withoutShortcomingsNamed.remove(Var.SHORTCOMINGS);
    assertThatThrownBy(() -> taskService.complete(atWard.getId(), withoutShortcomingsNamed))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Tồn tại, hạn chế»");
    assertThat(taskService.createTaskQuery().taskId(atWard.getId()).singleResult()).as("still open").isNotNull();

    taskService.complete(atWard.getId(), findings(false));

    assertThat(taskOf(instance, Element.RECORD_FINDINGS, "phuong-van-dau")).isNull();
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("phuong-van-dau").count())
        .as("a unit without shortcomings gets no corrective task").isZero();
    assertThat(instance).hasPassed(Element.UNIT_WITHOUT_SHORTCOMINGS).hasNotPassed(Element.CORRECT)
        .isWaitingAt(Element.RECORD_FINDINGS);
    assertThat(runtimeService.getVariable(instance.getId(), Var.FINDINGS)).as("kept per unit, not process-wide").isNull();
  }

  @Test
  void shouldHaveTheUnitCorrectUntilPhongNoiVuAcceptsTheCorrection() {
    ProcessInstance instance = start(2044);
    taskService.complete(task(instance, Element.PLAN).getId(), plan(List.of("phuong-lam-ha")));
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2044, 10, 7, 9, 0).atZone(HANOI).toInstant()));
    taskService.complete(task(instance, Element.RECORD_FINDINGS).getId(), findings(true));

    Task correct = task(instance, Element.CORRECT);
    assertThat(correct).hasCandidateGroup("phuong-lam-ha").hasDueDate(workingDays.after("P15D"));
    assertThat(taskService.getIdentityLinksForTask(correct.getId())).extracting(IdentityLink::getGroupId)
        .containsOnly("phuong-lam-ha");
    // 15 working days from Friday 7/10/2044: three weeks later, Friday 28/10/2044
    assertThat(correct.getDueDate()).isEqualTo(endOfDay(2044, 10, 28));
    assertThat(correct.getName()).isEqualTo("Khắc phục tồn tại, hạn chế sau kiểm tra năm 2044 — Ủy ban nhân dân phường Lãm Hà");
    assertThat(taskService.getVariable(correct.getId(), Var.SHORTCOMINGS)).isEqualTo("Chưa lập sổ theo dõi tiếp nhận ý kiến của Nhân dân");
    assertThatThrownBy(() -> taskService.complete(correct.getId(), Map.of(Var.CORRECTION_REPORT, "   ")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Kết quả khắc phục»");
    taskService.complete(correct.getId(), Map.of(Var.CORRECTION_REPORT, "Đã lập sổ theo dõi từ ngày 15/10"));

    Task verify = task(instance, Element.VERIFY);
    assertThat(verify).hasCandidateGroup(COORDINATOR).hasDueDate(workingDays.after("P5D"));
    assertThatThrownBy(() -> taskService.complete(verify.getId(), Map.of(Var.ACCEPTED, false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Ý kiến»");
    assertThat(task(instance, Element.VERIFY)).as("still open").isNotNull();

    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2044, 11, 1, 9, 0).atZone(HANOI).toInstant()));
    taskService.complete(verify.getId(), Map.of(Var.ACCEPTED, false, CommonVariables.COMMENT.name(), "Sổ theo dõi chưa ghi kết quả trả lời"));

    Task again = task(instance, Element.CORRECT);
    assertThat(again).isNotNull().hasCandidateGroup("phuong-lam-ha").hasDueDate(workingDays.after("P15D"));
    assertThat(again.getDueDate()).as("a fresh period from the refusal").isAfter(correct.getDueDate());
    assertThat(taskService.getVariable(again.getId(), CommonVariables.COMMENT.name())).isEqualTo("Sổ theo dõi chưa ghi kết quả trả lời");
    assertThat(taskService.getVariable(again.getId(), Var.CORRECTION_REPORT)).isEqualTo("Đã lập sổ theo dõi từ ngày 15/10");
    taskService.complete(again.getId(), Map.of(Var.CORRECTION_REPORT, "Đã ghi đầy đủ kết quả trả lời vào sổ"));
    taskService.complete(task(instance, Element.VERIFY).getId(), Map.of(Var.ACCEPTED, true));

    assertThat(instance).hasPassedInOrder(Element.RECORD_FINDINGS, Element.SHORTCOMINGS_GATEWAY, Element.MERGE_CORRECTION,
        Element.CORRECT, Element.VERIFY, Element.CORRECTED_GATEWAY, Element.MERGE_CORRECTION, Element.CORRECT,
        Element.VERIFY, Element.CORRECTED_GATEWAY, Element.UNIT_CORRECTED)
        .isWaitingAt(Element.SUMMARISE).hasNotPassed(Element.UNIT_WITHOUT_SHORTCOMINGS);
  }

  @Test
  void shouldConcludeFromASummaryOfTheFindingsAtEveryUnit() {
    ProcessInstance instance = start(2045);
    taskService.complete(task(instance, Element.PLAN).getId(), plan(List.of("phong-y-te", "cong-an-quan")));
    taskService.complete(taskOf(instance, Element.RECORD_FINDINGS, "cong-an-quan").getId(), findings(false));
    taskService.complete(taskOf(instance, Element.RECORD_FINDINGS, "phong-y-te").getId(), findings(true));
    taskService.complete(task(instance, Element.CORRECT).getId(), Map.of(Var.CORRECTION_REPORT, "Đã lập sổ theo dõi"));
    taskService.complete(task(instance, Element.VERIFY).getId(), Map.of(Var.ACCEPTED, true, CommonVariables.COMMENT.name(), ""));

    assertThat(instance).isWaitingAt(Element.SUMMARISE);
    Job summary = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(Element.SUMMARISE).singleResult();
    managementService.executeJob(summary.getId());

    Task conclude = task(instance, Element.CONCLUDE);
    assertThat(conclude).hasCandidateGroup(COORDINATOR).hasDueDate(endOfDay(2045, 12, 20));
    String text = (String) taskService.getVariable(conclude.getId(), Var.FINDINGS_SUMMARY);
    assertThat(text).contains("năm 2045").contains("Đã kiểm tra 2 cơ quan, đơn vị: 1 có tồn tại")
        .contains("I. CÁC CƠ QUAN, ĐƠN VỊ CÓ TỒN TẠI, HẠN CHẾ ĐÃ CHẤN CHỈNH (1)\n1. " + directory.unitName("phong-y-te"))
        .contains("- Kết quả khắc phục: Đã lập sổ theo dõi")
        .contains("II. CÁC CƠ QUAN, ĐƠN VỊ KHÔNG CÓ TỒN TẠI, HẠN CHẾ CẦN CHẤN CHỈNH (1)\n1. " + directory.unitName("cong-an-quan"));

    assertThatThrownBy(() -> taskService.complete(conclude.getId(), Map.of()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Kết luận kiểm tra»");
    taskService.complete(conclude.getId(), Map.of(Var.CONCLUSION, "Các đơn vị thực hiện nghiêm Chỉ thị số 15-CT/TU"));

    assertThat(instance).isEnded().hasPassedInOrder(Element.OPEN_CYCLE, Element.PLAN, Element.RECORD_FINDINGS,
        Element.SUMMARISE, Element.CONCLUDE, Element.CONCLUDED)
        .hasPassed(Element.UNIT_WITHOUT_SHORTCOMINGS, Element.UNIT_CORRECTED)
        .variables().containsEntry(Var.CONCLUSION, "Các đơn vị thực hiện nghiêm Chỉ thị số 15-CT/TU");
  }

  @Test
  void shouldRefuseToStartTheSameYearTwice() {
    start(2046);

    assertThatThrownBy(() -> start(2046)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("năm 2046 đã được khởi động");
    assertThatThrownBy(() -> start(1999)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("«Năm kiểm tra»");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ct15-inspection:2046").count()).isEqualTo(1);
  }

  @Test
  void shouldMoveTheConclusionToTheDeadlineAndKeepTheEarlierStepsAsFarBefore() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(InspectionProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 2047, CommonVariables.DEADLINE.name(), "2047-12-10"));

    // configured: plan 30/9, findings 30/11, conclusion 20/12: 81 and 20 days before the conclusion
    assertThat(task(instance, Element.PLAN)).hasDueDate(endOfDay(2047, 9, 20));
    assertThat(runtimeService.getVariable(instance.getId(), Var.FINDINGS_DUE_DATE)).isEqualTo(endOfDay(2047, 11, 20));
    assertThat(runtimeService.getVariable(instance.getId(), Var.CONCLUSION_DUE_DATE)).isEqualTo(endOfDay(2047, 12, 10));
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(InspectionProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 2048, CommonVariables.DEADLINE.name(), "10/12/2048")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("10/12/2048");
  }

  @Test
  void shouldStartTheYearByItselfOnFirstSeptember() {
    Job timer = managementService.createJobQuery().processDefinitionKey(InspectionProcess.KEY).timers()
        .activityId(Element.START).singleResult();
    Date fires = timer.getDuedate();
    LocalDateTime firesAt = LocalDateTime.ofInstant(fires.toInstant(), ZoneId.systemDefault());
    assertThat(List.of(firesAt.getMonthValue(), firesAt.getDayOfMonth(), firesAt.getHour())).containsExactly(9, 1, 7);

    ClockUtil.setCurrentTime(fires);
    managementService.executeJob(timer.getId());

    int year = fires.toInstant().atZone(HANOI).getYear();
    ProcessInstance started = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("ct15-inspection:" + year).singleResult();
    assertThat(started).isNotNull().isWaitingAt(Element.PLAN);
    assertThat(task(started, Element.PLAN)).hasDueDate(endOfDay(year, 9, 30));
    assertThat(managementService.createJobQuery().processDefinitionKey(InspectionProcess.KEY).timers()
        .activityId(Element.START).singleResult().getDuedate()).as("next year's timer").isAfter(fires);
  }
}
