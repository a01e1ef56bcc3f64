package vn.ct15.workflow.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import vn.ct15.workflow.process.EngineJobs;

/**
 * One e-mail to one person, sent by the job executor as its own job: committed together with the
 * step that decided it, retried while the mail server is down, an incident in Cockpit when it
 * fails for good, and never sent twice by a retry of another step. Its configuration is the
 * template, the recipient's user id and the template's model (small values only).
 *
 * @param checkTaskId when set, the mail is dropped if this task is no longer open when it is sent
 */
public record MailJob(String template, String userId, String checkTaskId, Map<String, Object> model)
    implements JobHandlerConfiguration {

  public static final String TYPE = "ct15-mail";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The job configuration column holds 4000 characters. */
  static final int MAX_CONFIGURATION = 3900;

  /** Queues the mail as a job of the given execution's process instance (and definition, see {@link EngineJobs}). */
  public void enqueue(ExecutionEntity execution) {
    MessageEntity message = new MessageEntity();
    message.setJobHandlerType(TYPE);
    // a mail changes nothing in its process instance, so mails need not wait for one another: a cycle's
    // thousands of reminders go out on every worker of the job executor, not one after the other
    message.setExclusive(false);
    message.setJobHandlerConfigurationRaw(toCanonicalString());
    EngineJobs.onInstance(message, execution);
    Context.getCommandContext().getJobManager().send(message);
  }

  @Override
  public String toCanonicalString() {
    try {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("template", template);
      json.put("userId", userId);
      json.put("checkTaskId", checkTaskId);
      json.put("model", model);
      String text = JSON.writeValueAsString(json);
      if (text.length() > MAX_CONFIGURATION) {
        throw new IllegalStateException("Mail model of '" + template + "' too large for a job (" + text.length() + " characters)");
      }
      return text;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static MailJob parse(String canonical) {
    try {
      Map<String, Object> json = JSON.readValue(canonical, new TypeReference<>() {});
      @SuppressWarnings("unchecked")
      Map<String, Object> model = (Map<String, Object>) json.get("model");
      return new MailJob((String) json.get("template"), (String) json.get("userId"), (String) json.get("checkTaskId"), model);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable mail job configuration", e);
    }
  }
}
