package vn.ct15.workflow.plan;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Checks at start that every setting of the product has a value: a plan file (CT15_PLAN) that leaves
 * out a section's deadline or its dashboard headings would otherwise bind it to nothing and fail
 * months later, when the section runs. Refuses the start naming each missing setting and the plan
 * file, as the engine is being built (before the webapps serve anyone and before any job runs).
 */
@Component
class SettingsCheck extends AbstractProcessEnginePlugin {

  /** Settings that only some profiles give: the demo people's password. */
  static final Set<String> OPTIONAL = Set.of("ct15.demo-password");

  private final ApplicationContext context;
  private final Environment environment;

  SettingsCheck(ApplicationContext context, Environment environment) {
    this.context = context;
    this.environment = environment;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<String> missing = new ArrayList<>();
    for (Object settings : context.getBeansWithAnnotation(ConfigurationProperties.class).values()) {
      Class<?> type = settings.getClass();
      ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
      if (annotation == null || !type.isRecord()) {
        continue;
      }
      String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
      if (prefix.startsWith("ct15")) {
        check(settings, prefix, missing);
      }
    }
    if (!missing.isEmpty()) {
      throw SettingsMissingException.of(environment, missing);
    }
  }

  private static void check(Object record, String prefix, List<String> missing) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      String key = prefix + "." + component.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
      Object value;
      try {
        java.lang.reflect.Method accessor = component.getAccessor();
        accessor.setAccessible(true);
        value = accessor.invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read " + key, e);
      }
      if (value == null) {
        if (!OPTIONAL.contains(key)) {
          missing.add(key);
        }
      } else if (value.getClass().isRecord() && value.getClass().getPackageName().startsWith("vn.ct15")) {
        check(value, key, missing);
      }
    }
  }
}
