package vn.ct15.workflow.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.notification.CommonNames;

/**
 * The plan the product carries out, as its texts cite it: "Kế hoạch 77/KH-UBND" for Kiến An's demo,
 * whatever {@code ct15.plan.*} says for another organisation; with the organisation's own names
 * from the directory, the names every message and document may use ({@link CommonNames}). No text
 * of the product names a plan or an organisation of its own.
 */
@Component
public class ThePlan implements CommonNames {

  private final PlanProperties properties;
  /** Both files are read once at start: the names every message uses are the same for each. */
  private final Map<String, Object> names;

  ThePlan(PlanProperties properties, OrganisationDirectory directory) {
    this.properties = properties;
    Map<String, Object> names = new LinkedHashMap<>();
    names.put("plan", reference());
    names.put("planCitation", citation());
    names.put("directive", properties.directive());
    names.put("organisation", directory.organisation().name());
    names.put("coordinator", directory.coordinatorName());
    names.put("leadership", directory.leadershipName());
    this.names = Collections.unmodifiableMap(names);
  }

  /** "Kế hoạch 77/KH-UBND". */
  public String reference() {
    return "Kế hoạch " + properties.number().strip();
  }

  /** "Kế hoạch số 77/KH-UBND ngày 23/3/2023", as a document's preamble cites it. */
  public String citation() {
    return "Kế hoạch số " + properties.number().strip() + " ngày " + properties.date().getDayOfMonth() + "/"
        + properties.date().getMonthValue() + "/" + properties.date().getYear();
  }

  /** The plan's number in a file name: "77-kh-ubnd". */
  public String fileName() {
    return properties.number().strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /** "Mục II.1, Kế hoạch 77/KH-UBND": a section of the plan. */
  public String section(String section) {
    return "Mục " + section + ", " + reference();
  }

  @Override
  public Map<String, Object> names() {
    return names;
  }
}
