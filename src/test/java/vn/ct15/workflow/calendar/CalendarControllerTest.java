package vn.ct15.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ct15.workflow.Ct15SpringTest;

/** {@code GET /ct15/api/calendar/{year}}: a year's days off for any logged-in person, as JSON sorted by date. */
@Ct15SpringTest
class CalendarControllerTest {

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> get(String year, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ct15/api/calendar/" + year));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void shouldAnswerTheComputedDaysOfAYearWithoutADecision() throws Exception {
    HttpResponse<String> answer = get("2027", "phuong-bac-son.cb");
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode days = new ObjectMapper().readTree(answer.body());
    assertThat(days).hasSize(14);
    assertThat(days.get(2).toString())
        .isEqualTo("{\"date\":\"2027-02-06\",\"name\":\"Tết Nguyên đán (mùng 1)\",\"source\":\"statutory\",\"kind\":\"off\"}");
    List<String> dates = new ArrayList<>();
    days.forEach(day -> dates.add(day.path("date").asText()));
    assertThat(dates).isSorted();
  }

  @Test
  void shouldAnswerTheGovernmentsDecisionWithItsWorkingSaturday() throws Exception {
    JsonNode days = new ObjectMapper().readTree(get("2025", "mttq-quan.cb").body());
    assertThat(days).allSatisfy(day -> assertThat(day.path("source").asText()).isEqualTo("decision"));
    assertThat(days.toString()).contains("{\"date\":\"2025-04-26\",\"name\":\"Làm bù cho ngày nghỉ 02/5/2025\","
        + "\"source\":\"decision\",\"kind\":\"working\"}");
  }

  @Test
  void shouldRefuseAYearOutsideTheCalendarAndAnAnonymousCaller() throws Exception {
    for (String year : List.of("1899", "2200", "hai-nghin")) {
      HttpResponse<String> refused = get(year, "phuong-bac-son.cb");
      assertThat(refused.statusCode()).as(year).isEqualTo(400);
      assertThat(refused.body()).as(year).contains("Năm không hợp lệ").contains("từ 1900 đến 2199");
    }
    HttpResponse<String> anonymous = get("2027", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("Cần đăng nhập");
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
    HttpResponse<String> fromThePlugin = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ct15/api/calendar/2027"))
        .header("X-Requested-With", "XMLHttpRequest").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(fromThePlugin.statusCode()).isEqualTo(401);
    assertThat(fromThePlugin.headers().firstValue("WWW-Authenticate")).as("no browser login dialog over Cockpit").isEmpty();
  }
}
