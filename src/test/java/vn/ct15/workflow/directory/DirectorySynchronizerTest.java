package vn.ct15.workflow.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.transaction.PlatformTransactionManager;
import vn.ct15.workflow.EngineTest;

@EngineTest
class DirectorySynchronizerTest {

  static final List<String> REQUIRED_GROUPS = List.of("ubnd-quan", "van-phong", "phong-noi-vu", "phong-tu-phap",
      "phong-tc-kh", "phong-tn-mt", "phong-ld-tbxh", "phong-vh-tt", "phong-gd-dt", "phong-y-te", "phong-qldt",
      "phong-kinh-te", "thanh-tra", "phuong-bac-son", "phuong-dong-hoa", "phuong-lam-ha", "phuong-nam-son",
      "phuong-ngoc-son", "phuong-phu-lien", "phuong-quan-tru", "phuong-tran-thanh-ngo", "phuong-trang-minh",
      "phuong-van-dau", "cong-an-quan", "ban-chqs-quan", "mttq-quan", "hdnd-quan");

  @Autowired IdentityService identityService;
  @Autowired DirectorySynchronizer synchronizer;
  @Autowired OrganisationDirectory directory;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void shouldLoadEveryUnitOfKienAnAsAGroupTypedByItsKind() {
    for (String id : REQUIRED_GROUPS) {
      assertThat(identityService.createGroupQuery().groupId(id).count()).as(id).isEqualTo(1);
    }
    assertThat(identityService.createGroupQuery().groupId("phuong-bac-son").singleResult())
        .extracting(Group::getName, Group::getType)
        .containsExactly("Ủy ban nhân dân phường Bắc Sơn", "ward");
    assertThat(identityService.createGroupQuery().groupType("ward").count()).isEqualTo(10);
    assertThat(identityService.createGroupQuery().groupType("public-service").count()).isGreaterThanOrEqualTo(2);
    assertThat(directory.unitIds("armed-force")).containsExactly("cong-an-quan", "ban-chqs-quan");
  }

  @Test
  void shouldSeedAHeadAndAStaffMemberWithAnEmailForEveryUnit() {
    for (Unit unit : directory.units()) {
      List<User> members = identityService.createUserQuery().memberOfGroup(unit.id()).list();
      assertThat(members).as(unit.id()).hasSizeGreaterThanOrEqualTo(2).allMatch(user -> user.getEmail().contains("@"));
      assertThat(directory.heads(unit.id())).as(unit.id()).isNotEmpty();
      assertThat(identityService.checkPassword(members.get(0).getId(), "demo")).isTrue();
    }
    assertThat(directory.headIds("phuong-bac-son")).isEqualTo("phuong-bac-son.tt");
  }

  @Test
  void shouldChangeNothingWhenAppliedAgain() {
    long groups = identityService.createGroupQuery().count();
    long users = identityService.createUserQuery().count();

    assertThat(synchronizer.synchronize()).isZero();

    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
  }

  @Test
  void shouldApplyAnEditedDirectoryFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("edited.yaml");
    Files.writeString(file, """
        organisation:
          name: "Ủy ban nhân dân quận Thử Nghiệm"
          issuerLines: ["ỦY BAN NHÂN DÂN", "QUẬN THỬ NGHIỆM"]
          place: "Thử Nghiệm"
          superior:
            name: "Ủy ban nhân dân thành phố"
            email: ubnd-thanhpho@example.vn
          kinds:
            office: {one: "phòng chuyên môn", all: "các phòng chuyên môn"}
            ward: {one: "xã", all: "các xã"}
            armed-force: {one: "lực lượng vũ trang", all: "các lực lượng vũ trang"}
            public-service: {one: "đơn vị sự nghiệp", all: "các đơn vị sự nghiệp"}
        units:
          - id: ubnd-thu-nghiem
            name: "Ủy ban nhân dân quận Thử Nghiệm"
            kind: leadership
          - id: pnv-thu-nghiem
            name: "Phòng Nội vụ"
            kind: coordinator
          - id: xa-thu-nghiem
            name: "Ủy ban nhân dân xã Thử Nghiệm"
            kind: ward
            people:
              - id: xa-thu-nghiem.tt
                firstName: "Chủ tịch"
                lastName: "UBND xã Thử Nghiệm"
                email: xa-thu-nghiem.tt@example.vn
                role: head
        """, StandardCharsets.UTF_8);
    DirectoryProperties properties = new DirectoryProperties(new FileSystemResource(file), true, "demo");
    OrganisationDirectory edited = new OrganisationDirectory(properties, identityService);

    DirectorySynchronizer first = new DirectorySynchronizer(edited, identityService, properties, transactionManager);
    assertThat(first.synchronize()).as("the new ward, its head and their membership").isPositive();
    assertThat(identityService.createGroupQuery().groupId("xa-thu-nghiem").singleResult().getName())
        .isEqualTo("Ủy ban nhân dân xã Thử Nghiệm");
    assertThat(edited.headIds("xa-thu-nghiem")).isEqualTo("xa-thu-nghiem.tt");

    Files.writeString(file, Files.readString(file).replace("xã Thử Nghiệm\"\n    kind", "xã Thử Nghiệm Mới\"\n    kind")
        .replace("role: head", "role: staff"), StandardCharsets.UTF_8);
    OrganisationDirectory renamed = new OrganisationDirectory(properties, identityService);
    DirectorySynchronizer second = new DirectorySynchronizer(renamed, identityService, properties, transactionManager);
    assertThat(second.synchronize()).as("the new name, the head's role").isPositive();

    assertThat(identityService.createGroupQuery().groupId("xa-thu-nghiem").singleResult().getName())
        .isEqualTo("Ủy ban nhân dân xã Thử Nghiệm Mới");
    assertThat(renamed.heads("xa-thu-nghiem")).isEmpty();
    assertThat(identityService.createGroupQuery().groupId("xa-thu-nghiem").count()).isEqualTo(1);
    assertThat(second.synchronize()).isZero();
    assertThat(first).isNotSameAs(second);

    identityService.deleteUser("xa-thu-nghiem.tt");
    identityService.deleteGroup("xa-thu-nghiem");
    identityService.deleteGroup("ubnd-thu-nghiem");
    identityService.deleteGroup("pnv-thu-nghiem");
  }
}
