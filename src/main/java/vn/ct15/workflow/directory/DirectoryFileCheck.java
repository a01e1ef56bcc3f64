package vn.ct15.workflow.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an organisation file must hold before the product starts on it, each fault named by the file
 * and the entry ({@code units[3] (phuong-bac-son).people[0].email}) in Vietnamese: the organisation's
 * names, its superior and where reports go, the names of its kinds of unit; units with valid, unique ids, a name and a kind; exactly
 * one leadership and one coordinator, whom the texts and the routing name; roles the processes know;
 * people with valid, unique ids, an e-mail address and the role head or staff.
 */
final class DirectoryFileCheck {

  /** As the engine's whitelist (camunda.bpm.generic-properties: generalResourceWhitelistPattern). */
  static final Pattern ID = Pattern.compile("[a-zA-Z0-9._-]{1,64}");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  /** The duties a unit may lead beyond its kind, as the processes look them up. */
  static final Set<String> ROLES = Set.of("media", "portal", "legal-review");

  private final String file;
  private final List<String> faults = new ArrayList<>();

  private DirectoryFileCheck(String file) {
    this.file = file;
  }

  /** Refuses the file with every fault found, or returns quietly. */
  static void check(String file, DirectoryFile directory) {
    DirectoryFileCheck check = new DirectoryFileCheck(file);
    check.organisation(directory.organisation());
    check.units(directory.units());
    if (!check.faults.isEmpty()) {
      throw new DirectoryFileException("Tệp tổ chức " + file + " không hợp lệ (" + check.faults.size() + " lỗi):\n- "
          + String.join("\n- ", check.faults));
    }
  }

  private void organisation(Organisation organisation) {
    if (organisation == null) {
      fault("organisation", "thiếu phần organisation (tên, khối tiêu đề, địa danh, cơ quan cấp trên)");
      return;
    }
    required("organisation.name", organisation.name(), "tên cơ quan ban hành");
    if (organisation.issuerLines().isEmpty() || organisation.issuerLines().stream().anyMatch(line -> line == null || line.isBlank())) {
      fault("organisation.issuerLines", "thiếu tên cơ quan ban hành ở đầu văn bản, mỗi dòng một mục (ví dụ [\"ỦY BAN NHÂN DÂN\", \"TỈNH …\"])");
    }
    required("organisation.place", organisation.place(), "địa danh ghi trước ngày tháng của văn bản");
    if (organisation.superior() == null) {
      fault("organisation.superior", "thiếu cơ quan cấp trên nhận báo cáo (name, email)");
    } else {
      required("organisation.superior.name", organisation.superior().name(), "tên cơ quan cấp trên");
      email("organisation.superior.email", organisation.superior().email());
    }
    for (UnitKind kind : Organisation.NAMED_KINDS) {
      Organisation.KindNames names = organisation.kind(kind);
      required("organisation.kinds." + kind.code() + ".one", names.one(), "tên gọi một đơn vị loại này trong câu (ví dụ «phường»)");
      required("organisation.kinds." + kind.code() + ".all", names.all(), "tên gọi chung các đơn vị loại này (ví dụ «các phường»)");
    }
  }

  private void units(List<Unit> units) {
    if (units == null || units.isEmpty()) {
      fault("units", "danh sách cơ quan, đơn vị trống");
      return;
    }
    Set<String> unitIds = new HashSet<>();
    Set<String> personIds = new HashSet<>();
    int leadership = 0;
    int coordinators = 0;
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      String entry = "units[" + i + "]" + (unit.id() == null ? "" : " (" + unit.id() + ")");
      if (unit.id() == null || !ID.matcher(unit.id()).matches()) {
        fault(entry + ".id", "mã đơn vị «" + unit.id() + "» không hợp lệ (chữ, số, '.', '_', '-', tối đa 64 ký tự)");
      } else if (!unitIds.add(unit.id())) {
        fault(entry + ".id", "mã đơn vị «" + unit.id() + "» đã có ở một đơn vị khác");
      }
      required(entry + ".name", unit.name(), "tên đơn vị");
      if (unit.kind() == null) {
        fault(entry + ".kind", "thiếu loại đơn vị (" + kinds() + ")");
      } else if (unit.kind() == UnitKind.LEADERSHIP) {
        leadership++;
      } else if (unit.kind() == UnitKind.COORDINATOR) {
        coordinators++;
      }
      for (String role : unit.roles()) {
        if (!ROLES.contains(role)) {
          fault(entry + ".roles", "vai trò «" + role + "» không có trong quy trình nào (" + String.join(", ", ROLES) + ")");
        }
      }
      for (int p = 0; p < unit.people().size(); p++) {
        person(entry + ".people[" + p + "]", unit.people().get(p), personIds);
      }
    }
    if (leadership != 1) {
      fault("units", "cần đúng một đơn vị loại leadership (cơ quan lãnh đạo, phê duyệt), có " + leadership);
    }
    if (coordinators != 1) {
      fault("units", "cần đúng một đơn vị loại coordinator (cơ quan theo dõi, tổng hợp), có " + coordinators);
    }
  }

  private void person(String entry, Person person, Set<String> ids) {
    if (person.id() == null || !ID.matcher(person.id()).matches()) {
      fault(entry + ".id", "tên đăng nhập «" + person.id() + "» không hợp lệ (chữ, số, '.', '_', '-', tối đa 64 ký tự)");
    } else if (!ids.add(person.id())) {
      fault(entry + ".id", "tên đăng nhập «" + person.id() + "» đã có ở một người khác");
    }
    email(entry + ".email", person.email());
    if (person.role() == null || !(person.role().equalsIgnoreCase(Person.HEAD) || person.role().equalsIgnoreCase("staff"))) {
      fault(entry + ".role", "vai trò «" + person.role() + "» không hợp lệ (head hoặc staff)");
    }
  }

  private void required(String entry, String value, String what) {
    if (value == null || value.isBlank()) {
      fault(entry, "thiếu " + what);
    }
  }

  private void email(String entry, String value) {
    if (value == null || !EMAIL.matcher(value.strip()).matches()) {
      fault(entry, "địa chỉ thư điện tử «" + value + "» không hợp lệ");
    }
  }

  private void fault(String entry, String what) {
    faults.add(entry + ": " + what);
  }

  private static String kinds() {
    List<String> codes = new ArrayList<>();
    for (UnitKind kind : UnitKind.values()) {
      codes.add(kind.code());
    }
    return String.join(", ", codes);
  }
}
