package vn.ct15.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.wardplan.WardPlanProcess;
import vn.ct15.workflow.process.CommonVariables;

/**
 * The history's removal time is known from a process's start (its start plus the process's
 * historyTimeToLive of ten years) and written with each history row, so an instance's end does not
 * update every history table for it.
 */
@EngineTest
class HistoryRetentionTest {

  static final Duration TIME_TO_LIVE = Duration.ofDays(3650);

  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  ProcessInstance instance;

  @AfterEach
  void cleanUp() {
    if (instance != null) {
      runtimeService.deleteProcessInstance(instance.getId(), "test cleanup");
    }
  }

  @Test
  void shouldGiveARunningProcessAndItsTasksTheirRemovalTimeFromTheStart() {
    instance = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, Map.of(CommonVariables.YEAR.name(), 2047));

    HistoricProcessInstance started = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult();
    assertThat(started.getEndTime()).as("still running").isNull();
    assertThat(started.getRemovalTime()).as("known from the start").isNotNull();
    assertThat(started.getRemovalTime().toInstant()).isEqualTo(started.getStartTime().toInstant().plus(TIME_TO_LIVE));
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list())
        .isNotEmpty().extracting(HistoricTaskInstance::getRemovalTime).containsOnly(started.getRemovalTime());
  }
}
