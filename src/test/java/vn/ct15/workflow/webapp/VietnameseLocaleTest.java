package vn.ct15.workflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Camunda webapps (Tasklist, Cockpit, Admin, Welcome) must speak Vietnamese by default: each
 * of our {@code vi.json} files covers every label of the webjar's {@code en.json}, and each of our
 * {@code config.js} files makes {@code vi} the fallback locale. Both are read from the classpath,
 * so the test also proves that our files shadow the webjar's own {@code config.js}.
 */
class VietnameseLocaleTest {

  private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishKeyHasAVietnameseValue(String app) throws IOException {
    JsonNode en = readJson(APP_ROOT + app + "/locales/en.json");
    JsonNode vi = readJson(APP_ROOT + app + "/locales/vi.json");

    List<String> missing = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    compare(en, vi, "", missing, placeholders);

    assertThat(missing)
        .as("%s: key paths of en.json without a non-empty value in vi.json", app)
        .isEmpty();
    assertThat(placeholders)
        .as("%s: vi.json values that lost or changed an {{placeholder}} of en.json", app)
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configNamesVietnameseAsFallbackLocale(String app) throws IOException {
    String code = withoutComments(readText(APP_ROOT + app + "/scripts/config.js"));

    assertThat(code)
        .as("%s/scripts/config.js", app)
        .containsPattern("fallbackLocale['\"]?\\s*:\\s*['\"]vi['\"]")
        .containsPattern("availableLocales['\"]?\\s*:\\s*\\[\\s*['\"]vi['\"]");
  }

  private static void compare(
      JsonNode en, JsonNode vi, String path, List<String> missing, List<String> placeholders) {
    if (en.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String child = path + "/" + field.getKey();
        JsonNode viChild = vi == null || !vi.isObject() ? null : vi.get(field.getKey());
        compare(field.getValue(), viChild, child, missing, placeholders);
      }
    } else if (en.isArray()) {
      for (int i = 0; i < en.size(); i++) {
        JsonNode viChild = vi == null || !vi.isArray() ? null : vi.get(i);
        compare(en.get(i), viChild, path + "[" + i + "]", missing, placeholders);
      }
    } else if (vi == null || vi.isNull() || vi.isContainerNode()) {
      missing.add(path);
    } else if (en.isTextual()) {
      if (!vi.isTextual() || vi.asText().isEmpty()) {
        missing.add(path);
      } else if (!placeholderNames(en.asText()).equals(placeholderNames(vi.asText()))) {
        placeholders.add(path + " " + placeholderNames(en.asText()) + " -> "
            + placeholderNames(vi.asText()));
      }
    }
  }

  private static TreeSet<String> placeholderNames(String text) {
    TreeSet<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** Drops block comments and whole-line {@code //} comments (the defaults are commented out). */
  private static String withoutComments(String js) {
    String noBlocks = js.replaceAll("(?s)/\\*.*?\\*/", "");
    StringBuilder out = new StringBuilder();
    for (String line : noBlocks.split("\n")) {
      if (!line.trim().startsWith("//")) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  private static JsonNode readJson(String resource) throws IOException {
    return JSON.readTree(readText(resource));
  }

  /** Reads a classpath resource as UTF-8; the webjar's en.json files begin with a BOM. */
  private static String readText(String resource) throws IOException {
    try (InputStream in =
        VietnameseLocaleTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("classpath resource %s", resource).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }
}
