package vn.ct15.workflow.periodicreport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.form.FormContribution;

/**
 * The figures of the indicator file on the unit's report form, written in at deployment under the
 * data period: a heading for each part, a whole-number field for each figure units enter, labelled
 * with its unit of measure, and shown only to the kinds of unit that report it (the unit's kind is
 * the variable {@code unitKind}). The server checks them again ({@link FiguresCheck}).
 */
@Component
class IndicatorFields implements FormContribution {

  static final String FORM = "ct15-periodic-report-unit";
  static final String AFTER = "Text_DataWindow";

  private final Indicators indicators;

  IndicatorFields(Indicators indicators) {
    this.indicators = indicators;
  }

  @Override
  public String formId() {
    return FORM;
  }

  @Override
  public String after() {
    return AFTER;
  }

  @Override
  public ArrayNode components() {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ArrayNode components = json.arrayNode();
    components.addObject().put("type", "text").put("id", "Text_Figures")
        .put("text", "### Số liệu\n\nSố liệu của cơ quan, đơn vị trong kỳ số liệu trên (để trống nếu không có).");
    for (Map.Entry<String, String> part : indicators.parts().entrySet()) {
      List<Indicators.Indicator> entered = indicators.entered().stream().filter(figure -> figure.part().equals(part.getKey())).toList();
      if (entered.isEmpty()) {
        continue;
      }
      ObjectNode heading = components.addObject().put("type", "text").put("id", "Text_Figures_" + part.getKey())
          .put("text", "**" + part.getValue() + "**");
      hideUnlessKind(heading, kindsOf(entered));
      for (Indicators.Indicator figure : entered) {
        ObjectNode field = components.addObject().put("type", "number").put("key", figure.key())
            .put("id", "Field_" + figure.key()).put("label", figure.labelWithUnit()).put("decimalDigits", 0);
        field.putObject("validate").put("min", 0).put("max", 1_000_000_000);
        hideUnlessKind(field, figure.kinds());
      }
    }
    return components;
  }

  /** The kinds that report at least one of the figures; none for "every kind". */
  private static Set<UnitKind> kindsOf(List<Indicators.Indicator> figures) {
    if (figures.stream().anyMatch(figure -> figure.kinds().isEmpty())) {
      return Set.of();
    }
    return figures.stream().flatMap(figure -> figure.kinds().stream()).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static void hideUnlessKind(ObjectNode component, Collection<UnitKind> kinds) {
    if (kinds.isEmpty()) {
      return;
    }
    String list = kinds.stream().map(kind -> "\"" + kind.code() + "\"").collect(Collectors.joining(", "));
    component.putObject("conditional").put("hide", "=not(list contains([" + list + "], unitKind))");
  }
}
