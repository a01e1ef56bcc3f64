package vn.ct15.workflow.directory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The kinds of unit the plan assigns work to; routing and access rules are expressed by kind. */
public enum UnitKind {
  LEADERSHIP("leadership"),
  COORDINATOR("coordinator"),
  OFFICE("office"),
  WARD("ward"),
  ARMED_FORCE("armed-force"),
  PUBLIC_SERVICE("public-service"),
  SUPERVISOR("supervisor");

  private final String code;

  UnitKind(String code) {
    this.code = code;
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
        .orElseThrow(() -> new IllegalArgumentException("Unknown unit kind '" + code + "'"));
  }
}
