package vn.ct15.workflow.collision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.EngineTest;

/**
 * A person's task work that lost an optimistic-locking race is run again by the server, up to four
 * times; other commands, the engine's own work without a person, and real failures are not.
 */
@EngineTest
class CollisionRetryTest {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;

  final AtomicInteger runs = new AtomicInteger();
  CollisionRetryPlugin.Retry retry;

  @BeforeEach
  void aRetryInFrontOfACommandThatCollides() {
    retry = new CollisionRetryPlugin.Retry((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
    identityService.setAuthentication("phuong-bac-son.cb", List.of("phuong-bac-son"));
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  /** A next step that collides the given number of times, then succeeds. */
  void collide(int times, RuntimeException failure) {
    retry.setNext(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (runs.incrementAndGet() <= times) {
          throw failure;
        }
        return null;
      }
    });
  }

  @Test
  void shouldRunACompletionAgainUntilItNoLongerCollides() {
    collide(3, new ProcessEngineException("wrapped", new OptimisticLockingException("UPDATE ExecutionEntity[1] failed")));
    retry.execute(new CompleteTaskCmd("t", null));
    assertThat(runs).hasValue(4);
  }

  @Test
  void shouldGiveUpAfterFourAttempts() {
    collide(10, new OptimisticLockingException("UPDATE ExecutionEntity[1] failed"));
    assertThatThrownBy(() -> retry.execute(new CompleteTaskCmd("t", null))).isInstanceOf(OptimisticLockingException.class);
    assertThat(runs).hasValue(CollisionRetryPlugin.ATTEMPTS);
  }

  @Test
  void shouldNotRunAgainARealFailureAnotherCommandOrTheEnginesOwnWork() {
    collide(1, new ProcessEngineException("Không thể hoàn thành nhiệm vụ"));
    assertThatThrownBy(() -> retry.execute(new CompleteTaskCmd("t", null))).isInstanceOf(ProcessEngineException.class);
    assertThat(runs).hasValue(1);

    runs.set(0);
    collide(1, new OptimisticLockingException("x"));
    assertThatThrownBy(() -> retry.execute(new SetJobDuedateCmd("j", null, false))).isInstanceOf(OptimisticLockingException.class);
    assertThat(runs).as("not a person's task work").hasValue(1);

    runs.set(0);
    identityService.clearAuthentication();
    assertThatThrownBy(() -> retry.execute(new CompleteTaskCmd("t", null))).isInstanceOf(OptimisticLockingException.class);
    assertThat(runs).as("no person: a job's, retried by the job executor").hasValue(1);
  }
}
