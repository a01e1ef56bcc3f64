package vn.ct15.workflow.extension;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.extension.ExtensionProcess.Var;
import vn.ct15.workflow.notification.Mailer;
import vn.ct15.workflow.process.CommonVariables;

/**
 * Tells the person who asked, and their unit's heads, what was decided: granted until when, or
 * refused with Phòng Nội vụ's comment. Runs as a job of its own (asyncBefore): a mail server that is
 * down delays the mail, never the decision.
 */
@Component("extensionNotice")
class ExtensionNotice implements JavaDelegate {

  static final String TEMPLATE = "extension-decided";
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final OrganisationDirectory directory;
  private final IdentityService identityService;
  private final Deadlines deadlines;
  private final Mailer mailer;

  ExtensionNotice(OrganisationDirectory directory, IdentityService identityService, Deadlines deadlines, Mailer mailer) {
    this.directory = directory;
    this.identityService = identityService;
    this.deadlines = deadlines;
    this.mailer = mailer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Set<String> addresses = new LinkedHashSet<>();
    User requester = identityService.createUserQuery().userId((String) execution.getVariable(Var.REQUESTER)).singleResult();
    if (requester != null && requester.getEmail() != null) {
      addresses.add(requester.getEmail());
    }
    String unit = CommonVariables.UNIT_ID.fromOrNull(execution);
    if (unit != null && directory.find(unit).isPresent()) {
      directory.heads(unit).stream().map(User::getEmail).filter(email -> email != null && !email.isBlank()).forEach(addresses::add);
    }
    if (addresses.isEmpty()) {
      return;
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("duty", execution.getVariable(Var.TASK_NAME));
    model.put("unit", execution.getVariable(Var.UNIT_NAME));
    model.put("granted", Var.GRANT.equals(execution.getVariable(Var.DECISION)));
    model.put("applied", Boolean.TRUE.equals(execution.getVariable(Var.APPLIED)));
    model.put("proposedDue", execution.getVariable(Var.PROPOSED_DUE_TEXT));
    model.put("grantedDue", format((Date) execution.getVariable(Var.GRANTED_DUE)));
    Object comment = execution.getVariable(Var.COMMENT);
    model.put("comment", comment == null ? "" : String.valueOf(comment));
    model.put("coordinator", directory.unitName(directory.unitOfKind(UnitKind.COORDINATOR.code())));
    model.put("taskId", execution.getVariable(Var.TASK_ID));
    mailer.send(addresses, TEMPLATE, model);
  }

  private String format(Date date) {
    return date == null ? "" : date.toInstant().atZone(deadlines.zone()).format(DATE_TIME);
  }
}
