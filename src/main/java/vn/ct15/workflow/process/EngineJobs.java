package vn.ct15.workflow.process;

import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

/**
 * The jobs the product creates itself (reminders, escalations, e-mails, a cycle's batches) belong to
 * a process instance and carry its process definition, as the engine's own jobs do: Camunda checks a
 * job's authorizations through its definition's key, and checks none on a job without one, which
 * every official could then list, run and reschedule.
 */
public final class EngineJobs {

  private EngineJobs() {}

  /**
   * Makes {@code job} a job of the execution's process instance and definition, but not of the execution
   * itself: a first job of an execution updates the execution's row, which a job that changes nothing in
   * the instance (an e-mail) or runs in turn with the instance's other jobs (an escalation) must not do.
   */
  public static <J extends JobEntity> J onInstance(J job, ExecutionEntity execution) {
    job.setProcessInstanceId(execution.getProcessInstanceId());
    job.setRootProcessInstanceId(execution.getRootProcessInstanceId());
    ProcessDefinitionEntity definition = execution.getProcessDefinition();
    job.setProcessDefinitionId(definition.getId());
    job.setProcessDefinitionKey(definition.getKey());
    job.setDeploymentId(definition.getDeploymentId());
    return job;
  }

  /** Makes {@code job} a job of the execution, its process instance and its process definition. */
  public static <J extends JobEntity> J on(J job, ExecutionEntity execution) {
    job.setExecution(execution);
    ProcessDefinitionEntity definition = execution.getProcessDefinition();
    job.setProcessDefinitionId(definition.getId());
    job.setProcessDefinitionKey(definition.getKey());
    return job;
  }
}
