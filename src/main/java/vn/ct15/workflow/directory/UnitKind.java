package vn.ct15.workflow.directory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The kinds of unit the plan assigns work to; routing and access rules are expressed by kind. */
public enum UnitKind {
  LEADERSHIP("leadership"),
  COORDINATOR("coordinator"),
  OFFICE("office"),
  WARD("ward"),
  ARMED_FORCE("armed-force"),
  PUBLIC_SERVICE("public-service"),
  SUPERVISOR("supervisor");

  /**
   * The kinds that follow the whole plan rather than do their part of it: the leadership, the
   * coordinator and the supervisors (HĐND, MTTQ). They read every instance and task (Cockpit), the
   * progress dashboard and the units still to report; the one definition of who monitors.
   */
  public static final Set<UnitKind> MONITORS = Collections.unmodifiableSet(EnumSet.of(LEADERSHIP, COORDINATOR, SUPERVISOR));

  private final String code;

  UnitKind(String code) {
    this.code = code;
  }

  public boolean monitors() {
    return MONITORS.contains(this);
  }

  @JsonValue
  public String code() {
    return code;
  }

  @JsonCreator
  public static UnitKind fromCode(String code) {
    return Arrays.stream(values())
        .filter(kind -> kind.code.equalsIgnoreCase(code.trim()) || kind.name().equalsIgnoreCase(code.trim()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("loại đơn vị «" + code + "» không hợp lệ ("
            + Arrays.stream(values()).map(UnitKind::code).collect(Collectors.joining(", ")) + ")"));
  }
}
