package vn.ct15.workflow.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A directory file (the format of {@code directory/kien-an.yaml}) for an organisation at a city's or
 * province's scale: Kiến An's district-level units without its ten wards, further district-level
 * offices, and {@code communes} communes (kind {@code ward}). Every unit has a staff member
 * ({@code <unit>.cb}) and a head ({@code <unit>.tt}) with e-mail addresses.
 */
final class SyntheticOrganisation {

  /** The unit kinds that report in {@code ct15-periodic-report} (ct15.periodic-report.performers). */
  static final Set<String> PERFORMER_KINDS = Set.of("coordinator", "office", "ward", "armed-force", "public-service");

  final Path file;
  final List<String> performers;
  /** People who can do a performer's task: the members of its group, each reminded once. */
  final int performerPeople;
  final int units;
  final int people;

  private SyntheticOrganisation(Path file, List<String> performers, int performerPeople, int units, int people) {
    this.file = file;
    this.performers = performers;
    this.performerPeople = performerPeople;
    this.units = units;
    this.people = people;
  }

  @SuppressWarnings("unchecked")
  static SyntheticOrganisation write(Path file, int communes, int extraOffices) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
    Map<String, Object> kienAn;
    try (InputStream in = SyntheticOrganisation.class.getResourceAsStream("/directory/kien-an.yaml")) {
      kienAn = yaml.readValue(in, Map.class);
    }
    List<Map<String, Object>> units = new ArrayList<>();
    for (Map<String, Object> unit : (List<Map<String, Object>>) kienAn.get("units")) {
      if (!"ward".equals(unit.get("kind"))) {
        units.add(unit);
      }
    }
    for (int i = 1; i <= extraOffices; i++) {
      units.add(unit(String.format("phong-chuyen-mon-%03d", i), "Phòng chuyên môn số " + i, "office", "Trưởng phòng"));
    }
    for (int i = 1; i <= communes; i++) {
      units.add(unit(String.format("xa-%04d", i), "Ủy ban nhân dân xã số " + i, "ward", "Chủ tịch UBND xã"));
    }
    Map<String, Object> directory = new LinkedHashMap<>();
    Map<String, Object> organisation = new LinkedHashMap<>((Map<String, Object>) kienAn.get("organisation"));
    directory.put("organisation", organisation);
    directory.put("units", units);
    Files.createDirectories(file.getParent());
    yaml.writeValue(file.toFile(), directory);

    List<String> performers = new ArrayList<>();
    int performerPeople = 0;
    int people = 0;
    for (Map<String, Object> unit : units) {
      int count = ((List<?>) unit.getOrDefault("people", List.of())).size();
      people += count;
      if (PERFORMER_KINDS.contains(unit.get("kind"))) {
        performers.add((String) unit.get("id"));
        performerPeople += count;
      }
    }
    return new SyntheticOrganisation(file, performers, performerPeople, units.size(), people);
  }

  private static Map<String, Object> unit(String id, String name, String kind, String headTitle) {
    Map<String, Object> unit = new LinkedHashMap<>();
    unit.put("id", id);
    unit.put("name", name);
    unit.put("kind", kind);
    unit.put("people", List.of(
        person(id + ".tt", headTitle, name, "head"),
        person(id + ".cb", "Cán bộ", name, "staff")));
    return unit;
  }

  private static Map<String, Object> person(String id, String firstName, String lastName, String role) {
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("id", id);
    person.put("firstName", firstName);
    person.put("lastName", lastName);
    person.put("email", id + "@benchmark.demo");
    person.put("role", role);
    return person;
  }

  /** The user who does a unit's work in the benchmark: its staff member (every unit of the file has one). */
  static String staffOf(String unitId) {
    return unitId + ".cb";
  }
}
