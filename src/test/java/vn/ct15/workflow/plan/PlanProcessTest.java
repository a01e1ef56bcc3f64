package vn.ct15.workflow.plan;

import static vn.ct15.workflow.TestTime.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.EngineTest;
import vn.ct15.workflow.plan.PlanProcess.Element;
import vn.ct15.workflow.plan.PlanProcess.Var;
import vn.ct15.workflow.wardplan.WardPlanProcess;
import vn.ct15.workflow.process.CommonVariables;

@EngineTest
class PlanProcessTest {

  static final List<String> SECTIONS = List.of("ct15-dissemination", "ct15-legal-review", "ct15-concretization",
      "ct15-ward-plan", "ct15-unit-plan", "ct15-inspection", "ct15-periodic-report");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanProcess.KEY).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
    for (String key : SECTIONS) {
      runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list().stream()
          .filter(instance -> instance.getBusinessKey() != null && instance.getBusinessKey().matches(".*:208\\d.*"))
          .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
    }
  }

  ProcessInstance startPlan(int year) {
    return runtimeService.startProcessInstanceByKey(PlanProcess.KEY, withVariables(CommonVariables.YEAR.name(), year));
  }

  /** The timer of a run of a section: the plan's start-day timer in the sub-process instance of that run. */
  Job timer(ProcessInstance plan, String runId) {
    List<Job> timers = managementService.createJobQuery().processInstanceId(plan.getId()).timers().activityId(Element.WAIT).list()
        .stream().filter(job -> runId.equals(runtimeService.getVariable(job.getExecutionId(), Var.SECTION_RUN.name()))).toList();
    assertThat(timers).as("the timer of " + runId).hasSize(1);
    return timers.get(0);
  }

  /** Fires the timer of a run at its due date (the engine's clock moved there). */
  void fire(ProcessInstance plan, String runId) {
    Job timer = timer(plan, runId);
    if (timer.getDuedate().after(ClockUtil.getCurrentTime())) {
      ClockUtil.setCurrentTime(timer.getDuedate());
    }
    managementService.executeJob(timer.getId());
  }

  /** How many branches of the plan have passed an element. */
  long passed(ProcessInstance plan, String activityId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(plan.getId()).activityId(activityId)
        .finished().count();
  }

  /** The instance of the sections' multi-instance body, to start another branch in. */
  String sectionsBody(ProcessInstance plan) {
    return Arrays.stream(runtimeService.getActivityInstance(plan.getId()).getChildActivityInstances())
        .filter(child -> child.getActivityId().equals(Element.SECTION + "#multiInstanceBody")).findFirst().orElseThrow().getId();
  }

  /** The called instances of the plan, by business key. */
  Map<String, ProcessInstance> calledBy(ProcessInstance plan) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(plan.getId()).list().stream()
        .collect(Collectors.toMap(ProcessInstance::getBusinessKey, instance -> instance));
  }

  @Test
  void shouldStartTheSectionsDueAlreadyAsCalledInstancesOfThePlan() {
    ClockUtil.setCurrentTime(at(2081, 3, 10, 9, 0));
    ProcessInstance plan = startPlan(2081);
    assertThat(plan).hasBusinessKey("ct15-plan:2081").hasPassed(Element.OPEN_CYCLE).isWaitingAt(Element.WAIT);
    assertThat(runtimeService.getVariable(plan.getId(), Var.SECTION_RUNS.name())).as("one branch per run, in the plan's order")
        .isEqualTo(List.of("dissemination", "legal-review", "ward-plan", "half-year-report", "year-report", "concretization",
            "unit-plan", "inspection", "annual-evaluation"));
    assertThat(timer(plan, "annual-evaluation").getDuedate()).as("Mục I.2.d at year end").isEqualTo(at(2081, 12, 15, 6, 0));
    assertThat(timer(plan, "dissemination").getDuedate()).as("1 January, past: at once").isEqualTo(at(2081, 1, 1, 6, 0));
    assertThat(timer(plan, "ward-plan").getDuedate()).isEqualTo(at(2081, 1, 2, 6, 0));
    assertThat(timer(plan, "inspection").getDuedate()).isEqualTo(at(2081, 9, 1, 6, 0));
    assertThat(timer(plan, "half-year-report").getDuedate()).isEqualTo(at(2081, 6, 1, 6, 0));
    assertThat(timer(plan, "year-report").getDuedate()).isEqualTo(at(2081, 11, 1, 6, 0));

    managementService.createJobQuery().processInstanceId(plan.getId()).timers().duedateLowerThan(ClockUtil.getCurrentTime())
        .list().forEach(job -> managementService.executeJob(job.getId()));

    Map<String, ProcessInstance> called = calledBy(plan);
    assertThat(called).containsOnlyKeys("ct15-dissemination:2081", "ct15-legal-review:2081", "ct15-concretization:2081",
        "ct15-ward-plan:2081", "ct15-unit-plan:2081");
    called.values().forEach(instance -> {
      HistoricProcessInstance history = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(instance.getId()).singleResult();
      assertThat(history.getSuperProcessInstanceId()).as("the parent link Cockpit shows").isEqualTo(plan.getId());
      assertThat(runtimeService.getVariable(instance.getId(), CommonVariables.YEAR.name())).isEqualTo(2081);
    });
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(plan.getId()).count())
        .as("a call for each of the five sections due").isEqualTo(5);
    assertThat(managementService.createJobQuery().processInstanceId(plan.getId()).timers().count())
        .as("inspection, both reports and the evaluation still wait for their days").isEqualTo(4);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(plan.getId()).count()).isZero();
  }

  @Test
  void shouldStartTheDatedSectionsOnTheirDays() {
    ClockUtil.setCurrentTime(at(2081, 12, 20, 9, 0));
    ProcessInstance plan = startPlan(2082);
    assertThat(managementService.createJobQuery().processInstanceId(plan.getId()).timers()
        .duedateLowerThan(ClockUtil.getCurrentTime()).count()).as("nothing due before the plan year").isZero();

    fire(plan, "ward-plan");
    assertThat(ClockUtil.getCurrentTime()).isEqualTo(at(2082, 1, 2, 6, 0));
    ProcessInstance wardPlan = calledBy(plan).get("ct15-ward-plan:2082");
    assertThat(wardPlan).isNotNull().isWaitingAt(WardPlanProcess.Element.WARD);

    fire(plan, "half-year-report");
    assertThat(ClockUtil.getCurrentTime()).isEqualTo(at(2082, 6, 1, 6, 0));
    ProcessInstance halfYear = calledBy(plan).get("ct15-periodic-report:2082-H1");
    assertThat(halfYear).as("the 6-month report of 2082").isNotNull();
    assertThat(halfYear).variables().containsEntry("period", "2082-H1").containsEntry("halfYear", true)
        .containsEntry("year", 2082);

    fire(plan, "year-report");
    assertThat(calledBy(plan).get("ct15-periodic-report:2082")).as("the yearly report of 2082").isNotNull();
    assertThat(runtimeService.getVariable(calledBy(plan).get("ct15-periodic-report:2082").getId(), "halfYear")).isEqualTo(false);
  }

  @Test
  void shouldSkipASectionAlreadyStartedByHand() {
    ProcessInstance byHand = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 2083));
    ClockUtil.setCurrentTime(at(2083, 2, 1, 9, 0));
    ProcessInstance plan = startPlan(2083);

    fire(plan, "ward-plan");

    assertThat(plan).hasPassedInOrder(Element.WAIT, Element.CHECK, Element.SKIPPED).hasNotPassed(Element.CALL);
    assertThat(passed(plan, Element.SKIPPED)).as("the ward plan's branch alone").isEqualTo(1);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ct15-ward-plan:2083").list())
        .extracting(ProcessInstance::getId).containsExactly(byHand.getId());
    assertThat(runtimeService.createIncidentQuery().processInstanceId(plan.getId()).count()).isZero();
  }

  @Test
  void shouldEndTheSectionsOwnTimerStartQuietlyWhenThePlanStartedTheCycle() {
    ClockUtil.setCurrentTime(at(2084, 1, 1, 9, 0));
    ProcessInstance plan = startPlan(2084);
    fire(plan, "ward-plan");
    ProcessInstance fromPlan = calledBy(plan).get("ct15-ward-plan:2084");
    assertThat(fromPlan).isNotNull();

    Job ownTimer = managementService.createJobQuery().processDefinitionKey(WardPlanProcess.KEY).timers()
        .activityId(WardPlanProcess.Element.START).singleResult();
    ClockUtil.setCurrentTime(at(2084, 1, 2, 7, 0));
    long quietEnds = quietEnds(WardPlanProcess.KEY);
    managementService.executeJob(ownTimer.getId());

    assertThat(quietEnds(WardPlanProcess.KEY)).as("the timer's instance ended at «Kỳ đã được khởi động»").isEqualTo(quietEnds + 1);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ct15-ward-plan:2084").list())
        .extracting(ProcessInstance::getId).containsExactly(fromPlan.getId());
    assertThat(runtimeService.createIncidentQuery().processDefinitionKeyIn(WardPlanProcess.KEY).count()).isZero();
    assertThat(managementService.createJobQuery().processDefinitionKey(WardPlanProcess.KEY).timers()
        .activityId(WardPlanProcess.Element.START).singleResult().getDuedate()).as("next year's timer")
        .isEqualTo(at(2085, 1, 2, 7, 0));
  }

  long quietEnds(String processKey) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).finished().list().stream()
        .filter(instance -> WardPlanProcess.Element.CYCLE_ALREADY_STARTED.equals(instance.getEndActivityId())).count();
  }

  @Test
  void shouldEndTheCallQuietlyWhenTheSectionStartedAtTheSameMoment() {
    ClockUtil.setCurrentTime(at(2086, 1, 1, 9, 0));
    ProcessInstance plan = startPlan(2086);
    Job timer = timer(plan, "dissemination");
    // started by hand after the check, before the call (simulated: a branch that starts at the call)
    runtimeService.createProcessInstanceModification(plan.getId()).startBeforeActivity(Element.CALL, sectionsBody(plan))
        .setVariable(Var.SECTION_RUN.name(), "dissemination").execute();
    assertThat(calledBy(plan)).containsKey("ct15-dissemination:2086");
    managementService.executeJob(timer.getId());
    assertThat(plan).hasPassed(Element.SKIPPED);

    runtimeService.createProcessInstanceModification(plan.getId()).startBeforeActivity(Element.CALL, sectionsBody(plan))
        .setVariable(Var.SECTION_RUN.name(), "dissemination").execute();
    assertThat(plan).hasPassed(Element.ALREADY_STARTED, Element.STARTED_AT_THE_SAME_MOMENT);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ct15-dissemination:2086").count()).isEqualTo(1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(plan.getId()).count()).isZero();
  }

  @Test
  void shouldRefuseASecondPlanForTheSameYear() {
    startPlan(2085);
    assertThatThrownBy(() -> startPlan(2085))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("năm 2085 đã được khởi động")
        .hasMessageContaining("ct15-plan:2085");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ct15-plan:2085").count()).isEqualTo(1);
  }
}
