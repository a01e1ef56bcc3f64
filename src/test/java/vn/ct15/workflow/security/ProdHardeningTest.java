package vn.ct15.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.junit.jupiter.api.Tag;
import vn.ct15.workflow.Tiers;

/** The prod profile enforces Camunda's password policy, secure cookies and HSTS; the lockout holds in every profile. */
@Tag(Tiers.SYSTEM)
class ProdHardeningTest {

  @Test
  void shouldEnforceThePasswordPolicyAndSecureCookiesInProd() {
    try (ConfigurableApplicationContext context = ProductionGuardTest.run("hardening-" + UUID.randomUUID(), "prod",
        "camunda.bpm.admin-user.id=quantri", "camunda.bpm.admin-user.password=Kh0ng-phai-demo!")) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      assertThat(configuration.isEnablePasswordPolicy()).isTrue();
      assertThat(configuration.getLoginMaxAttempts()).isEqualTo(10);
      IdentityService identityService = engine.getIdentityService();
      assertThat(identityService.checkPasswordAgainstPolicy("demo1234").isValid()).isFalse();
      assertThat(identityService.checkPasswordAgainstPolicy("Kh0ng-phai-demo!").isValid()).isTrue();
      User weak = identityService.newUser("phuong-bac-son.cb");
      weak.setPassword("demo");
      assertThatThrownBy(() -> identityService.saveUser(weak)).isInstanceOf(ProcessEngineException.class);

      Environment environment = context.getEnvironment();
      assertThat(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isTrue();
      assertThat(environment.getProperty("camunda.bpm.webapp.csrf.enable-secure-cookie", Boolean.class)).isTrue();
      assertThat(environment.getProperty("camunda.bpm.webapp.header-security.hsts-disabled", Boolean.class)).isFalse();
    }
  }
}
