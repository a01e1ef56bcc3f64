package vn.ct15.workflow.notification;

import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/** Sends one {@link MailJob}; a mail server that refuses it fails the job, which the engine retries. */
public class MailJobHandler implements JobHandler<MailJob> {

  private static final Logger LOG = LoggerFactory.getLogger(MailJobHandler.class);

  private final ObjectProvider<Mailer> mailer;

  public MailJobHandler(ObjectProvider<Mailer> mailer) {
    this.mailer = mailer;
  }

  @Override
  public String getType() {
    return MailJob.TYPE;
  }

  @Override
  public void execute(MailJob mail, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    if (mail.checkTaskId() != null && commandContext.getTaskManager().findTaskById(mail.checkTaskId()) == null) {
      LOG.debug("Mail '{}' to {} dropped: task {} is done", mail.template(), mail.userId(), mail.checkTaskId());
      return;
    }
    User user = commandContext.getProcessEngineConfiguration().getIdentityService().createUserQuery()
        .userId(mail.userId()).singleResult();
    if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
      LOG.warn("Mail '{}' not sent: user {} has no e-mail address", mail.template(), mail.userId());
      return;
    }
    java.util.Map<String, Object> model = new java.util.HashMap<>(mail.model());
    model.put("recipient", (user.getFirstName() + " " + user.getLastName()).trim());
    mailer.getObject().send(List.of(user.getEmail()), mail.template(), model);
  }

  @Override
  public MailJob newConfiguration(String canonicalString) {
    return MailJob.parse(canonicalString);
  }

  @Override
  public void onDelete(MailJob configuration, JobEntity jobEntity) {
    // nothing to clean up
  }
}
