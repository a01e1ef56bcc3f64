package vn.ct15.workflow.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.Organisation;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.notification.CommonNames;

/**
 * The plan the product carries out, as its texts cite it: "Kế hoạch 77/KH-UBND" for Kiến An's demo,
 * whatever {@code ct15.plan.*} says for another organisation; with the organisation's own names
 * from the directory, the names every message and document may use ({@link CommonNames}). No text
 * of the product names a plan or an organisation of its own.
 */
@Component
public class ThePlan implements CommonNames {

  /** The kinds' names in {@link #names()}: {@code wardKind} ("phường"), {@code wards} ("các phường"), … */
  private static final Map<UnitKind, String> KIND_NAMES = Map.of(UnitKind.OFFICE, "office", UnitKind.WARD, "ward",
      UnitKind.ARMED_FORCE, "armedForce", UnitKind.PUBLIC_SERVICE, "publicService");

  private final PlanProperties properties;
  private final OrganisationDirectory directory;
  /**
   * Both files are read once at start: the names every message uses are the same for each. Computed
   * when first asked for, once the start has checked the plan file (plan.SettingsCheck).
   */
  private volatile Map<String, Object> names;

  ThePlan(PlanProperties properties, OrganisationDirectory directory) {
    this.properties = properties;
    this.directory = directory;
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
    Map<String, Object> computed = names;
    if (computed == null) {
      computed = computeNames();
      names = computed;
    }
    return computed;
  }

  private Map<String, Object> computeNames() {
    Map<String, Object> names = new LinkedHashMap<>();
    names.put("plan", reference());
    names.put("planCitation", citation());
    names.put("directive", properties.directive());
    // "Chỉ thị số 15-CT/TU": the directive as a title names it, without its date and issuer
    names.put("directiveShort", properties.directive().split(" ngày ")[0].strip());
    names.put("organisation", directory.organisation().name());
    names.put("coordinator", directory.coordinatorName());
    names.put("leadership", directory.leadershipName());
    names.put("leadershipShort", directory.leadershipShortName());
    names.put("leadershipChair", "Chủ tịch " + directory.leadershipName());
    names.put("superior", directory.organisation().superior().name());
    names.put("supervisors", directory.supervisorNames());
    for (UnitKind kind : Organisation.NAMED_KINDS) {
      String name = KIND_NAMES.get(kind);
      names.put(name + "Kind", directory.organisation().kind(kind).one());
      names.put(name + "s", directory.organisation().kind(kind).all());
    }
    return Collections.unmodifiableMap(names);
  }
}
