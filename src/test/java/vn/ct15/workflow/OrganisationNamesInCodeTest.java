package vn.ct15.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No text in the code names the demo's organisation or plan: what an organisation and its plan
 * call themselves — Kiến An, a quận, Phòng Nội vụ, the city above it, Plan 77/KH-UBND — comes from
 * the directory and the configuration ({@code OrganisationDirectory}, {@code ThePlan}), so another
 * organisation's files make every message its own. Comments may name the demo; string literals may not,
 * nor the models, forms and templates.
 */
class OrganisationNamesInCodeTest {

  /** The demo's own names, as they appear in its directory and plan. */
  static final Pattern DEMO_NAMES = Pattern.compile("(?iu)kiến an|quận|nội vụ|77/KH|hải phòng|thành phố|thành ủy");
  static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  @Test
  void shouldNameNoOrganisationNorPlanInTheCodesTexts() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
            continue;
          }
          Matcher literal = LITERAL.matcher(line);
          while (literal.find()) {
            if (DEMO_NAMES.matcher(literal.group()).find()) {
              found.add(file + ":" + (i + 1) + ": " + literal.group());
            }
          }
        }
      }
    }
    assertThat(found).as("texts in the code that name the demo's organisation or plan").isEmpty();
  }

  /**
   * Nor do the models, the forms and the message templates: their organisation's names are
   * {@code {{names.coordinator}}} (filled in at deployment) or the templates' {@code ${coordinator}},
   * and a form's introduction is the plan file's. A ward is named by its kind ({@code wardKind}).
   */
  @Test
  void shouldNameNoOrganisationNorPlanInTheModelsFormsAndTemplates() throws IOException {
    Pattern names = Pattern.compile(DEMO_NAMES.pattern() + "|phường|kienan|ubnd-quan|15-CT/TU");
    List<String> found = new ArrayList<>();
    for (String dir : List.of("bpmn", "forms", "src/main/resources/templates")) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            Matcher name = names.matcher(lines.get(i));
            if (name.find()) {
              found.add(file + ":" + (i + 1) + ": " + name.group());
            }
          }
        }
      }
    }
    assertThat(found).as("texts in the models, forms and templates that name the demo's organisation or plan").isEmpty();
  }
}
