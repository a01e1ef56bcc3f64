package vn.ct15.workflow.plan;

import java.util.Collection;
import org.springframework.core.env.Environment;

/** Settings the product needs are not written in the plan file nor in application.yaml. */
public class SettingsMissingException extends IllegalStateException {

  SettingsMissingException(String message) {
    super(message);
  }

  /** The settings by key, sorted, as the plan file (or application.yaml) should give them. */
  public static SettingsMissingException of(Environment environment, Collection<String> keys) {
    return new SettingsMissingException("Thiếu " + keys.size() + " thiết lập trong tệp kế hoạch "
        + environment.getProperty("spring.config.import", "(spring.config.import)") + " hoặc application.yaml: "
        + String.join(", ", keys.stream().sorted().toList()) + ".");
  }
}
