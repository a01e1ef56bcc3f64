package vn.ct15.workflow.deadline;

import static vn.ct15.workflow.TestTime.HANOI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.EngineTest;
import vn.ct15.workflow.wardplan.WardPlanProcess;
import vn.ct15.workflow.process.CommonVariables;

/**
 * A job that lost an optimistic-locking race runs again at once, its retries and record untouched;
 * a real failure waits for the retry cycle ({@code failedJobRetryTimeCycle}, R10/PT5M) and counts.
 */
@EngineTest
class JobRetryTest {


  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  ProcessInstance instance;
  Date now;

  @BeforeEach
  void aCycleWithItsReminderJobs() {
    now = Date.from(LocalDateTime.of(2077, 3, 1, 9, 0).atZone(HANOI).toInstant());
    ClockUtil.setCurrentTime(now);
    instance = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, Map.of(CommonVariables.YEAR.name(), 2077));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    runtimeService.deleteProcessInstance(instance.getId(), "test cleanup");
  }

  Job fail(Throwable failure) {
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
        .filter(timer -> DeadlineWatchPlugin.REMINDER.equals(((JobEntity) timer).getJobHandlerType())).findFirst().orElseThrow();
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(new WatchJobRetryCmd(job.getId(), failure));
    return managementService.createJobQuery().jobId(job.getId()).singleResult();
  }

  @Test
  void shouldRunAJobThatLostARaceAgainAtOnce() {
    Job retried = fail(new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity[1]' failed."));
    assertThat(retried.getDuedate()).isEqualTo(now);
    assertThat(retried.getRetries()).as("untouched").isEqualTo(3);
    assertThat(retried.getExceptionMessage()).isNull();
  }

  @Test
  void shouldLetARealFailureWaitForTheRetryCycle() {
    Job retried = fail(new IllegalStateException("Mail server connection failed"));
    assertThat(retried.getDuedate()).isEqualTo(new Date(now.getTime() + 5 * 60_000L));
    assertThat(retried.getRetries()).as("R10, one spent").isEqualTo(9);
    assertThat(retried.getExceptionMessage()).contains("Mail server connection failed");
  }
}
