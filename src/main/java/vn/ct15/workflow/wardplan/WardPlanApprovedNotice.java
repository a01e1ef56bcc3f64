package vn.ct15.workflow.wardplan;

import static vn.ct15.workflow.wardplan.WardPlanProcess.Var;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.notification.Mailer;
import vn.ct15.workflow.process.CommonVariables;

/**
 * Tells Phòng Nội vụ that a ward's plan was approved, and which wards are still open. Runs as its
 * own job (asyncBefore), so a mail server that is down never undoes an approval.
 */
@Component("wardPlanApprovedNotice")
class WardPlanApprovedNotice implements JavaDelegate {

  static final String TEMPLATE = "ward-plan-approved";

  private final OrganisationDirectory directory;
  private final RuntimeService runtimeService;
  private final Mailer mailer;

  WardPlanApprovedNotice(OrganisationDirectory directory, RuntimeService runtimeService, Mailer mailer) {
    this.directory = directory;
    this.runtimeService = runtimeService;
    this.mailer = mailer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String ward = CommonVariables.UNIT_ID.fromOrNull(execution);
    List<String> stillOpen = runtimeService.createVariableInstanceQuery()
        .processInstanceIdIn(execution.getProcessInstanceId()).variableName(CommonVariables.UNIT_ID.name()).list().stream()
        .map(VariableInstance::getValue).map(String::valueOf).filter(unit -> !unit.equals(ward))
        .map(directory::unitName).sorted().toList();
    String coordinator = directory.unitOfKind(UnitKind.COORDINATOR.code());
    List<String> recipients = directory.members(coordinator).stream().map(User::getEmail)
        .filter(email -> email != null && !email.isBlank()).toList();
    mailer.send(recipients, TEMPLATE, Map.of(
        "year", CommonVariables.YEAR.fromOrNull(execution),
        "ward", directory.unitName(ward),
        "comment", String.valueOf(CommonVariables.COMMENT.fromOrNull(execution) == null ? "" : CommonVariables.COMMENT.fromOrNull(execution)),
        "stillOpen", stillOpen,
        "processInstanceId", execution.getProcessInstanceId()));
  }
}
