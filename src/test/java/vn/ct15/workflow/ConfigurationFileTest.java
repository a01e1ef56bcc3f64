package vn.ct15.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every setting the code reads is written once, in application.yaml or the plan file it imports: no
 * {@code @DefaultValue} beside it, and no property of a {@code @ConfigurationProperties} record missing
 * from their default documents (where it would bind to null).
 */
class ConfigurationFileTest {

  /** Settings that deliberately have no default: the demo people's password exists only in the demo profile. */
  static final Set<String> ONLY_IN_A_PROFILE = Set.of("ct15.demo-password");
  /** The demo's plan, which application.yaml imports: the plan's own settings (ct15.<section>.*). */
  static final String PLAN_FILE = "plan/kien-an-77.yaml";
  /** Maps written empty ({@code {}}) in application.yaml, which the YAML loader does not list: none by default. */
  static final Set<String> WRITTEN_EMPTY = Set.of("ct15.signing.people");

  @Test
  void shouldFindEverySettingTheCodeReadsInApplicationYaml() throws Exception {
    Set<String> keys = new TreeSet<>();
    for (String file : List.of("application.yaml", PLAN_FILE)) {
      EnumerablePropertySource<?> yaml = (EnumerablePropertySource<?>) new YamlPropertySourceLoader()
          .load(file, new ClassPathResource(file)).get(0);
      keys.addAll(List.of(yaml.getPropertyNames()));
    }

    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
    List<String> missing = new ArrayList<>();
    int records = 0;
    for (BeanDefinition candidate : scanner.findCandidateComponents("vn.ct15.workflow")) {
      Class<?> type = Class.forName(candidate.getBeanClassName());
      ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
      String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
      if (type.isRecord()) {
        records++;
        check(type, prefix, keys, missing);
      }
    }
    assertThat(records).as("the product's settings records").isGreaterThan(15);
    missing.removeAll(WRITTEN_EMPTY);
    assertThat(missing).as("settings read by the code but not written in application.yaml or the plan file").isEmpty();
    String text = new ClassPathResource("application.yaml").getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    for (String key : WRITTEN_EMPTY) {
      assertThat(text).as(key + " written as an empty map").contains(key.substring(key.lastIndexOf('.') + 1) + ": {}");
    }
  }

  private static void check(Class<?> record, String prefix, Set<String> keys, List<String> missing) {
    for (RecordComponent component : record.getRecordComponents()) {
      String key = prefix + "." + kebab(component.getName());
      Class<?> type = component.getType();
      if (type.isRecord()) {
        check(type, key, keys, missing);
      } else if (Map.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
        if (keys.stream().noneMatch(name -> name.equals(key) || name.startsWith(key + ".") || name.startsWith(key + "["))) {
          missing.add(key);
        }
      } else if (!keys.contains(key) && !ONLY_IN_A_PROFILE.contains(key)) {
        missing.add(key);
      }
    }
  }

  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
  }

  @Test
  void shouldWriteNoDefaultInTheCode() throws Exception {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      assertThat(files.filter(file -> file.toString().endsWith(".java")).filter(file -> {
        try {
          return Files.readString(file).contains("@DefaultValue");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList()).as("classes with a second default beside application.yaml").isEmpty();
    }
  }
}
