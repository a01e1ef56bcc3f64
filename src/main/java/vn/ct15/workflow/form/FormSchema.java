package vn.ct15.workflow.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Set;

/** The input fields of a Camunda Form, read from its JSON schema (nested groups included). */
record FormSchema(String id, List<FormField> fields) {

  /** A form-less task or start: no field at all. */
  static final FormSchema NONE = new FormSchema(null, List.of());

  /** The fields the person fills in (validated, and the only ones an official may write). */
  List<FormField> editable() {
    return fields.stream().filter(field -> !field.readOnly()).toList();
  }

  /**
   * The yes-or-no decisions the person must make (approve or return, accept or reopen): radio buttons
   * with the values {@code "true"} and {@code "false"} and no default, so that nobody decides by leaving
   * a box unticked; the process reads them as booleans.
   */
  List<FormField> decisions() {
    return editable().stream().filter(field -> "radio".equals(field.type())
        && field.values().size() == 2 && field.values().containsAll(List.of("true", "false"))).toList();
  }

  /** The field of that key, read-only or not. */
  java.util.Optional<FormField> field(String key) {
    return fields.stream().filter(field -> field.key().equals(key)).findFirst();
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "datetime", "select",
      "radio", "checkbox", "checklist", "taglist");

  static FormSchema parse(InputStream json) {
    try {
      JsonNode root = JSON.readTree(json);
      List<FormField> fields = new ArrayList<>();
      collect(root.path("components"), fields);
      return new FormSchema(root.path("id").asText(null), List.copyOf(fields));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read Camunda Form", e);
    }
  }

  private static void collect(JsonNode components, List<FormField> fields) {
    for (JsonNode component : components) {
      if (component.has("components")) {
        collect(component.path("components"), fields);
      }
      String type = component.path("type").asText();
      String key = component.path("key").asText(null);
      if (!INPUT_TYPES.contains(type) || key == null) {
        continue;
      }
      JsonNode validate = component.path("validate");
      List<String> values = new ArrayList<>();
      Map<String, String> optionLabels = new LinkedHashMap<>();
      component.path("values").forEach(option -> {
        values.add(option.path("value").asText());
        optionLabels.put(option.path("value").asText(), option.path("label").asText(option.path("value").asText()));
      });
      fields.add(new FormField(key, component.path("label").asText(component.path("dateLabel").asText(null)), type,
          component.path("subtype").asText(null), validate.path("required").asBoolean(false),
          intOrNull(validate, "minLength"), intOrNull(validate, "maxLength"), doubleOrNull(validate, "min"),
          doubleOrNull(validate, "max"), validate.path("pattern").asText(null),
          validate.path("validationType").asText(null), List.copyOf(values), Map.copyOf(optionLabels),
          component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false)));
    }
  }

  private static Integer intOrNull(JsonNode node, String name) {
    return node.hasNonNull(name) ? node.get(name).asInt() : null;
  }

  private static Double doubleOrNull(JsonNode node, String name) {
    return node.hasNonNull(name) ? node.get(name).asDouble() : null;
  }
}
