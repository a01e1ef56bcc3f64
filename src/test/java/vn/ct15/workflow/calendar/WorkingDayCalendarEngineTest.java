package vn.ct15.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.EngineTest;

/** The working-day calendar inside the engine: a due date and a timer counted in working days. */
@EngineTest
class WorkingDayCalendarEngineTest {

  static final String KEY = "ct15-working-day-test";
  static final String TASK_REPLY = "Task_Reply";
  static final String TIMER_LATE = "Timer_ReplyLate";
  static final String END_LATE = "EndEvent_ReplyLate";

  /** A modeller's use of the calendar: the reply is due in 10 working days, a reminder path fires after 3. */
  static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess(KEY)
      .camundaHistoryTimeToLive(1)
      .startEvent("StartEvent_Received")
      .userTask(TASK_REPLY).name("Trả lời")
          .camundaCandidateGroups("phong-noi-vu")
          .camundaDueDate("${workingDays.after('P10D')}")
      .endEvent("EndEvent_Replied")
      .moveToActivity(TASK_REPLY)
      .boundaryEvent(TIMER_LATE).timerWithDate("${workingDays.after('P3D')}")
      .endEvent(END_LATE)
      .done();

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired WorkingDayCalendar workingDays;

  Deployment deployment;

  @BeforeEach
  void deploy() {
    deployment = repositoryService.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", MODEL).deploy();
  }

  @AfterEach
  void undeploy() {
    ClockUtil.reset();
    repositoryService.deleteDeployment(deployment.getId(), true);
  }

  static Date at(String isoDateTime) {
    return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
  }

  @Test
  void shouldBeTheEnginesBusinessCalendarCt15() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getBusinessCalendarManager().getBusinessCalendar(WorkingDayCalendar.NAME)).isSameAs(workingDays);
    assertThat(configuration.getBusinessCalendarManager().getBusinessCalendar("duration")).isNotNull();
  }

  @Test
  void shouldGiveAUserTaskItsDueDateInWorkingDaysAcrossTet() {
    // Tuesday 10/2/2026, 09:00 in Hà Nội, four days before Tết (off 14/2-22/2/2026).
    ClockUtil.setCurrentTime(at("2026-02-10T09:00:00+07:00"));

    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY);

    Task reply = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_REPLY).singleResult();
    // 1 Wed 11/2, 2 Thu 12/2, 3 Fri 13/2, (Tết), 4-8 Mon 23/2-Fri 27/2, (weekend), 9 Mon 2/3, 10 Tue 3/3/2026.
    assertThat(reply.getDueDate()).isEqualTo(at("2026-03-03T23:59:59+07:00"));
  }

  @Test
  void shouldFireATimerAfterWorkingDays() {
    // Wednesday 11/2/2026: 3 working days are Thu 12/2, Fri 13/2 and, after Tết, Mon 23/2/2026.
    ClockUtil.setCurrentTime(at("2026-02-11T10:00:00+07:00"));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY);

    Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(TIMER_LATE).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at("2026-02-23T23:59:59+07:00"));

    // During Tết, and on the last day until its end, the timer is not yet due.
    ClockUtil.setCurrentTime(at("2026-02-23T23:59:00+07:00"));
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).activityId(TIMER_LATE).executable().count()).isZero();

    ClockUtil.setCurrentTime(at("2026-02-24T00:00:00+07:00"));
    Job due = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(TIMER_LATE).executable().singleResult();
    assertThat(due).isNotNull();
    managementService.executeJob(due.getId());

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(END_LATE).count()).isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_REPLY).singleResult().getDeleteReason()).isEqualTo("deleted");
  }
}
