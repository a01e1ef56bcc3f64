package vn.ct15.workflow.evaluation;

import static vn.ct15.workflow.TestTime.HANOI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.EngineTest;
import vn.ct15.workflow.evaluation.AnnualEvaluationProcess.Element;
import vn.ct15.workflow.evaluation.AnnualEvaluationProcess.Var;
import vn.ct15.workflow.reporting.Submissions;
import vn.ct15.workflow.wardplan.WardPlanProcess;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.process.Motto;

@EngineTest
class AnnualEvaluationProcessTest {

  static final String EXCELLENT = "Hoàn thành xuất sắc nhiệm vụ";
  static final String DONE = "Hoàn thành nhiệm vụ";
  static final String NOT_DONE = "Không hoàn thành nhiệm vụ";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired DecisionService decisionService;
  @Autowired Submissions submissions;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    for (String key : new String[] {AnnualEvaluationProcess.KEY, WardPlanProcess.KEY}) {
      runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list()
          .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
    }
  }

  static Date at(int year, int month, int day, int hour, int minute, int second) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute, second).atZone(HANOI).toInstant());
  }

  ProcessInstance start(int year) {
    return runtimeService.startProcessInstanceByKey(AnnualEvaluationProcess.KEY, withVariables(CommonVariables.YEAR.name(), year));
  }

  /** Runs the summary job: the instance then waits for Phòng Nội vụ's review. */
  void summarise(ProcessInstance instance) {
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(Element.SUMMARISE)
        .singleResult();
    managementService.executeJob(job.getId());
  }

  Task task(ProcessInstance instance, String activity) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult();
  }

  Task wardTask(ProcessInstance wardPlan, String activity, String ward) {
    return taskService.createTaskQuery().processInstanceId(wardPlan.getId()).taskDefinitionKey(activity).list().stream()
        .filter(task -> ward.equals(taskService.getVariable(task.getId(), "unitId"))).findFirst().orElseThrow();
  }

  void draft(ProcessInstance wardPlan, String ward) {
    Map<String, Object> parts = new HashMap<>();
    Motto.PARTS.stream().forEach(part -> parts.put(part, "Nội dung " + part));
    taskService.complete(wardTask(wardPlan, WardPlanProcess.Element.DRAFT, ward).getId(), parts);
  }

  void approve(ProcessInstance wardPlan, String ward) {
    taskService.complete(wardTask(wardPlan, WardPlanProcess.Element.APPROVE, ward).getId(),
        Map.of(CommonVariables.APPROVED.name(), true, CommonVariables.COMMENT.name(), "Đồng ý"));
  }

  /**
   * The ward plan of {@code year}, due 31 March: Bắc Sơn drafts and approves in time; Đông Hòa drafts
   * in time and approves late; Lãm Hà drafts late and never approves; the other wards never draft.
   */
  void playWardPlan(int year) {
    ClockUtil.setCurrentTime(at(year, 1, 2, 8, 0, 0));
    ProcessInstance wardPlan = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), year, CommonVariables.DEADLINE.name(), year + "-03-31"));
    ClockUtil.setCurrentTime(at(year, 3, 1, 9, 0, 0));
    draft(wardPlan, "phuong-bac-son");
    approve(wardPlan, "phuong-bac-son");
    draft(wardPlan, "phuong-dong-hoa");
    ClockUtil.setCurrentTime(at(year, 4, 10, 9, 0, 0));
    approve(wardPlan, "phuong-dong-hoa");
    draft(wardPlan, "phuong-lam-ha");
  }

  @Test
  void shouldCountEachUnitsDutiesOfTheYearAndProposeItsRatingByTheDecisionTable() {
    playWardPlan(2087);
    ClockUtil.setCurrentTime(at(2087, 12, 15, 7, 0, 0));

    ProcessInstance instance = start(2087);

    assertThat(instance).hasBusinessKey("ct15-annual-evaluation:2087").isWaitingAt(Element.SUMMARISE);
    Map<String, Map<String, Object>> units =
        submissions.byUnit(instance.getId(), CommonVariables.UNIT_ID.name(), Var.UNIT_FIELDS);
    assertThat(units).containsKeys("phong-noi-vu", "phong-tu-phap",
        "phuong-bac-son", "phuong-van-dau").doesNotContainKey("ubnd-quan");
    assertThat(units.get("phuong-bac-son")).containsEntry(Var.ON_TIME, 2).containsEntry(Var.LATE, 0)
        .containsEntry(Var.OVERDUE, 0).containsEntry(Var.TOTAL, 2).containsEntry(Var.ON_TIME_PERCENT, 100.0)
        .containsEntry(Var.RATING, EXCELLENT);
    assertThat(units.get("phuong-dong-hoa")).containsEntry(Var.ON_TIME, 1).containsEntry(Var.LATE, 1)
        .containsEntry(Var.OVERDUE, 0).containsEntry(Var.ON_TIME_PERCENT, 50.0).containsEntry(Var.RATING, DONE);
    assertThat(units.get("phuong-lam-ha")).containsEntry(Var.ON_TIME, 0).containsEntry(Var.LATE, 1)
        .containsEntry(Var.OVERDUE, 1).containsEntry(Var.TOTAL, 2).containsEntry(Var.RATING, NOT_DONE);
    assertThat(units.get("phuong-nam-son")).containsEntry(Var.OVERDUE, 1).containsEntry(Var.TOTAL, 1)
        .containsEntry(Var.RATING, NOT_DONE);
    assertThat((String) units.get("phuong-nam-son").get(Var.REASON)).contains("Dưới 50%");
    assertThat(units.get("phong-noi-vu")).containsEntry(Var.TOTAL, 0).containsEntry(Var.RATING, DONE);
    assertThat((String) units.get("phong-noi-vu").get(Var.REASON)).contains("Không có nhiệm vụ đến hạn");
    assertThat(runtimeService.getVariable(instance.getId(), Var.RATING)).as("kept per unit, not process-wide").isNull();

    summarise(instance);

    Task review = task(instance, Element.REVIEW);
    assertThat(review).hasCandidateGroup("phong-noi-vu").hasDueDate(at(2087, 12, 25, 23, 59, 59));
    assertThat(review.getName()).contains("năm 2087");
    String summary = (String) runtimeService.getVariable(instance.getId(), Var.PROPOSALS_SUMMARY);
    assertThat(summary).contains("Mục I.2.d")
        .contains("Ủy ban nhân dân phường Bắc Sơn: " + EXCELLENT)
        .contains("Nhiệm vụ đến hạn: 2; đúng hạn: 2 (100%); trễ hạn: 0; quá hạn: 0")
        .contains("Ủy ban nhân dân phường Đồng Hòa: " + DONE)
        .contains("đúng hạn: 1 (50%); trễ hạn: 1; quá hạn: 0")
        .contains("Ủy ban nhân dân phường Lãm Hà: " + NOT_DONE)
        .contains("- " + EXCELLENT + ": 1")
        .contains("Phòng Nội vụ: " + DONE);
    assertThat(summary.indexOf("Phòng Nội vụ:")).as("directory order").isLessThan(summary.indexOf("Bắc Sơn:"));
  }

  @Test
  void shouldRequireTheConfirmationAndLoopBackToTheReviewWhenTheChairmanReturns() {
    ClockUtil.setCurrentTime(at(2088, 12, 15, 7, 0, 0));
    ProcessInstance instance = start(2088);
    summarise(instance);
    Task review = task(instance, Element.REVIEW);

    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(Var.CONFIRMED, false)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("«Xác nhận đã rà soát số liệu và đề xuất đánh giá»");
    assertThat(task(instance, Element.REVIEW)).isNotNull();

    taskService.complete(review.getId(), Map.of(Var.REVIEW_NOTE, "Giữ nguyên đề xuất", Var.CONFIRMED, true));
    Task decision = task(instance, Element.DECIDE);
    assertThat(decision).hasCandidateUser("chu-tich").hasCandidateUser("pho-chu-tich")
        .hasDueDate(at(2088, 12, 31, 23, 59, 59));
    assertThat(taskService.getVariable(decision.getId(), Var.REVIEW_NOTE)).isEqualTo("Giữ nguyên đề xuất");
    assertThatThrownBy(() -> taskService.complete(decision.getId(), Map.of(CommonVariables.APPROVED.name(), false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Ý kiến»");

    taskService.complete(decision.getId(), Map.of(CommonVariables.APPROVED.name(), false, CommonVariables.COMMENT.name(), "Xem lại đề xuất của các phường"));

    Task again = task(instance, Element.REVIEW);
    assertThat(again).isNotNull().hasCandidateGroup("phong-noi-vu");
    assertThat(taskService.getVariable(again.getId(), CommonVariables.COMMENT.name())).isEqualTo("Xem lại đề xuất của các phường");
    assertThat(taskService.getVariable(again.getId(), Var.CONFIRMED)).as("confirmed anew each time").isNull();
    taskService.complete(again.getId(), Map.of(Var.REVIEW_NOTE, "Đã xem lại", Var.CONFIRMED, true));
    taskService.complete(task(instance, Element.DECIDE).getId(), Map.of(CommonVariables.APPROVED.name(), true));

    assertThat(instance).isEnded().hasPassedInOrder(Element.OPEN_CYCLE, Element.PROPOSE_RATING, Element.SUMMARISE,
        Element.MERGE_REVIEW, Element.REVIEW, Element.DECIDE, Element.APPROVED_GATEWAY, Element.MERGE_REVIEW,
        Element.REVIEW, Element.DECIDE, Element.APPROVED_GATEWAY, Element.APPROVED);
  }

  @Test
  void shouldRefuseToEvaluateTheSameYearTwice() {
    start(2089);

    assertThatThrownBy(() -> start(2089))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("năm 2089 đã được khởi động");
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("ct15-annual-evaluation:2089").count()).isEqualTo(1);
  }

  @Test
  void shouldMoveTheDecisionAndTheReviewByTheDeadlineOverride() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(AnnualEvaluationProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 2090, CommonVariables.DEADLINE.name(), "2090-12-20"));
    summarise(instance);

    assertThat(task(instance, Element.REVIEW)).hasDueDate(at(2090, 12, 14, 23, 59, 59));
    assertThat(runtimeService.getVariable(instance.getId(), Var.DECISION_DUE_DATE)).isEqualTo(at(2090, 12, 20, 23, 59, 59));
  }

  @Test
  void shouldDeployTheDrawnDecisionTableAndStartEveryYearByTimer() throws Exception {
    DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(AnnualEvaluationProcess.DECISION)
        .variables(Map.of("onTime", 4, "late", 1, "overdue", 0, "total", 5, "onTimePercent", 80.0))
        .evaluate().getSingleResult();
    assertThat((String) result.getEntry("rating")).isEqualTo("Hoàn thành tốt nhiệm vụ");
    try (InputStream dmn = getClass().getResourceAsStream("/processes/ct15-annual-rating.dmn")) {
      assertThat(new String(dmn.readAllBytes(), StandardCharsets.UTF_8))
          .contains("<dmndi:DMNShape id=\"DMNShape_AnnualRating\" dmnElementRef=\"Decision_AnnualRating\">");
    }
    assertThat(managementService.createJobQuery().processDefinitionKey(AnnualEvaluationProcess.KEY)
        .activityId(Element.START).timers().count()).isEqualTo(1);
  }
}
