package vn.ct15.workflow.form;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.notification.CommonNames;
import vn.ct15.workflow.plan.SettingsMissingException;

/**
 * Writes the organisation's and the plan's words into the models and forms the product deploys at
 * start, so that the files in {@code bpmn/} and {@code forms/} name no organisation or plan: each
 * form's introduction ({@code Text_Intro}) is the plan file's {@code ct15.forms.intros.<form id>},
 * and {@code {{names.coordinator}}} in a form's texts or a model's names and documentation (BPMN,
 * DMN) becomes the
 * organisation's name for it ({@link CommonNames}: {@code coordinator}, {@code leadership},
 * {@code wards}, …). Other {@code {{…}}} in a form are form-js's own templates (a task's variables)
 * and stay. Features add components of their own ({@link FormContribution}: the periodic report's
 * figures from the indicator file).
 *
 * <p>The texts become part of the deployment: a cycle keeps the words of the version it started
 * with, and a changed plan file deploys a new version, as a changed model does. A form or model that
 * still holds a name to fill in when it reaches the engine (deployed by hand, not from the product's
 * files) is refused by {@link FormsDeployedWithTheirModels}.
 */
@Component
class PlanTextsAtDeployment extends AbstractProcessEnginePlugin {

  static final String INTRO = "Text_Intro";
  /** A name to fill in: {@code {{names.coordinator}}}. */
  static final Pattern NAME = Pattern.compile("\\{\\{\\s*names\\.([A-Za-z]+)\\s*}}");

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Written as Camunda Modeler writes forms: two spaces, {@code "key": value}. */
  private static final ObjectWriter FORM_WRITER = JSON.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"))
      .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

  private final CommonNames names;
  private final FormTexts texts;
  private final Environment environment;
  private final List<FormContribution> contributions;

  PlanTextsAtDeployment(CommonNames names, FormTexts texts, Environment environment, List<FormContribution> contributions) {
    this.names = names;
    this.texts = texts;
    this.environment = environment;
    this.contributions = contributions;
  }

  /** After every plugin's preInit, where Camunda's starter lists the files it deploys. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!(configuration instanceof SpringProcessEngineConfiguration spring) || spring.getDeploymentResources() == null) {
      return;
    }
    List<Resource> bound = new ArrayList<>();
    TreeSet<String> missingIntros = new TreeSet<>();
    for (Resource resource : spring.getDeploymentResources()) {
      String name = deployedName(resource);
      if (name.endsWith(".form")) {
        bound.add(named(name, form(read(resource), missingIntros)));
      } else if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml") || name.endsWith(".dmn")) {
        bound.add(named(name, fill(read(resource), PlanTextsAtDeployment::xml, name).getBytes(StandardCharsets.UTF_8)));
      } else {
        bound.add(resource);
      }
    }
    if (!missingIntros.isEmpty()) {
      throw SettingsMissingException.of(environment, missingIntros.stream().map(id -> "ct15.forms.intros." + id).toList());
    }
    spring.setDeploymentResources(bound.toArray(Resource[]::new));
  }

  /** The form with the plan's introduction and the organisation's names. */
  private byte[] form(String source, TreeSet<String> missingIntros) {
    try {
      JsonNode form = JSON.readTree(source);
      String formId = form.path("id").asText();
      ObjectNode intro = intro(form.path("components"));
      if (intro != null) {
        String text = texts.intros().get(formId);
        if (text == null || text.isBlank()) {
          missingIntros.add(formId);
        } else {
          intro.put("text", text.strip());
        }
      }
      contribute(formId, form.path("components"));
      fillStrings(form, formId);
      return FORM_WRITER.writeValueAsBytes(form);
    } catch (IOException unreadable) {
      // not JSON: the engine refuses it with its own message when Tasklist asks for it
      return source.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The features' components, each after the component it names. */
  private void contribute(String formId, JsonNode components) {
    if (!(components instanceof ArrayNode list)) {
      return;
    }
    for (FormContribution contribution : contributions) {
      if (!contribution.formId().equals(formId)) {
        continue;
      }
      int at = 0;
      while (at < list.size() && !contribution.after().equals(list.get(at).path("id").asText())) {
        at++;
      }
      if (at == list.size()) {
        throw new ProcessEngineException("Không triển khai biểu mẫu " + formId + ": không có thành phần «" + contribution.after()
            + "» để thêm các trường sau nó.");
      }
      for (JsonNode component : contribution.components()) {
        list.insert(++at, component.deepCopy());
      }
    }
  }

  private static ObjectNode intro(JsonNode components) {
    for (JsonNode component : components) {
      if (INTRO.equals(component.path("id").asText()) && component instanceof ObjectNode object) {
        return object;
      }
    }
    return null;
  }

  /** Fills the names in every text of the form: labels, descriptions, options, the introduction. */
  private void fillStrings(JsonNode node, String formId) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getValue().isTextual()) {
          field.setValue(new TextNode(fillText(field.getValue().asText(), formId)));
        } else {
          fillStrings(field.getValue(), formId);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          array.set(i, new TextNode(fillText(array.get(i).asText(), formId)));
        } else {
          fillStrings(array.get(i), formId);
        }
      }
    }
  }

  private String fillText(String text, String file) {
    return fill(text, UnaryOperator.identity(), file);
  }

  /** The text with each {@code {{names.x}}} filled in, escaped for the file it goes into. */
  private String fill(String text, UnaryOperator<String> escape, String file) {
    Matcher name = NAME.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (name.find()) {
      Object value = names.names().get(name.group(1));
      if (value == null) {
        throw new ProcessEngineException("Không triển khai " + file + ": tên «" + name.group() + "» không có (có: "
            + String.join(", ", new TreeSet<>(names.names().keySet())) + ").");
      }
      name.appendReplacement(filled, Matcher.quoteReplacement(escape.apply(value.toString())));
    }
    name.appendTail(filled);
    return filled.toString();
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ProcessEngineException("couldn't read resource '" + resource + "': " + e.getMessage(), e);
    }
  }

  /** The resource's name in the deployment, as Camunda's auto-deployment names it. */
  private static String deployedName(Resource resource) {
    if (resource instanceof ContextResource context) {
      return context.getPathWithinContext();
    }
    try {
      return resource.getFile().getAbsolutePath();
    } catch (IOException notAFile) {
      return resource.getFilename();
    }
  }

  /** Bytes that Camunda's auto-deployment deploys under the same name as the file they come from. */
  private static Resource named(String name, byte[] bytes) {
    return new ByteArrayResource(bytes, name) {
      @Override
      public String getDescription() {
        return name;
      }
    };
  }
}
