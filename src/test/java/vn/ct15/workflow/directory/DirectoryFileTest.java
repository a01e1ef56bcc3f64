package vn.ct15.workflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** An organisation file is checked at start: every fault named by the file and the entry, in Vietnamese. */
class DirectoryFileTest {

  static final String VALID = """
      organisation:
        name: "Ủy ban nhân dân tỉnh Ví Dụ"
        issuerLines: ["ỦY BAN NHÂN DÂN", "TỈNH VÍ DỤ"]
        place: "Ví Dụ"
        superior:
          name: "Chính phủ"
          email: vpcp@example.vn
        kinds:
          office: {one: "sở, ban, ngành", all: "các sở, ban, ngành"}
          ward: {one: "xã, phường, đặc khu", all: "các xã, phường, đặc khu"}
          armed-force: {one: "lực lượng vũ trang", all: "các lực lượng vũ trang"}
          public-service: {one: "đơn vị sự nghiệp", all: "các đơn vị sự nghiệp"}
      units:
        - id: ubnd-tinh
          name: "Ủy ban nhân dân tỉnh"
          kind: leadership
          people:
            - {id: chu-tich, firstName: "Chủ tịch", lastName: "UBND tỉnh", email: chu-tich@example.vn, role: head,
               fullName: "Lê Văn Cường", signatureTitles: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]}
        - id: so-noi-vu
          name: "Sở Nội vụ"
          kind: coordinator
        - id: xa-mot
          name: "Ủy ban nhân dân xã Một"
          kind: ward
      """;

  static OrganisationDirectory load(String yaml) {
    ByteArrayResource file = new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "tinh-vi-du.yaml");
    return new OrganisationDirectory(new DirectoryProperties(file, false, "demo"), mock(IdentityService.class));
  }

  @Test
  void shouldTakeAValidFileAndTheDemosOwn() {
    OrganisationDirectory directory = load(VALID);
    assertThat(directory.organisation().issuerLines()).containsExactly("ỦY BAN NHÂN DÂN", "TỈNH VÍ DỤ");
    assertThat(directory.organisation().superior().email()).isEqualTo("vpcp@example.vn");
    assertThat(directory.coordinatorName()).isEqualTo("Sở Nội vụ");
    assertThat(directory.leadershipName()).isEqualTo("Ủy ban nhân dân tỉnh");
    assertThat(directory.person("chu-tich").orElseThrow().signatureTitles()).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
    assertThat(new OrganisationDirectory(new DirectoryProperties(new ClassPathResource("directory/kien-an.yaml"), false, "demo"),
        mock(IdentityService.class)).units()).hasSize(30);
  }

  @Test
  void shouldNameEveryFaultByTheFileAndTheEntry() {
    String faulty = VALID.replace("email: vpcp@example.vn", "email: \"\"")
        .replace("kind: coordinator", "kind: leadership")
        .replace("- id: xa-mot", "- id: \"xã một\"")
        .replace("role: head,", "role: chief,")
        .replace("name: \"Ủy ban nhân dân xã Một\"", "name: \"\"\n    roles: [mediaa]")
        .replace("    ward: {one: \"xã, phường, đặc khu\", all: \"các xã, phường, đặc khu\"}\n", "    ward: {one: \"xã\"}\n");
    assertThatThrownBy(() -> load(faulty))
        .isInstanceOf(DirectoryFileException.class)
        .hasMessageStartingWith("Tệp tổ chức Byte array resource [tinh-vi-du.yaml] không hợp lệ (8 lỗi):")
        .hasMessageContaining("- organisation.kinds.ward.all: thiếu tên gọi chung các đơn vị loại này (ví dụ «các phường»)")
        .hasMessageContaining("- organisation.superior.email: địa chỉ thư điện tử «» không hợp lệ")
        .hasMessageContaining("- units[0] (ubnd-tinh).people[0].role: vai trò «chief» không hợp lệ (head hoặc staff)")
        .hasMessageContaining("- units[2] (xã một).id: mã đơn vị «xã một» không hợp lệ")
        .hasMessageContaining("- units[2] (xã một).name: thiếu tên đơn vị")
        .hasMessageContaining("- units[2] (xã một).roles: vai trò «mediaa» không có trong quy trình nào")
        .hasMessageContaining("- units: cần đúng một đơn vị loại leadership (cơ quan lãnh đạo, phê duyệt), có 2")
        .hasMessageContaining("- units: cần đúng một đơn vị loại coordinator (cơ quan theo dõi, tổng hợp), có 0");
  }

  @Test
  void shouldNameAFieldOrAKindItDoesNotKnowAndTheLineOfBrokenYaml() {
    assertThatThrownBy(() -> load(VALID.replace("  place: \"Ví Dụ\"", "  placee: \"Ví Dụ\"")))
        .isInstanceOf(DirectoryFileException.class)
        .hasMessageContaining("[tinh-vi-du.yaml] không hợp lệ: organisation.placee: ")
        .hasMessageContaining("trường «placee» không có trong tệp tổ chức");
    assertThatThrownBy(() -> load(VALID.replace("kind: ward", "kind: commune")))
        .isInstanceOf(DirectoryFileException.class)
        .hasMessageContaining("[tinh-vi-du.yaml] không hợp lệ: units[2].kind: ")
        .hasMessageContaining("loại đơn vị «commune» không hợp lệ (leadership, coordinator, office, ward");
    assertThatThrownBy(() -> load(VALID.replace("  place: \"Ví Dụ\"", "  place: \"Ví Dụ")))
        .isInstanceOf(DirectoryFileException.class)
        .hasMessageContaining("[tinh-vi-du.yaml] không hợp lệ: dòng ").hasMessageContaining("sai cú pháp YAML");
  }
}
