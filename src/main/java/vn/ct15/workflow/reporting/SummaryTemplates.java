package vn.ct15.workflow.reporting;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import vn.ct15.workflow.notification.CommonNames;

/**
 * The summaries the processes write for the coordinator (the inspection's findings, the legal
 * review's proposals, …) are templates, {@code templates/summary/<name>.txt}, like the periodic
 * report's draft: the code gathers what the units submitted, the template words it, and an
 * organisation edits the wording without code. Every model also holds the {@link CommonNames} (the
 * plan, the organisation, the coordinator, …).
 */
@Component
public class SummaryTemplates {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
  /** What a summary shows for a field the unit left empty. */
  public static final String NOT_GIVEN = "(không nêu)";

  private final SpringTemplateEngine templates;
  private final CommonNames names;

  SummaryTemplates(SpringTemplateEngine templates, CommonNames names) {
    this.templates = templates;
    this.names = names;
  }

  /** The summary {@code templates/summary/<name>.txt} with this model, without trailing blank lines. */
  public String render(String name, Map<String, Object> model) {
    Map<String, Object> variables = new HashMap<>(names.names());
    variables.putAll(model);
    return templates.process("summary/" + name + ".txt", new Context(VIETNAMESE, variables)).stripTrailing();
  }

  /**
   * A unit's text as a summary line shows it: {@value #NOT_GIVEN} when empty, its further lines indented
   * under the first by {@code indent}.
   */
  public static String indented(Object value, String indent) {
    if (value == null || String.valueOf(value).isBlank()) {
      return NOT_GIVEN;
    }
    return String.valueOf(value).strip().replace("\r\n", "\n").replace("\n", "\n" + indent);
  }
}
