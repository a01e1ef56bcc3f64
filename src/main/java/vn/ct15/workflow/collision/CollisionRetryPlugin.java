package vn.ct15.workflow.collision;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.EngineLists;

/**
 * A person's work that collides with the engine's own at the same moment — a unit completing its
 * report while the deadline's escalation marks it late, Phòng Nội vụ recording its urging while the
 * cycle moves on — is tried again by the server, not answered with an error: the engine refuses the
 * later of two transactions that changed the same rows (optimistic locking) and rolls it back
 * entirely, so running the same command again is safe. Up to {@value #ATTEMPTS} attempts, a few tens
 * of milliseconds apart; a request that still collides is answered 409 with a Vietnamese message
 * (see {@code security.ClearRestErrors}), and what the person entered stays on their form.
 *
 * <p>Only the outermost call of a logged-in person's task work and starts is retried; jobs are the job
 * executor's to retry (at once, see {@code deadline.WatchJobRetryCmd}), and nested calls are part of
 * their outer command's transaction.
 */
@Component
class CollisionRetryPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(CollisionRetryPlugin.class);
  static final int ATTEMPTS = 4;
  /** The engine's commands of a person's work; each runs in a transaction of its own and changes nothing before it commits. */
  static final Set<String> RETRIED = Set.of("CompleteTaskCmd", "SubmitTaskFormCmd", "ResolveTaskCmd", "ClaimTaskCmd",
      "AssignTaskCmd", "DelegateTaskCmd", "SetTaskVariablesCmd", "PatchTaskVariablesCmd", "RemoveTaskVariablesCmd",
      "SubmitStartFormCmd", "StartProcessInstanceCmd", "AddCommentCmd");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineLists.of(configuration::getCustomPreCommandInterceptorsTxRequired,
        configuration::setCustomPreCommandInterceptorsTxRequired).add(0, new Retry(configuration));
  }

  /** Runs a person's command again when it lost an optimistic-locking race. */
  static final class Retry extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    Retry(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (Context.getCommandContext() != null || !RETRIED.contains(command.getClass().getSimpleName())
          || configuration.getIdentityService().getCurrentAuthentication() == null) {
        return next.execute(command);
      }
      for (int attempt = 1; ; attempt++) {
        try {
          return next.execute(command);
        } catch (RuntimeException failure) {
          if (attempt >= ATTEMPTS || !collided(failure)) {
            throw failure;
          }
          LOG.debug("{} collided with another transaction (attempt {}); trying again", command.getClass().getSimpleName(), attempt);
          pause(attempt);
        }
      }
    }

    private static void pause(int attempt) {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextLong(10, 40) * attempt);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Whether the failure is a lost optimistic-locking race, however the engine wrapped it. */
  static boolean collided(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }
}
