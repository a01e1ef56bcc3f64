package vn.ct15.workflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ct15.workflow.Chromium;
import vn.ct15.workflow.Ct15SpringTest;
import org.junit.jupiter.api.Tag;
import vn.ct15.workflow.Tiers;

/**
 * Every model as Cockpit draws it (bpmn-js in Chromium): each name of a task, call activity or
 * sub-process fits inside its shape and clears its markers (the collapsed sub-process "+", the
 * multi-instance bars) and the boundary events on its border; each label of an event, gateway or flow
 * fits its label box; no text lies on another shape or on another text. A screenshot of each diagram
 * lands in target/screenshots/diagram-&lt;key&gt;.png.
 */
@Tag(Tiers.BROWSER)
@Ct15SpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiagramsBrowserTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;

  ChromeDriver browser;
  WebDriverWait wait;
  String script;

  @BeforeAll
  void openCockpit() throws IOException {
    browser = Chromium.open(2400, 3200);
    wait = Chromium.login(browser, port, "cockpit", "demo");
    try (InputStream in = getClass().getResourceAsStream("/webapp/diagram-boxes.js")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  Stream<String> models() {
    return repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
        .map(ProcessDefinition::getKey).filter(key -> key.startsWith("ct15-")).sorted();
  }

  /** A box in page pixels, as the browser measured it. */
  record Box(double x, double y, double w, double h) {
    static Box of(Object measured) {
      if (!(measured instanceof Map<?, ?> map)) {
        return null;
      }
      return new Box(num(map.get("x")), num(map.get("y")), num(map.get("w")), num(map.get("h")));
    }

    static double num(Object value) {
      return ((Number) value).doubleValue();
    }

    boolean within(Box outer, double tolerance) {
      return x >= outer.x - tolerance && y >= outer.y - tolerance && x + w <= outer.x + outer.w + tolerance
          && y + h <= outer.y + outer.h + tolerance;
    }

    boolean overlaps(Box other, double tolerance) {
      return x + w > other.x + tolerance && other.x + other.w > x + tolerance
          && y + h > other.y + tolerance && other.y + other.h > y + tolerance;
    }
  }

  /** One element as drawn. */
  record Drawn(String id, boolean connection, Box outline, Box text, String words, List<Box> markers, List<Box> icons) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void shouldDrawEveryNameInsideItsShapeAndClearOfTheOthers(String key) throws Exception {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult();
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/" + definition.getId() + "/runtime");
    int shapes = model.getModelElementsByType(BpmnShape.class).size();
    wait.until(driver -> driver.findElements(By.cssSelector(".djs-container g.djs-shape[data-element-id]")).size() >= shapes);
    Chromium.awaitDiagramSettled(browser);
    Path screenshot = Path.of("target", "screenshots", "diagram-" + key + ".png");
    Files.createDirectories(screenshot.getParent());
    Files.write(screenshot, browser.findElement(By.cssSelector(".djs-container")).getScreenshotAs(OutputType.BYTES));

    Map<String, Drawn> drawn = new HashMap<>();
    for (Object element : (List<?>) browser.executeScript(script)) {
      Map<?, ?> map = (Map<?, ?>) element;
      List<Box> markers = ((List<?>) map.get("markers")).stream().map(Box::of).toList();
      List<Box> icons = ((List<?>) map.get("icons")).stream().map(Box::of).toList();
      drawn.put((String) map.get("id"), new Drawn((String) map.get("id"), Boolean.TRUE.equals(map.get("connection")),
          Box.of(map.get("outline")), Box.of(map.get("text")), (String) map.get("words"), markers, icons));
    }
    String measure = System.getProperty("ct15.diagrams.measure");
    if (measure != null) {
      // for whoever redraws a model: each text's size in diagram units (mvn test -Dct15.diagrams.measure=dir)
      writeTextSizes(Path.of(measure).resolve(key + ".json"), model, drawn);
    }
    List<String> problems = problems(model, drawn);
    assertThat(problems).as("%s as Cockpit draws it (%s)", key, screenshot).isEmpty();
  }

  /** The scale Cockpit drew at: page pixels per diagram unit. */
  static double scale(BpmnModelInstance model, Map<String, Drawn> drawn) {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> drawn.containsKey(shape.getBpmnElement().getId()) && drawn.get(shape.getBpmnElement().getId()).outline() != null)
        .filter(shape -> shape.getBpmnElement() instanceof Activity)
        .mapToDouble(shape -> drawn.get(shape.getBpmnElement().getId()).outline().w() / shape.getBounds().getWidth())
        .findFirst().orElse(1.0);
  }

  static void writeTextSizes(Path file, BpmnModelInstance model, Map<String, Drawn> drawn) throws IOException {
    double scale = scale(model, drawn);
    StringBuilder json = new StringBuilder("{");
    for (Drawn element : drawn.values()) {
      if (element.text() != null) {
        json.append(json.length() > 1 ? ",\n" : "\n").append(String.format(Locale.ROOT, "\"%s\": [%.1f, %.1f]",
            element.id(), element.text().w() / scale, element.text().h() / scale));
      }
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, json.append("\n}\n"));
  }

  /** Where Cockpit drew the model's diagram coordinates: its scale and the page position of the origin. */
  record Placement(double scale, double originX, double originY) {

    static Placement of(BpmnModelInstance model, Map<String, Drawn> drawn) {
      double scale = DiagramsBrowserTest.scale(model, drawn);
      BpmnShape reference = model.getModelElementsByType(BpmnShape.class).stream()
          .filter(shape -> shape.getBpmnElement() instanceof Activity && drawn.containsKey(shape.getBpmnElement().getId()))
          .findFirst().orElseThrow();
      Box outline = drawn.get(reference.getBpmnElement().getId()).outline();
      return new Placement(scale, outline.x() - reference.getBounds().getX() * scale, outline.y() - reference.getBounds().getY() * scale);
    }

    double x(double diagramX) {
      return originX + diagramX * scale;
    }

    double y(double diagramY) {
      return originY + diagramY * scale;
    }

    Box box(Bounds bounds) {
      return new Box(x(bounds.getX()), y(bounds.getY()), bounds.getWidth() * scale, bounds.getHeight() * scale);
    }
  }

  /** The label boxes of the model (its DI), in page pixels where Cockpit drew them. */
  static Map<String, Box> labelBoxes(BpmnModelInstance model, Map<String, Drawn> drawn) {
    Placement page = Placement.of(model, drawn);
    Map<String, Box> boxes = new HashMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
        boxes.put(shape.getBpmnElement().getId(), page.box(shape.getBpmnLabel().getBounds()));
      }
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
        boxes.put(edge.getBpmnElement().getId(), page.box(edge.getBpmnLabel().getBounds()));
      }
    }
    return boxes;
  }

  /** A straight piece of a sequence flow, in page pixels. */
  record Segment(String flow, double x1, double y1, double x2, double y2) {

    /** Whether it passes through the inside of the box (Liang–Barsky clipping). */
    boolean crosses(Box box, double tolerance) {
      double left = box.x() + tolerance, right = box.x() + box.w() - tolerance;
      double top = box.y() + tolerance, bottom = box.y() + box.h() - tolerance;
      double dx = x2 - x1, dy = y2 - y1, from = 0, to = 1;
      double[] p = {-dx, dx, -dy, dy};
      double[] q = {x1 - left, right - x1, y1 - top, bottom - y1};
      for (int i = 0; i < 4; i++) {
        if (p[i] == 0) {
          if (q[i] < 0) {
            return false;
          }
        } else {
          double t = q[i] / p[i];
          if (p[i] < 0) {
            from = Math.max(from, t);
          } else {
            to = Math.min(to, t);
          }
        }
      }
      return from < to;
    }
  }

  static List<Segment> segments(BpmnModelInstance model, Map<String, Drawn> drawn) {
    Placement page = Placement.of(model, drawn);
    List<Segment> segments = new ArrayList<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
      for (int i = 1; i < points.size(); i++) {
        segments.add(new Segment(edge.getBpmnElement().getId(), page.x(points.get(i - 1).getX()), page.y(points.get(i - 1).getY()),
            page.x(points.get(i).getX()), page.y(points.get(i).getY())));
      }
    }
    return segments;
  }

  List<String> problems(BpmnModelInstance model, Map<String, Drawn> drawn) {
    double scale = scale(model, drawn);
    Map<String, Box> labelBoxes = labelBoxes(model, drawn);
    List<Segment> segments = segments(model, drawn);
    double tolerance = Math.max(1.0, 1.5 * scale);
    List<String> problems = new ArrayList<>();
    List<Drawn> texts = drawn.values().stream().filter(element -> element.text() != null).toList();
    for (Drawn element : texts) {
      String ownerId = element.id().endsWith("_label") ? element.id().substring(0, element.id().length() - "_label".length()) : element.id();
      BaseElement owner = model.getModelElementById(ownerId);
      String what = ownerId + " «" + element.words().strip() + "»";
      Set<String> containers = containers(owner);
      boolean label = !ownerId.equals(element.id());
      if (label) {
        Box labelBox = labelBoxes.get(ownerId);
        if (labelBox == null) {
          problems.add(what + ": the label has no place of its own in the model (BPMNLabel bounds)");
        } else if (!element.text().within(labelBox, tolerance)) {
          problems.add(what + ": the label overflows its label box");
        }
      } else if (owner instanceof Activity) {
        if (!element.text().within(element.outline(), tolerance)) {
          problems.add(what + ": the name overflows its shape");
        }
        if (element.markers().stream().anyMatch(marker -> element.text().overlaps(marker, tolerance))) {
          problems.add(what + ": the name lies on the shape's marker");
        }
        // a name of up to three lines may touch the lower part of the task type's icon, as in Camunda Modeler;
        // a longer one covers it
        if (element.icons().stream().anyMatch(icon -> element.text().overlaps(icon, tolerance)
            && element.text().y() < icon.y() + icon.h() / 2)) {
          problems.add(what + ": the name covers the task's icon");
        }
      }
      for (Drawn other : drawn.values()) {
        if (other.connection() || other.outline() == null || other.id().equals(element.id())
            || other.id().equals(ownerId) && !label) {
          continue;
        }
        if (containers.contains(other.id())) {
          if (!element.text().within(other.outline(), tolerance)) {
            problems.add(what + ": the text leaves the sub-process " + other.id());
          }
        } else if (element.text().overlaps(other.outline(), tolerance)) {
          problems.add(what + ": the text lies on " + other.id());
        }
      }
      for (Segment segment : segments) {
        if (segment.crosses(element.text(), tolerance)) {
          problems.add(what + ": the text lies on the flow " + segment.flow());
        }
      }
      for (Drawn other : texts) {
        if (other != element && other.id().compareTo(element.id()) > 0 && element.text().overlaps(other.text(), tolerance)) {
          problems.add(what + ": the text lies on the text of " + other.id());
        }
      }
    }
    return problems;
  }

  /** The sub-processes an element is drawn inside. */
  static Set<String> containers(ModelElementInstance element) {
    Set<String> ids = new HashSet<>();
    for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent instanceof SubProcess subProcess) {
        ids.add(subProcess.getId());
      }
    }
    return ids;
  }
}
