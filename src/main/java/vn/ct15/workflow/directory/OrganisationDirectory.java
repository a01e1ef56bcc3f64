package vn.ct15.workflow.directory;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The organisation's units, read from the directory file. Processes ask it who gets work, by unit
 * kind or role, so no unit is ever named in a BPMN model. Registered as {@code directory} for
 * expressions: {@code ${directory.unitIds('office,ward')}}.
 */
@Component("directory")
public class OrganisationDirectory {

  /** Members of this Camunda group are the heads of the units they also belong to. */
  public static final String HEADS_GROUP = "thu-truong";

  private final Organisation organisation;
  private final Map<String, Unit> units;
  private final IdentityService identityService;

  /** The identity service is looked up when first used: the engine reads the names at its start. */
  OrganisationDirectory(DirectoryProperties properties, @Lazy IdentityService identityService) {
    DirectoryFile file = read(properties);
    this.organisation = file.organisation();
    this.units = file.units().stream()
        // ids are unique: DirectoryFileCheck refused the file otherwise
        .collect(Collectors.toMap(Unit::id, Function.identity(), (first, second) -> first, LinkedHashMap::new));
    this.identityService = identityService;
  }

  private static DirectoryFile read(DirectoryProperties properties) {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    String name = properties.directory().getDescription();
    DirectoryFile file;
    try (InputStream in = properties.directory().getInputStream()) {
      file = yaml.readValue(in, DirectoryFile.class);
    } catch (IOException e) {
      StreamReadException syntax = syntax(e);
      if (syntax != null) {
        String at = syntax.getLocation() == null ? ""
            : "dòng " + syntax.getLocation().getLineNr() + ", cột " + syntax.getLocation().getColumnNr() + ": ";
        throw new DirectoryFileException("Tệp tổ chức " + name + " không hợp lệ: " + at + "sai cú pháp YAML ("
            + syntax.getOriginalMessage().lines().findFirst().orElse("").strip() + ")", e);
      }
      if (e instanceof JsonMappingException mapping) {
        throw new DirectoryFileException("Tệp tổ chức " + name + " không hợp lệ: " + where(mapping) + unreadable(mapping), e);
      }
      throw new DirectoryFileException("Không đọc được tệp tổ chức " + name + " (ct15.directory): " + e.getMessage(), e);
    }
    if (file == null) {
      throw new DirectoryFileException("Tệp tổ chức " + name + " trống.");
    }
    DirectoryFileCheck.check(name, file);
    return file;
  }

  /** The YAML syntax error behind a failure, if that is what it is. */
  private static StreamReadException syntax(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof StreamReadException read) {
        return read;
      }
    }
    return null;
  }

  /** The entry at fault: "units[3].kind: ". */
  private static String where(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "" : path + ": ";
  }

  private static String unreadable(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "trường «" + unknown.getPropertyName() + "» không có trong tệp tổ chức (có: " + unknown.getKnownPropertyIds() + ")";
    }
    if (e instanceof InvalidFormatException invalid) {
      return "giá trị «" + invalid.getValue() + "» không hợp lệ";
    }
    Throwable cause = e.getCause();
    if (cause instanceof IllegalArgumentException wrong) {
      return wrong.getMessage();
    }
    return "không đọc được (" + e.getOriginalMessage() + ")";
  }

  public Organisation organisation() {
    return organisation;
  }

  public Collection<Unit> units() {
    return units.values();
  }

  public Optional<Unit> find(String unitId) {
    return Optional.ofNullable(units.get(unitId));
  }

  public Unit unit(String unitId) {
    return find(unitId).orElseThrow(() -> new IllegalArgumentException("Unknown unit '" + unitId + "'"));
  }

  /** The Vietnamese name of a unit, or the id itself for an unknown one. */
  public String unitName(String unitId) {
    return find(unitId).map(Unit::name).orElse(unitId);
  }

  public List<Unit> unitsOfKinds(Set<UnitKind> kinds) {
    return units.values().stream().filter(unit -> kinds.contains(unit.kind())).toList();
  }

  /** Ids of the units of the given kinds, comma separated (e.g. {@code "office,ward"}), in directory order. */
  public List<String> unitIds(String kindsCsv) {
    return unitsOfKinds(kinds(kindsCsv)).stream().map(Unit::id).toList();
  }

  /** As {@link #unitIds(String)}, refusing clearly when the directory has no unit of those kinds. */
  public List<String> requireUnitIds(String kindsCsv) {
    List<String> ids = unitIds(kindsCsv);
    if (ids.isEmpty()) {
      throw new IllegalStateException("Danh bạ tổ chức không có đơn vị nào thuộc loại '" + kindsCsv + "'.");
    }
    return ids;
  }

  /** The id of the unit that leads the given duty role (e.g. {@code media}); fails clearly if none does. */
  public String unitWithRole(String role) {
    return units.values().stream().filter(unit -> unit.hasRole(role)).map(Unit::id).findFirst()
        .orElseThrow(() -> new IllegalStateException("No unit in the directory has the role '" + role + "'"));
  }

  /** The ids of the first unit of the given kind (e.g. the coordinator, the leadership). */
  public String unitOfKind(String kind) {
    return unitIds(kind).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("No unit in the directory is of kind '" + kind + "'"));
  }

  /** The coordinator's short name, as texts name it ("Phòng Nội vụ"). */
  public String coordinatorName() {
    return unit(unitOfKind(UnitKind.COORDINATOR.code())).shortName();
  }

  /** The leadership's full name ("Ủy ban nhân dân quận"). */
  public String leadershipName() {
    return unitName(unitOfKind(UnitKind.LEADERSHIP.code()));
  }

  /** The leadership's short name ("UBND quận"). */
  public String leadershipShortName() {
    return unit(unitOfKind(UnitKind.LEADERSHIP.code())).shortName();
  }

  /** The supervisors' names, joined as a sentence lists them ("Hội đồng nhân dân quận và Ủy ban Mặt trận …"). */
  public String supervisorNames() {
    List<String> names = unitsOfKinds(Set.of(UnitKind.SUPERVISOR)).stream().map(Unit::name).toList();
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
  }

  /** The person of the directory with this user id, if the directory lists them. */
  public Optional<Person> person(String userId) {
    return units.values().stream().flatMap(unit -> unit.people().stream()).filter(person -> person.id().equals(userId))
        .findFirst();
  }

  /** The users who head a unit: members of both the unit's group and {@value #HEADS_GROUP}. */
  public List<User> heads(String unitId) {
    return members(unitId).stream().filter(user -> isHead(user.getId())).toList();
  }

  private boolean isHead(String userId) {
    return identityService.createGroupQuery().groupId(HEADS_GROUP).groupMember(userId).count() > 0;
  }

  /** The ids of a unit's heads, comma separated, for {@code camunda:candidateUsers}. */
  public String headIds(String unitId) {
    List<User> heads = heads(unitId);
    if (heads.isEmpty()) {
      throw new IllegalStateException("Unit '" + unitId + "' has no head (member of group " + HEADS_GROUP + ")");
    }
    return heads.stream().map(User::getId).collect(Collectors.joining(","));
  }

  /** The people of a unit who can be reached by e-mail. */
  public List<User> members(String unitId) {
    return identityService.createUserQuery().memberOfGroup(unitId).list();
  }

  static Set<UnitKind> kinds(String kindsCsv) {
    Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
    Arrays.stream(kindsCsv.split(",")).filter(code -> !code.isBlank()).map(UnitKind::fromCode).forEach(kinds::add);
    return kinds;
  }
}
