package vn.ct15.workflow.periodicreport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;

/**
 * A report's units grouped by kind, as the annexes list them: the offices (with the coordinator,
 * itself an office), the wards or communes, the armed forces, the public service units, each under
 * the organisation file's name for all of them ("Các phòng chuyên môn", "Các xã, phường, đặc khu");
 * the units keep their order within a group.
 */
final class KindGroups {

  static final String OTHERS = "Cơ quan, đơn vị khác";
  private static final List<UnitKind> ORDER = List.of(UnitKind.OFFICE, UnitKind.WARD, UnitKind.ARMED_FORCE,
      UnitKind.PUBLIC_SERVICE);

  /** One group: its heading and its units' ids. */
  record Group(String title, List<String> units) {}

  private static final String[] NUMERALS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

  private KindGroups() {}

  /** A group's number in an annex table: "I", "II", … (the groups are at most the kinds). */
  static String numeral(int index) {
    return NUMERALS[Math.min(index, NUMERALS.length - 1)];
  }

  static List<Group> of(List<String> units, OrganisationDirectory directory) {
    Map<UnitKind, List<String>> byKind = new LinkedHashMap<>();
    ORDER.forEach(kind -> byKind.put(kind, new ArrayList<>()));
    List<String> others = new ArrayList<>();
    for (String unit : units) {
      UnitKind kind = directory.find(unit).map(found -> found.kind() == UnitKind.COORDINATOR ? UnitKind.OFFICE : found.kind())
          .orElse(null);
      byKind.getOrDefault(kind, others).add(unit);
    }
    List<Group> groups = new ArrayList<>();
    byKind.forEach((kind, ids) -> {
      if (!ids.isEmpty()) {
        String title = title(kind, directory);
        groups.add(new Group(title == null ? OTHERS : title, ids));
      }
    });
    if (!others.isEmpty()) {
      groups.add(new Group(OTHERS, others));
    }
    return groups;
  }

  /** "Các phường": the organisation file's name for all units of the kind, capitalised; null if it names none. */
  static String title(UnitKind kind, OrganisationDirectory directory) {
    String all = directory.organisation().kind(kind).all();
    if (all == null || all.isBlank()) {
      return null;
    }
    return all.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi-VN")) + all.substring(1);
  }
}
