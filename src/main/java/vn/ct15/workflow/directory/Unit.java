package vn.ct15.workflow.directory;

import java.util.List;

/**
 * A unit of the organisation: one Camunda group, whose id is the unit id.
 *
 * @param roles duties this unit leads beyond its kind (e.g. {@code media}, {@code portal}, {@code legal-review})
 */
public record Unit(String id, String name, String shortName, UnitKind kind, List<String> roles, List<Person> people) {

  public Unit {
    roles = roles == null ? List.of() : List.copyOf(roles);
    people = people == null ? List.of() : List.copyOf(people);
    shortName = shortName == null || shortName.isBlank() ? name : shortName;
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
