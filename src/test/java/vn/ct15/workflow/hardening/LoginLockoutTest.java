package vn.ct15.workflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import vn.ct15.workflow.Ct15SpringTest;

/** Repeated wrong passwords lock the user out, also for the right password, until an administrator unlocks. */
@Ct15SpringTest
class LoginLockoutTest {

  static final String USER = "hardening-khoa-thu.cb";
  static final String PASSWORD = "demo";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void createUser() {
    User user = identityService.newUser(USER);
    user.setFirstName("Thử");
    user.setLastName("Khóa");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    identityService.deleteUser(USER);
  }

  ResponseEntity<String> tasksAs(String password) {
    return RestClient.builder().baseUrl("http://localhost:" + port).defaultStatusHandler(status -> true, (request, response) -> { })
        .defaultHeaders(headers -> headers.setBasicAuth(USER, password)).build()
        .get().uri("/engine-rest/task").retrieve().toEntity(String.class);
  }

  /** Moves the engine clock past any login delay, so only the attempt count matters. */
  void later(int minutes) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + minutes * 60_000L));
  }

  @Test
  void shouldRefuseTheRightPasswordAfterTooManyWrongOnesUntilUnlocked() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    int maxAttempts = configuration.getLoginMaxAttempts();
    assertThat(maxAttempts).isEqualTo(10);
    assertThat(configuration.getLoginDelayMaxTime()).isEqualTo(60);
    assertThat(tasksAs(PASSWORD).getStatusCode().value()).isEqualTo(200);

    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      later(5);
      assertThat(tasksAs("sai-mat-khau-" + attempt).getStatusCode().value()).isEqualTo(401);
    }
    later(5);
    ResponseEntity<String> locked = tasksAs(PASSWORD);

    assertThat(locked.getStatusCode().value()).isEqualTo(401);
    assertThat(String.valueOf(locked.getBody())).doesNotContain("Exception", "at org.", "at java.");
    later(24 * 60);
    assertThat(tasksAs(PASSWORD).getStatusCode().value()).as("still locked a day later").isEqualTo(401);

    identityService.unlockUser(USER);
    assertThat(tasksAs(PASSWORD).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void shouldDelayTheNextAttemptAfterAWrongPassword() {
    assertThat(tasksAs("sai-mat-khau").getStatusCode().value()).isEqualTo(401);

    assertThat(tasksAs(PASSWORD).getStatusCode().value()).as("within the delay").isEqualTo(401);
    later(1);
    assertThat(tasksAs(PASSWORD).getStatusCode().value()).isEqualTo(200);
  }
}
