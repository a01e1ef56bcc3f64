package vn.ct15.workflow.periodicreport;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** What tests without a job executor do to run a reporting period: the jobs the engine would run. */
public final class PeriodicReportTesting {

  private PeriodicReportTesting() {}

  /** Runs the jobs that give every unit of the period its report. */
  public static ProcessInstance assign(ManagementService managementService, ProcessInstance cycle) {
    assignmentJobs(managementService, cycle).forEach(job -> managementService.executeJob(job.getId()));
    return cycle;
  }

  /** The period's jobs that give its units their reports, a batch each. */
  public static List<Job> assignmentJobs(ManagementService managementService, ProcessInstance cycle) {
    return managementService.createJobQuery().processInstanceId(cycle.getId()).list().stream()
        .filter(job -> UnitAssignment.JOB_TYPE.equals(((JobEntity) job).getJobHandlerType())).toList();
  }

  /** The open report task of a unit in the period with this business key. */
  public static Task reportTask(TaskService taskService, String businessKey, String unit) {
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(PeriodicReportUnitProcess.Element.SUBMIT_REPORT).taskCandidateGroup(unit).singleResult();
  }

  /** Runs the jobs that record the saved reports (the last one moves the period on to its draft). */
  public static void recordReports(ManagementService managementService) {
    managementService.createJobQuery().activityId(PeriodicReportUnitProcess.Element.RECORD_REPORTED).list()
        .forEach(job -> managementService.executeJob(job.getId()));
    cycleJobs(managementService).forEach(job -> managementService.executeJob(job.getId()));
  }

  /** The jobs that tell a cycle that every unit has reported, as the job executor would run them. */
  public static List<Job> cycleJobs(ManagementService managementService) {
    return managementService.createJobQuery().processDefinitionKey(PeriodicReportProcess.KEY).messages().list().stream()
        .filter(job -> UnitReported.JOB_TYPE.equals(((JobEntity) job).getJobHandlerType())).toList();
  }

  /** Deletes every period and every unit's report left running. */
  public static void cleanUp(RuntimeService runtimeService) {
    for (String key : new String[] {PeriodicReportProcess.KEY, PeriodicReportUnitProcess.KEY}) {
      runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list()
          .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
    }
  }
}
