package vn.ct15.workflow.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.ct15.workflow.Ct15SpringTest;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.process.Motto;
import vn.ct15.workflow.wardplan.WardPlanProcess;

/**
 * Phòng Nội vụ exports a closed plan year: the ward plans of 2079 drafted and approved by each ward,
 * with a document attached, give one ZIP with the cycles, every task with its unit and who completed
 * it, the values submitted, the audit log, the document as stored and the dashboard; the export
 * writes nothing; a year still running, a unit, a supervisor and a stranger are refused.
 */
@Ct15SpringTest
class YearArchiveTest {

  static final int YEAR = 2079;

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;

  ResponseEntity<byte[]> export(String user, String year) {
    return (user == null ? rest : rest.withBasicAuth(user, "demo")).getForEntity("/ct15/api/archive?year=" + year, byte[].class);
  }

  @Test
  void shouldExportAClosedYearWithWhoDidWhatAndWhenAndChangeNothing() throws Exception {
    ProcessInstance cycle = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, Map.of(CommonVariables.YEAR.name(), YEAR));
    byte[] document = "Kế hoạch thực hiện dân chủ ở phường năm 2079".getBytes(StandardCharsets.UTF_8);
    runtimeService.setVariable(cycle.getId(), "keHoachDinhKem", Variables.fileValue("ke-hoach.docx").file(document).create());

    ResponseEntity<byte[]> running = export("phong-noi-vu.cb", String.valueOf(YEAR));
    assertThat(running.getStatusCode().value()).isEqualTo(409);
    assertThat(new String(running.getBody(), StandardCharsets.UTF_8)).contains("chưa khép lại").contains("1 quy trình đang chạy");

    for (Task draft : taskService.createTaskQuery().processInstanceId(cycle.getId()).list()) {
      String ward = (String) taskService.getVariable(draft.getId(), CommonVariables.UNIT_ID.name());
      as(ward + ".cb", ward, () -> taskService.complete(draft.getId(), parts(ward)));
      Task approval = taskService.createTaskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(WardPlanProcess.Element.APPROVE)
          .taskCandidateUser(ward + ".tt").singleResult();
      as(ward + ".tt", ward, () -> taskService.complete(approval.getId(), Map.of(CommonVariables.APPROVED.name(), true)));
    }
    for (Job job : managementService.createJobQuery().processInstanceId(cycle.getId()).executable().list()) {
      managementService.executeJob(job.getId());
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(cycle.getId()).count()).as("the year is closed").isZero();

    long[] before = counts();
    ResponseEntity<byte[]> answer = export("phong-noi-vu.cb", String.valueOf(YEAR));
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo("ho-so-nam-2079.zip");
    assertThat(counts()).as("the export writes nothing").isEqualTo(before);

    Map<String, byte[]> files = unzip(answer.getBody());
    assertThat(files).containsKeys("index.json", "quy-trinh.csv", "nhiem-vu.csv", "gia-tri-da-nhap.csv", "nhat-ky-thao-tac.csv",
        "so-van-ban-di.csv",
        "tien-do.json", "tien-do.xlsx", "tai-lieu/ct15-ward-plan_2079/ke-hoach.docx");
    assertThat(files.get("tai-lieu/ct15-ward-plan_2079/ke-hoach.docx")).isEqualTo(document);

    JsonNode index = new ObjectMapper().readTree(files.get("index.json"));
    assertThat(index.get("nam").asInt()).isEqualTo(YEAR);
    assertThat(index.get("soQuyTrinh").asInt()).isOne();
    assertThat(index.get("soNhiemVu").asInt()).isEqualTo(20);
    assertThat(index.get("soDonVi").asInt()).isEqualTo(10);
    assertThat(index.get("tep").findValuesAsText("tep")).hasSize(files.size() - 1);

    String tasks = text(files.get("nhiem-vu.csv"));
    assertThat(files.get("nhiem-vu.csv")).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(tasks.lines()).hasSize(21);
    assertThat(tasks).contains("Ủy ban nhân dân phường Bắc Sơn").contains("phuong-bac-son.cb").contains("phuong-bac-son.tt")
        .contains("Lập Kế hoạch thực hiện dân chủ ở phường năm 2079");
    assertThat(text(files.get("gia-tri-da-nhap.csv"))).contains("danThuHuong").contains("Nội dung danThuHuong của phuong-van-dau");
    assertThat(text(files.get("nhat-ky-thao-tac.csv"))).contains("phuong-lam-ha.tt,Complete");
    assertThat(text(files.get("quy-trinh.csv"))).contains("ct15-ward-plan:2079").contains("COMPLETED");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.get("tien-do.xlsx")))) {
      assertThat(workbook.getNumberOfSheets()).isPositive();
    }
  }

  @Test
  void shouldRefuseAnyoneButTheCoordinatorAndTheAdministrators() {
    assertThat(export(null, "2078").getStatusCode().value()).isEqualTo(401);
    assertThat(export("phuong-bac-son.tt", "2078").getStatusCode().value()).isEqualTo(403);
    assertThat(new String(export("hdnd-quan.cb", "2078").getBody(), StandardCharsets.UTF_8)).contains("Chỉ cơ quan theo dõi");
    assertThat(export("demo", "2078").getStatusCode().value()).as("a year without cycles is closed").isEqualTo(200);
    ResponseEntity<byte[]> bad = export("phong-noi-vu.tt", "năm ngoái");
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(new String(bad.getBody(), StandardCharsets.UTF_8)).contains("Năm kế hoạch không hợp lệ");
  }

  long[] counts() {
    return new long[] {historyService.createHistoricProcessInstanceQuery().count(), historyService.createHistoricDetailQuery().count(),
        historyService.createUserOperationLogQuery().count(), historyService.createHistoricTaskInstanceQuery().count(),
        historyService.createHistoricVariableInstanceQuery().count()};
  }

  void as(String user, String unit, Runnable work) {
    identityService.setAuthentication(user, List.of(unit));
    try {
      work.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  static Map<String, Object> parts(String ward) {
    Map<String, Object> parts = new LinkedHashMap<>();
    Motto.PARTS.forEach(part -> parts.put(part, "Nội dung " + part + " của " + ward));
    return parts;
  }

  static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  static String text(byte[] csv) {
    return new String(csv, StandardCharsets.UTF_8);
  }

}
