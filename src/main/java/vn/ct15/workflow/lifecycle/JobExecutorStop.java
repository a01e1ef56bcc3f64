package vn.ct15.workflow.lifecycle;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.AcquireJobsRunnable;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.SequentialJobAcquisitionRunnable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Stops the job executor first when the node stops (SIGTERM, Ctrl-C, a context close): no further
 * job is acquired, and the jobs already acquired (running or queued in the pool) run to their end
 * while the engine and the database are still open. Without it Spring closed the engine and the pool
 * with jobs in flight, and those jobs stayed locked in the database for the lock time (5 minutes)
 * before another start could run them.
 *
 * <p>The acquisition's last round may also have batches the full pool refused: Camunda hands them
 * to the next round, and there is none after the stop, so they are unlocked here (as Camunda unlocks
 * the queued jobs of a stopped executor) and run at the next start at once.
 *
 * <p>It stops in the first shutdown phase, before the web server drains its requests; a job still
 * running after {@code spring.lifecycle.timeout-per-shutdown-phase} is interrupted and its
 * transaction rolls back, so it runs again at the next start. The pool is Camunda's
 * {@code camundaTaskExecutor}.
 */
@Component
@ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", havingValue = "true", matchIfMissing = true)
class JobExecutorStop implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(JobExecutorStop.class);

  private final JobExecutor jobExecutor;
  private final TaskExecutor pool;
  private final Duration timeout;

  JobExecutorStop(JobExecutor jobExecutor, @Qualifier("camundaTaskExecutor") TaskExecutor pool,
      @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration timeout) {
    this.jobExecutor = jobExecutor;
    this.pool = pool;
    this.timeout = timeout;
  }

  /** Stops before every other part of the node (the web server and the executors Spring stops). */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE;
  }

  /** The job executor is started by Camunda once the application is ready, not by this bean. */
  @Override
  public void start() {
    // nothing: Camunda's JobExecutorStartingEventListener starts it
  }

  @Override
  public boolean isRunning() {
    return jobExecutor.isActive();
  }

  @Override
  public void stop() {
    long started = System.nanoTime();
    // the executor forgets its acquisition when it shuts down: keep it to read its last round
    AcquireJobsRunnable acquisition = jobExecutor.getAcquireJobsRunnable();
    jobExecutor.shutdown();
    unlockRefusedBatches(acquisition);
    if (!(pool instanceof ThreadPoolTaskExecutor threadPool)) {
      return;
    }
    ThreadPoolExecutor executor = threadPool.getThreadPoolExecutor();
    int inFlight = executor.getActiveCount() + executor.getQueue().size();
    executor.shutdown();
    try {
      if (executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.info("Job executor stopped: {} job batch(es) in flight finished in {} ms", inFlight,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return;
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    List<Runnable> neverStarted = executor.shutdownNow();
    LOG.warn("Job executor stopped after {}: the jobs still running were interrupted and {} batch(es) never started;"
        + " they roll back and run at the next start once their lock expires", timeout, neverStarted.size());
  }

  /** Unlocks the batches the pool refused in the acquisition's last round. */
  private void unlockRefusedBatches(AcquireJobsRunnable acquisition) {
    if (!(acquisition instanceof SequentialJobAcquisitionRunnable sequential)) {
      return;
    }
    Map<String, List<List<String>>> refused = sequential.getAcquisitionContext().getRejectedJobsByEngine();
    int unlocked = 0;
    for (ProcessEngineImpl engine : jobExecutor.getProcessEngines()) {
      for (List<String> batch : refused.getOrDefault(engine.getName(), List.of())) {
        // the executor is no longer active: the runnable unlocks each job instead of running it
        jobExecutor.getExecuteJobsRunnable(batch, engine).run();
        unlocked += batch.size();
      }
    }
    refused.clear();
    if (unlocked > 0) {
      LOG.info("Job executor stopped: {} job(s) the full pool had refused unlocked for the next start", unlocked);
    }
  }
}
