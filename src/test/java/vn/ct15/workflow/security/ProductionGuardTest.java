package vn.ct15.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import vn.ct15.workflow.signing.DemoSigningKeys;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ct15.workflow.Ct15Application;
import org.junit.jupiter.api.Tag;
import vn.ct15.workflow.Tiers;

/** The prod profile refuses to start with demo credentials, and starts without demo people otherwise. */
@Tag(Tiers.SYSTEM)
class ProductionGuardTest {

  /** Runs the application as its command line would, with a database of its own. */
  static ConfigurableApplicationContext run(String database, String profile, String... arguments) {
    // no web server: Camunda's webapps keep state in statics, and a second webapp start and stop in the
    // test JVM left the shared test application's Cockpit unable to show its login page
    List<String> args = new ArrayList<>(List.of("--spring.profiles.active=" + profile, "--spring.main.web-application-type=none",
        "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
        "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
        "--camunda.bpm.process-engine-name=guard" + Math.abs(database.hashCode()),
        "--camunda.bpm.job-execution.enabled=false", "--spring.jmx.enabled=false"));
    Arrays.stream(arguments).map(argument -> "--" + argument).forEach(args::add);
    return new SpringApplicationBuilder(Ct15Application.class).run(args.toArray(String[]::new));
  }

  @Test
  void shouldRefuseToStartWithoutAnAdministratorPassword() {
    assertThatThrownBy(() -> run("guard-" + UUID.randomUUID(), "prod"))
        .hasRootCauseInstanceOf(InsecureConfigurationException.class)
        .rootCause().hasMessageContaining("CT15_ADMIN_PASSWORD");
    assertThatThrownBy(() -> run("guard-" + UUID.randomUUID(), "prod", "camunda.bpm.admin-user.password=demo"))
        .hasRootCauseInstanceOf(InsecureConfigurationException.class);
  }

  @Test
  void shouldRefuseToStartWhileAUserStillHasTheDemoPassword() {
    String database = "guard-" + UUID.randomUUID();
    run(database, "demo").close();

    assertThatThrownBy(() -> run(database, "prod", "camunda.bpm.admin-user.password=Kh0ng-phai-demo!"))
        .hasRootCauseInstanceOf(InsecureConfigurationException.class)
        .rootCause().hasMessageContaining("mật khẩu 'demo'").hasMessageContaining("demo");
  }

  @Test
  void shouldRefuseToStartWithTheDemoSigningKeys() throws Exception {
    assertThatThrownBy(() -> run("guard-" + UUID.randomUUID(), "prod", "camunda.bpm.admin-user.password=Kh0ng-phai-demo!",
        "ct15.signing.demo=true"))
        .hasRootCauseInstanceOf(InsecureConfigurationException.class)
        .rootCause().hasMessageContaining("khóa ký số DEMO").hasMessageContaining("ct15.signing.demo=true");

    // a demo key under a password of its own is still a demo key: its certificate comes from the demo root
    Path keys = Files.createTempDirectory("demo-keys");
    DemoSigningKeys.create(keys, "Ủy ban nhân dân quận Kiến An", Map.of(), java.sql.Date.valueOf("2020-01-01"),
        java.sql.Date.valueOf("2099-12-31"));
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keys.resolve("agency.p12"))) {
      store.load(in, "demo".toCharArray());
    }
    KeyStore renamed = KeyStore.getInstance("PKCS12");
    renamed.load(null, null);
    renamed.setKeyEntry("key", store.getKey("key", "demo".toCharArray()), "Mat-khau-rieng1".toCharArray(),
        store.getCertificateChain("key"));
    Path agency = keys.resolve("agency-renamed.p12");
    try (OutputStream out = Files.newOutputStream(agency)) {
      renamed.store(out, "Mat-khau-rieng1".toCharArray());
    }
    assertThatThrownBy(() -> run("guard-" + UUID.randomUUID(), "prod", "camunda.bpm.admin-user.password=Kh0ng-phai-demo!",
        "ct15.signing.agency.keystore=file:" + agency, "ct15.signing.agency.password=Mat-khau-rieng1",
        "ct15.signing.agency.image=file:" + keys.resolve("agency-seal.png")))
        .hasRootCauseInstanceOf(InsecureConfigurationException.class)
        .rootCause().hasMessageContaining("chứng thư số cấp bởi gốc DEMO");
  }

  @Test
  void shouldStartWithoutDemoPeopleWhenGivenAnAdministratorPassword() {
    try (ConfigurableApplicationContext context = run("guard-" + UUID.randomUUID(), "prod",
        "camunda.bpm.admin-user.id=quantri", "camunda.bpm.admin-user.password=Kh0ng-phai-demo!")) {
      IdentityService identityService = context.getBean(IdentityService.class);
      assertThat(identityService.createUserQuery().list()).extracting(user -> user.getId()).containsExactly("quantri");
      assertThat(identityService.createGroupQuery().groupId("phuong-bac-son").count()).isEqualTo(1);
      assertThat(identityService.checkPassword("quantri", "Kh0ng-phai-demo!")).isTrue();
    }
  }
}
