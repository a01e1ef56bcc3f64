package vn.ct15.workflow.process;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The texts of the plan file that officials read with their tasks.
 *
 * @param descriptions what Tasklist shows under a task's name (its description), by process key and
 *     task id, in the plan's words; an expression ({@code ${...}}) is evaluated with the task. A task not
 *     listed shows its model's documentation.
 */
@ConfigurationProperties("ct15.tasks")
public record TaskTexts(Map<String, Map<String, String>> descriptions) {

  public TaskTexts {
    descriptions = descriptions == null ? Map.of() : Map.copyOf(descriptions);
  }

  /** The plan file's description of a task, or null. */
  public String description(String processKey, String taskId) {
    Map<String, String> tasks = descriptions.get(processKey);
    return tasks == null ? null : tasks.get(taskId);
  }
}
