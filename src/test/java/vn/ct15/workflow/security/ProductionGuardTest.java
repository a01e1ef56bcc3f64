package vn.ct15.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
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
    List<String> args = new ArrayList<>(List.of("--spring.profiles.active=" + profile, "--server.port=0",
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
