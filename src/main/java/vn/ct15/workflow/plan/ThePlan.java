package vn.ct15.workflow.plan;

import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The plan the product carries out, as its texts cite it: "Kế hoạch 77/KH-UBND" for Kiến An's demo,
 * whatever {@code ct15.plan.number} says for another organisation. No text of the product names a
 * plan of its own.
 */
@Component
public class ThePlan {

  private final PlanProperties properties;

  ThePlan(PlanProperties properties) {
    this.properties = properties;
  }

  /** "Kế hoạch 77/KH-UBND". */
  public String reference() {
    return "Kế hoạch " + properties.number().strip();
  }

  /** The plan's number in a file name: "77-kh-ubnd". */
  public String fileName() {
    return properties.number().strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /** "Mục II.1, Kế hoạch 77/KH-UBND": a section of the plan. */
  public String section(String section) {
    return "Mục " + section + ", " + reference();
  }
}
