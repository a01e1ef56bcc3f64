package vn.ct15.workflow.periodicreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.ct15.workflow.Ct15SpringTest;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.periodicreport.PeriodicReportProcess.Var;
import vn.ct15.workflow.process.Motto;

@Ct15SpringTest
class MissingUnitsControllerTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired OrganisationDirectory directory;

  ProcessInstance instance;

  @BeforeEach
  void startAndLetTwoUnitsReport() {
    instance = PeriodicReportTesting.assign(managementService,
        runtimeService.startProcessInstanceByKey(PeriodicReportProcess.KEY, withVariables(Var.PERIOD, "2047-H1")));
    for (String unit : List.of("phong-noi-vu", "phuong-bac-son")) {
      String taskId = PeriodicReportTesting.reportTask(taskService, "ct15-periodic-report:2047-H1", unit).getId();
      Map<String, Object> fields = new java.util.HashMap<>();
      Motto.PARTS.forEach(part -> fields.put(part, "Kết quả " + part + " của " + unit));
      taskService.complete(taskId, fields);
    }
  }

  @AfterEach
  void cleanUp() {
    PeriodicReportTesting.cleanUp(runtimeService);
  }

  String url(String processInstanceId) {
    return "/ct15/api/periodic-reports/" + processInstanceId + "/missing-units";
  }

  @Test
  void shouldAskForALoginWithoutCredentials() {
    ResponseEntity<Map> answer = rest.getForEntity(url(instance.getId()), Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(rest.withBasicAuth("ubnd-quan.cb", "sai-mat-khau").getForEntity(url(instance.getId()), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldRefuseAWard() {
    ResponseEntity<Map> answer = rest.withBasicAuth("phuong-van-dau.cb", "demo").getForEntity(url(instance.getId()), Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) answer.getBody().get("message")).contains("Phòng Nội vụ");
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldListTheUnitsThatHaveNotReportedForPhongNoiVu() {
    ResponseEntity<Map> answer = rest.withBasicAuth("phong-noi-vu.cb", "demo").getForEntity(url(instance.getId()), Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("businessKey", "ct15-periodic-report:2047-H1")
        .containsEntry("periodLabel", "6 tháng đầu năm 2047");
    List<Map<String, String>> missing = (List<Map<String, String>>) answer.getBody().get("missingUnits");
    List<String> expected = directory.unitIds("coordinator,office,ward,armed-force,public-service").stream()
        .filter(unit -> !unit.equals("phong-noi-vu") && !unit.equals("phuong-bac-son")).toList();
    assertThat(missing).extracting(unit -> unit.get("unitId")).containsExactlyElementsOf(expected).hasSize(25);
    assertThat(missing).first().isEqualTo(Map.of("unitId", "van-phong", "name", "Văn phòng HĐND và UBND quận"));
    assertThat(missing).contains(Map.of("unitId", "phuong-van-dau", "name", "Ủy ban nhân dân phường Văn Đẩu"));

    assertThat(rest.withBasicAuth("chu-tich", "demo").getForEntity(url(instance.getId()), Map.class).getStatusCode())
        .as("UBND quận").isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("phong-noi-vu.cb", "demo").getForEntity(url("no-such-instance"), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }
}
