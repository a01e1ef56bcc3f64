package vn.ct15.workflow.form;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The plan file's texts on the forms.
 *
 * @param intros the introduction of each form (its {@code Text_Intro}, Markdown), by form id, in the
 *     plan's words: which section of the plan the task carries out and what it asks. Every form that
 *     has an introduction needs one; the start refuses a plan file that leaves one out.
 */
@ConfigurationProperties("ct15.forms")
public record FormTexts(Map<String, String> intros) {

  public FormTexts {
    intros = intros == null ? Map.of() : Map.copyOf(intros);
  }
}
