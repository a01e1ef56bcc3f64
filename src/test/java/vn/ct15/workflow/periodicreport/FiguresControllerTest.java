package vn.ct15.workflow.periodicreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ct15.workflow.Ct15SpringTest;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.periodicreport.PeriodicReportProcess.Var;
import vn.ct15.workflow.process.Motto;

/**
 * The period's figures over HTTP, as the Cockpit dashboard reads them: the totals and their share by
 * kind of unit, and the trend over the periods reported, for the monitoring units only (a ward is
 * refused, an anonymous call asked to log in), a mistyped period refused in Vietnamese.
 */
@Ct15SpringTest
class FiguresControllerTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired OrganisationDirectory directory;

  void reported(String period) {
    reported(period, runtimeService, taskService, managementService, directory);
  }

  /** A period in which every unit reported: wards 5 neighbourhood meetings each, every unit 2 contents made public. */
  static void reported(String period, RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
      OrganisationDirectory directory) {
    ProcessInstance cycle = PeriodicReportTesting.assign(managementService,
        runtimeService.startProcessInstanceByKey(PeriodicReportProcess.KEY, withVariables(Var.PERIOD, period)));
    for (String unit : directory.unitIds(FiguresTest.PERFORMERS)) {
      Map<String, Object> fields = new HashMap<>();
      Motto.PARTS.forEach(part -> fields.put(part, "Kết quả " + part));
      fields.put("noiDungCongKhai", 2L);
      if (directory.unit(unit).kind() == UnitKind.WARD) {
        fields.put("hoiNghiThonToDanPho", 5L);
      }
      taskService.complete(PeriodicReportTesting.reportTask(taskService, cycle.getBusinessKey(), unit).getId(), fields);
    }
    PeriodicReportTesting.recordReports(managementService);
  }

  @Test
  void shouldGiveTheMonitorsThePeriodsFiguresByKindAndTheirTrend() throws Exception {
    reported("2098-H1");
    reported("2098");
    List<String> units = directory.unitIds(FiguresTest.PERFORMERS);
    long wards = units.stream().filter(unit -> directory.unit(unit).kind() == UnitKind.WARD).count();

    HttpResponse<String> answer = get("/ct15/api/figures?period=2098", "phong-noi-vu.cb");
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.path("periodLabel").asText()).isEqualTo("năm 2098");
    assertThat(body.path("dataWindow").asText()).isEqualTo("từ ngày 15/12/2097 đến ngày 14/12/2098");
    assertThat(body.path("reported").asInt()).isEqualTo(units.size());
    JsonNode publicised = figure(body, "noiDungCongKhai");
    assertThat(publicised.path("total").asDouble()).isEqualTo(2.0 * units.size());
    assertThat(publicised.path("byKind").path("ward").asDouble()).isEqualTo(2.0 * wards);
    assertThat(figure(body, "hoiNghiThonToDanPho").path("byKind").path("office").asDouble()).isZero();
    assertThat(body.path("kinds").findValuesAsText("name")).contains("Các phường", "Các phòng chuyên môn", "Phòng Nội vụ");

    JsonNode trend = body.path("trend");
    assertThat(trend.path("periods").findValuesAsText("period")).containsSubsequence("2098-H1", "2098");
    for (JsonNode row : trend.path("figures")) {
      if (row.path("key").asText().equals("hoiNghiThonToDanPho")) {
        List<Double> values = JSON.convertValue(row.path("values"), JSON.getTypeFactory().constructCollectionType(List.class, Double.class));
        assertThat(values.subList(values.size() - 2, values.size())).containsExactly(5.0 * wards, 5.0 * wards);
      }
    }

    assertThat(get("/ct15/api/figures?period=2098", "hdnd-quan.cb").statusCode()).as("a supervisor").isEqualTo(200);
    HttpResponse<String> ward = get("/ct15/api/figures?period=2098", "phuong-bac-son.cb");
    assertThat(ward.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(ward.body()).path("message").asText()).startsWith("Chỉ Phòng Nội vụ, Ủy ban nhân dân quận, ")
        .contains("được xem số liệu báo cáo định kỳ của Kế hoạch 77/KH-UBND");
    assertThat(get("/ct15/api/figures?period=2098", null).statusCode()).isEqualTo(401);
    HttpResponse<String> mistyped = get("/ct15/api/figures?period=n%C4%83m-sau", "phong-noi-vu.cb");
    assertThat(mistyped.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(mistyped.body()).path("message").asText()).startsWith("Kỳ báo cáo (period) không hợp lệ");
  }

  @Test
  void shouldRefuseAUnitsFiguresThatBreakTheRulesOverRestAndKeepWhatWasSaved() throws Exception {
    ProcessInstance cycle = PeriodicReportTesting.assign(managementService,
        runtimeService.startProcessInstanceByKey(PeriodicReportProcess.KEY, withVariables(Var.PERIOD, "2087-H1")));
    String task = PeriodicReportTesting.reportTask(taskService, cycle.getBusinessKey(), "phuong-bac-son").getId();
    StringBuilder parts = new StringBuilder();
    Motto.PARTS.forEach(part -> parts.append("\"").append(part).append("\": {\"value\": \"Kết quả ").append(part).append("\"}, "));

    // saved first, as Tasklist's «Lưu» does
    HttpResponse<String> saved = post("/engine-rest/task/" + task + "/variables", "phuong-bac-son.cb",
        "{\"modifications\": {\"donTiepNhan\": {\"value\": 4, \"type\": \"Long\"}}}");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);

    HttpResponse<String> above = post("/engine-rest/task/" + task + "/submit-form", "phuong-bac-son.cb",
        "{\"variables\": {" + parts + "\"donTiepNhan\": {\"value\": 4, \"type\": \"Long\"}, "
            + "\"donDaGiaiQuyet\": {\"value\": 6, \"type\": \"Long\"}}}");
    assertThat(above.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(above.body()).path("message").asText())
        .contains("«Đơn khiếu nại, tố cáo, kiến nghị, phản ánh đã giải quyết (đơn)» (6) không được lớn hơn")
        .doesNotContain("ENGINE-").doesNotContain("Exception");

    HttpResponse<String> fraction = post("/engine-rest/task/" + task + "/submit-form", "phuong-bac-son.cb",
        "{\"variables\": {" + parts + "\"noiDungCongKhai\": {\"value\": 2.5, \"type\": \"Double\"}}}");
    assertThat(fraction.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(fraction.body()).path("message").asText()).contains("«Nội dung đã công khai để Nhân dân biết (nội dung)»");

    assertThat(taskService.createTaskQuery().taskId(task).count()).as("the task stays open").isOne();
    assertThat(taskService.getVariable(task, "donTiepNhan")).as("what was saved is kept").isEqualTo(4L);
    assertThat(taskService.getVariable(task, "donDaGiaiQuyet")).as("nothing of the refused call written").isNull();
    assertThat(taskService.getVariable(task, "noiDungCongKhai")).isNull();

    // a saved draft is not a report: the dashboard counts no unit and no figure of the open period
    JsonNode open = JSON.readTree(get("/ct15/api/figures?period=2087-H1", "phong-noi-vu.cb").body());
    assertThat(open.path("reported").asInt()).isZero();
    assertThat(figure(open, "donTiepNhan").path("total").asDouble()).isZero();
    PeriodicReportTesting.cleanUp(runtimeService);
  }

  HttpResponse<String> post(String path, String user, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode figure(JsonNode body, String key) {
    for (JsonNode part : body.path("parts")) {
      for (JsonNode figure : part.path("figures")) {
        if (figure.path("key").asText().equals(key)) {
          return figure;
        }
      }
    }
    throw new AssertionError("no figure " + key);
  }

  HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
