package vn.ct15.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.ct15.workflow.Ct15SpringTest;

/**
 * {@code /actuator/health}: anyone learns UP or DOWN; an administrator, logged in as for
 * {@code /engine-rest}, also sees the components (database, backups); an official or a wrong
 * password sees no more than anyone.
 */
@Ct15SpringTest
class HealthDetailsTest {

  @Autowired TestRestTemplate rest;

  @Test
  void shouldShowTheDetailsToAdministratorsOnly() {
    ResponseEntity<String> anonymous = rest.getForEntity("/actuator/health", String.class);
    assertThat(anonymous.getStatusCode().value()).isEqualTo(200);
    assertThat(anonymous.getBody()).isEqualTo("{\"status\":\"UP\"}");

    assertThat(rest.withBasicAuth("phuong-bac-son.cb", "demo").getForObject("/actuator/health", String.class))
        .isEqualTo("{\"status\":\"UP\"}");
    assertThat(rest.withBasicAuth("phong-noi-vu.tt", "demo").getForObject("/actuator/health", String.class))
        .isEqualTo("{\"status\":\"UP\"}");
    assertThat(rest.withBasicAuth("phuong-nam-son.tt", "wrong-password").getForObject("/actuator/health", String.class))
        .isEqualTo("{\"status\":\"UP\"}");

    String administrator = rest.withBasicAuth("demo", "demo").getForObject("/actuator/health", String.class);
    assertThat(administrator).contains("\"components\"").contains("\"backup\"").contains("\"db\"")
        .contains("sao lưu bằng công cụ của cơ sở dữ liệu");
  }
}
