package vn.ct15.workflow.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    if (dropped(mail, commandContext)) {
      return;
    }
    User user = commandContext.getProcessEngineConfiguration().getIdentityService().createUserQuery()
        .userId(mail.userId()).singleResult();
    if (!reachable(mail, user)) {
      return;
    }
    mailer.getObject().send(List.of(user.getEmail()), mail.template(), personal(mail, user));
  }

  /**
   * Sends the mails now, within the current step, over one connection to the mail server, instead of
   * a job each: for the many personal mails of one step (a task's reminders), whose recipients the
   * step has read already ({@code users}, by user id; a mail to someone not among them is not sent, as
   * to a person without an address). Each mail the server does not take (down, refusing) is queued as
   * its own job of the given execution, exactly as {@link MailJob#enqueue} does, so an outage costs no
   * mail and fails no step, and a person already mailed is not mailed again by the step. Unlike a
   * queued mail, one sent now goes out again should the step itself fail after sending and be retried
   * (delivery is at least once either way).
   */
  public void sendNowOrEnqueue(List<MailJob> mails, Map<String, User> users, ExecutionEntity execution,
      CommandContext commandContext) {
    List<MailJob> open = mails.stream().filter(mail -> !dropped(mail, commandContext)).toList();
    List<Mailer.Letter> letters = new ArrayList<>(open.size());
    Map<Mailer.Letter, MailJob> mailOf = new IdentityHashMap<>();
    for (MailJob mail : open) {
      User user = users.get(mail.userId());
      if (reachable(mail, user)) {
        Mailer.Letter letter = new Mailer.Letter(user.getEmail(), mail.template(), personal(mail, user));
        letters.add(letter);
        mailOf.put(letter, mail);
      }
    }
    for (Mailer.Letter unsent : mailer.getObject().sendEach(letters)) {
      mailOf.get(unsent).enqueue(execution);
    }
  }

  private static boolean dropped(MailJob mail, CommandContext commandContext) {
    if (mail.checkTaskId() != null && commandContext.getTaskManager().findTaskById(mail.checkTaskId()) == null) {
      LOG.debug("Mail '{}' to {} dropped: task {} is done", mail.template(), mail.userId(), mail.checkTaskId());
      return true;
    }
    return false;
  }

  private static boolean reachable(MailJob mail, User user) {
    if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
      LOG.warn("Mail '{}' not sent: user {} has no e-mail address", mail.template(), mail.userId());
      return false;
    }
    return true;
  }

  /** The mail's model with the person's name as {@code recipient} ("Kính gửi ..."). */
  private static Map<String, Object> personal(MailJob mail, User user) {
    Map<String, Object> model = new HashMap<>(mail.model());
    model.put("recipient", (user.getFirstName() + " " + user.getLastName()).trim());
    return model;
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
