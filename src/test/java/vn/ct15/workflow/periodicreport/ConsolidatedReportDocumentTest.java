package vn.ct15.workflow.periodicreport;

import static vn.ct15.workflow.TestTime.HANOI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.junit.jupiter.api.Assumptions;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.ct15.workflow.Ct15SpringTest;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.periodicreport.PeriodicReportProcess.Element;
import vn.ct15.workflow.periodicreport.PeriodicReportProcess.Var;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.process.Motto;

/** The consolidated report as a Word document: drafted, renewed, downloadable, and mailed to the city. */
@Ct15SpringTest
class ConsolidatedReportDocumentTest {

  static final String PERFORMERS = "coordinator,office,ward,armed-force,public-service";
  static final String LATE_UNIT = "phuong-trang-minh";
  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired OrganisationDirectory directory;
  @Autowired TestRestTemplate rest;

  List<String> units;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    units = directory.unitIds(PERFORMERS);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    PeriodicReportTesting.cleanUp(runtimeService);
  }

  Task taskAt(ProcessInstance instance, String element) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(element).singleResult();
  }

  static Map<String, Object> report(String unit) {
    Map<String, Object> fields = new HashMap<>();
    Motto.PARTS.forEach(part -> fields.put(part, "Kết quả " + part + " của " + unit));
    return fields;
  }

  static Date at(int year, int month, int day) {
    return Date.from(LocalDateTime.of(year, month, day, 9, 0).atZone(HANOI).toInstant());
  }

  static XWPFDocument open(InputStream docx) throws IOException {
    return new XWPFDocument(docx);
  }

  static String text(XWPFDocument document) throws IOException {
    try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }

  FileValue document(ProcessInstance instance) {
    return runtimeService.getVariableTyped(instance.getId(), Var.REPORT_DOCUMENT);
  }

  /** Every unit reports, the late unit last and five days after its due date (15 November). */
  ProcessInstance reportedByEveryUnit(String period, int year) {
    ClockUtil.setCurrentTime(at(year, 11, 1));
    ProcessInstance instance = PeriodicReportTesting.assign(managementService,
        runtimeService.startProcessInstanceByKey(PeriodicReportProcess.KEY, withVariables(Var.PERIOD, period)));
    for (String unit : units) {
      if (!unit.equals(LATE_UNIT)) {
        Map<String, Object> fields = report(unit);
        if (unit.equals("phuong-quan-tru")) {
          fields.put(Var.SHORTCOMINGS, "Một số tổ dân phố chưa niêm yết công khai kịp thời");
          fields.put(Var.PROPOSALS, "Đề nghị bổ sung kinh phí năm sau");
        }
        taskService.complete(reportTask(instance, unit).getId(), fields);
      }
    }
    ClockUtil.setCurrentTime(at(year, 11, 20));
    taskService.complete(reportTask(instance, LATE_UNIT).getId(), report(LATE_UNIT));
    // each unit's report is recorded in a job of its own; the last one moves the period on
    PeriodicReportTesting.recordReports(managementService);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(Element.DRAFT_CONSOLIDATED).singleResult().getId());
    return instance;
  }

  Task reportTask(ProcessInstance instance, String unit) {
    return PeriodicReportTesting.reportTask(taskService,
        runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey(), unit);
  }

  @Test
  void shouldDraftTheReportAsAWordDocumentWithEveryUnitAndTheLateOneMarked() throws IOException {
    ProcessInstance instance = reportedByEveryUnit("2051", 2051);

    assertThat(instance).hasPassed(Element.DRAFT_CONSOLIDATED).isWaitingAt(Element.CONSOLIDATE);
    FileValue file = document(instance);
    assertThat(file).isNotNull();
    assertThat(file.getFilename()).isEqualTo("bao-cao-tong-hop-2051.docx");
    assertThat(file.getMimeType()).isEqualTo(DOCX);
    assertThat(runtimeService.getVariable(instance.getId(), Var.REPORT_DOCUMENT_URL))
        .isEqualTo("/camunda/api/engine/engine/default/process-instance/" + instance.getId() + "/variables/baoCaoTongHop/data");
    Files.write(Path.of("target", "bao-cao-tong-hop-2051.docx"), file.getValue().readAllBytes());

    try (XWPFDocument docx = open(document(instance).getValue())) {
      String text = text(docx);
      assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN DÂN",
          "QUẬN KIẾN AN", "Số: ……/BC-UBND", "Kiến An, ngày …… tháng …… năm ……", "BÁO CÁO",
          "Kết quả thực hiện Chỉ thị số 15-CT/TU ngày 21/11/2022 của Ban Thường vụ Thành ủy năm 2051", "Nơi nhận:",
          "- UBND thành phố (để báo cáo);", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
      assertThat(text).as("the draft text is the body")
          .contains("27/27 cơ quan, đơn vị đã gửi báo cáo: 26 đúng hạn, 1 trễ hạn.")
          .contains("II. KẾT QUẢ THỰC HIỆN PHƯƠNG CHÂM")
          .contains("Một số tổ dân phố chưa niêm yết công khai kịp thời (Ủy ban nhân dân phường Quán Trữ).")
          .contains("Đề nghị bổ sung kinh phí năm sau (Ủy ban nhân dân phường Quán Trữ).")
          .as("the units' own texts are in the other annex").doesNotContain("Kết quả danBiet của");
      assertThat(text.indexOf("PHÓ CHỦ TỊCH")).as("the figures' table after the signature")
          .isLessThan(text.indexOf("BIỂU TỔNG HỢP SỐ LIỆU"));
    }

    FileValue annex = runtimeService.getVariableTyped(instance.getId(), Var.UNIT_REPORTS_DOCUMENT);
    assertThat(annex.getFilename()).isEqualTo("tap-hop-bao-cao-don-vi-2051.docx");
    assertThat(runtimeService.getVariable(instance.getId(), Var.UNIT_REPORTS_DOCUMENT_URL)).isEqualTo(
        "/camunda/api/engine/engine/default/process-instance/" + instance.getId() + "/variables/tapHopBaoCao/data");
    try (XWPFDocument docx = open(annex.getValue())) {
      String text = text(docx);
      assertThat(text).contains("TẬP HỢP BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ", "năm 2051")
          .contains("Hạn chế, tồn tại: Một số tổ dân phố chưa niêm yết công khai kịp thời")
          .contains("Đề xuất, kiến nghị: Đề nghị bổ sung kinh phí năm sau")
          .contains("27 cơ quan, đơn vị phải báo cáo: 26 đúng hạn, 1 trễ hạn, 0 chưa báo cáo.");
      for (String unit : units) {
        assertThat(text).contains(directory.unitName(unit));
        for (String part : Motto.PARTS) {
          assertThat(text).contains("Kết quả " + part + " của " + unit);
        }
      }
      XWPFTable table = docx.getTables().stream()
          .filter(candidate -> candidate.getRow(0).getCell(0).getText().equals("STT")).findFirst().orElseThrow();
      List<XWPFTableRow> unitRows = table.getRows().stream().skip(1).filter(row -> !row.getCell(2).getText().isEmpty()).toList();
      assertThat(unitRows).as("a row per unit, under its kind").hasSize(units.size());
      for (String unit : units) {
        boolean late = unit.equals(LATE_UNIT);
        XWPFTableRow row = unitRows.stream().filter(candidate -> candidate.getCell(1).getText().equals(directory.unitName(unit)))
            .findFirst().orElseThrow();
        assertThat(row.getTableCells()).as(unit).extracting(cell -> cell.getText()).endsWith("15/11/2051",
            late ? "20/11/2051" : "01/11/2051", late ? "Trễ hạn" : "Đúng hạn");
      }
    }
  }

  @Test
  void shouldKeepTheReportToEightPagesUpToTheSignatureWhateverTheUnitsWrote() throws Exception {
    ClockUtil.setCurrentTime(at(2053, 11, 1));
    ProcessInstance instance = PeriodicReportTesting.assign(managementService,
        runtimeService.startProcessInstanceByKey(PeriodicReportProcess.KEY, withVariables(Var.PERIOD, "2053")));
    // every unit writes as much as the form takes, every line its own
    for (String unit : units) {
      Map<String, Object> fields = new HashMap<>();
      Motto.PARTS.forEach(part -> fields.put(part, longText("Kết quả " + part + " của " + unit, 10_000)));
      fields.put(Var.MODELS, longText("Mô hình của " + unit, 2_000));
      fields.put(Var.SHORTCOMINGS, longText("Hạn chế của " + unit, 10_000));
      fields.put(Var.DIFFICULTIES, longText("Khó khăn của " + unit, 10_000));
      fields.put(Var.PROPOSALS, longText("Đề xuất của " + unit, 10_000));
      taskService.complete(reportTask(instance, unit).getId(), fields);
    }
    PeriodicReportTesting.recordReports(managementService);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(Element.DRAFT_CONSOLIDATED).singleResult().getId());

    // the Word document as LibreOffice lays it out
    Path docx = Files.createDirectories(Path.of("target", "pages")).resolve("bao-cao-tong-hop-2053.docx");
    Files.write(docx, document(instance).getValue().readAllBytes());
    int wordPages = pagesBefore(libreOfficePdf(docx), FiguresAnnex.TITLE);
    // the issued PDF, as it is signed and sent
    taskService.complete(taskAt(instance, Element.CONSOLIDATE).getId());
    taskService.complete(taskAt(instance, Element.APPROVE).getId(), Map.of(CommonVariables.APPROVED.name(), true));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(Element.ISSUE).singleResult().getId());
    FileValue issued = runtimeService.getVariableTyped(instance.getId(), Var.ISSUED_DOCUMENT);
    int pdfPages = pagesBefore(issued.getValue().readAllBytes(), FiguresAnnex.TITLE);
    System.out.printf("Report up to the signature, 27 units writing %,d characters each: Word %d pages, issued PDF %d pages%n",
        6 * 10_000 + 2_000 + 3 * 10_000, wordPages, pdfPages);
    assertThat(wordPages).isBetween(2, 8);
    assertThat(pdfPages).isBetween(2, 8);
  }

  /** A text of about {@code length} characters in lines of about 600, each line its own. */
  static String longText(String lead, int length) {
    StringBuilder text = new StringBuilder();
    for (int line = 1; text.length() + 700 < length; line++) {
      text.append(lead).append(", nội dung thứ ").append(line).append(": ")
          .append("đã triển khai thực hiện đầy đủ, đúng quy định, có sự tham gia của Nhân dân. ".repeat(7)).append('\n');
    }
    return text.toString().strip();
  }

  /** How many pages come before the first page that shows {@code text}. */
  static int pagesBefore(byte[] pdf, String text) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        if (stripper.getText(document).contains(text)) {
          return page - 1;
        }
      }
      throw new AssertionError("no page shows " + text);
    }
  }

  /** The document converted by LibreOffice; skips where it is missing, except under CI=true (.ci/run installs it). */
  static byte[] libreOfficePdf(Path docx) throws IOException, InterruptedException {
    boolean installed = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
        .anyMatch(folder -> Files.isExecutable(Path.of(folder, "soffice")));
    if (!installed && !"true".equalsIgnoreCase(System.getenv("CI"))) {
      Assumptions.abort("soffice (Debian libreoffice-writer-nogui) is not installed");
    }
    Path profile = Files.createTempDirectory("ct15-lo-");
    Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
        "--outdir", docx.getParent().toString(), docx.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)).as(output).isTrue();
    Path pdf = docx.resolveSibling(docx.getFileName().toString().replaceAll("\\.docx$", ".pdf"));
    assertThat(pdf).as(output).exists();
    return Files.readAllBytes(pdf);
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void shouldRenewTheDocumentWithTheEditedTextAndMailItToTheCityDated() throws Exception {
    ProcessInstance instance = reportedByEveryUnit("2052", 2052);
    Task consolidate = taskAt(instance, Element.CONSOLIDATE);
    String edited = taskService.getVariable(consolidate.getId(), Var.REPORT_TEXT) + "\nPhòng Nội vụ đã biên tập: 12 hội nghị đối thoại.";
    taskService.complete(consolidate.getId(), Map.of(Var.REPORT_TEXT, edited));

    try (XWPFDocument docx = open(document(instance).getValue())) {
      assertThat(text(docx)).as("renewed on completing the consolidation")
          .contains("Phòng Nội vụ đã biên tập: 12 hội nghị đối thoại.").contains("Kiến An, ngày …… tháng …… năm ……");
    }

    // UBND quận and Phòng Nội vụ download it as themselves; a ward cannot
    String path = "/engine-rest/process-instance/" + instance.getId() + "/variables/" + Var.REPORT_DOCUMENT + "/data";
    ResponseEntity<byte[]> chairman = rest.withBasicAuth("pho-chu-tich", "demo").getForEntity(path, byte[].class);
    assertThat(chairman.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(chairman.getHeaders().getContentType().toString()).startsWith(DOCX);
    assertThat(chairman.getHeaders().getContentDisposition().getFilename()).isEqualTo("bao-cao-tong-hop-2052.docx");
    try (XWPFDocument docx = open(new ByteArrayInputStream(chairman.getBody()))) {
      assertThat(text(docx)).contains("12 hội nghị đối thoại");
    }
    assertThat(rest.withBasicAuth("phong-noi-vu.cb", "demo").getForEntity(path, byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("phuong-bac-son.cb", "demo").getForEntity(path, byte[].class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

    ClockUtil.setCurrentTime(at(2052, 11, 28));
    taskService.complete(taskAt(instance, Element.APPROVE).getId(), Map.of(CommonVariables.APPROVED.name(), true));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(Element.ISSUE).singleResult().getId());
    Job send = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(Element.SEND_TO_CITY).singleResult();
    managementService.executeJob(send.getId());

    assertThat(instance).isEnded();
    MimeMessage[] mails = greenMail.getReceivedMessages();
    assertThat(mails).hasSize(1);
    Part attachment = attachment(mails[0], DOCX);
    assertThat(attachment.getFileName()).isEqualTo("bao-cao-tong-hop-2052.docx");
    assertThat(attachmentNames(mails[0])).as("the report with its annexes").contains("bao-cao-tong-hop-2052.docx",
        "bang-so-lieu-2052.xlsx", "tap-hop-bao-cao-don-vi-2052.docx");
    assertThat(vn.ct15.workflow.notification.Mails.text(mails[0])).contains("Phụ lục kèm theo: bang-so-lieu-2052.xlsx "
        + "(Biểu tổng hợp số liệu), tap-hop-bao-cao-don-vi-2052.docx (Tập hợp báo cáo của các cơ quan, đơn vị).");
    assertThat(attachment.getContentType()).startsWith(DOCX);
    try (XWPFDocument docx = open(attachment.getInputStream())) {
      assertThat(text(docx)).contains("Phòng Nội vụ đã biên tập: 12 hội nghị đối thoại.")
          .contains("Kiến An, ngày 28 tháng 11 năm 2052").contains("BÁO CÁO").contains("26 đúng hạn, 1 trễ hạn")
          .as("numbered from the register, signed by who approved (the demo's default signer: no login here)")
          .containsPattern("Số: \\d+/BC-UBND").contains("Nguyễn Văn An").doesNotContain("……");
    }

    // the outgoing register: Phòng Nội vụ reads it (and downloads the signed PDF); a ward cannot; nobody anonymously
    ResponseEntity<Map> book = rest.withBasicAuth("phong-noi-vu.cb", "demo").getForEntity("/ct15/api/register?year=2052", Map.class);
    assertThat(book.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> entries = (List<Map<String, Object>>) book.getBody().get("entries");
    Map<String, Object> entry = entries.stream().filter(row -> instance.getId().equals(row.get("processInstanceId")))
        .findFirst().orElseThrow();
    assertThat(entry).containsEntry("symbol", "BC-UBND").containsEntry("issuedOn", "2052-11-28")
        .containsEntry("signer", "Nguyễn Văn An").containsEntry("signerTitle", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH");
    assertThat((String) entry.get("cockpitUrl")).endsWith("/camunda/app/cockpit/default/#/process-instance/" + instance.getId());
    String documentUrl = (String) entry.get("documentUrl");
    assertThat(documentUrl).startsWith("/camunda/api/engine/engine/default/history/variable-instance/").endsWith("/data");
    String variableId = documentUrl.replaceAll(".*/variable-instance/([^/]+)/data", "$1");
    ResponseEntity<byte[]> pdf = rest.withBasicAuth("phong-noi-vu.cb", "demo")
        .getForEntity("/engine-rest/history/variable-instance/" + variableId + "/data", byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(pdf.getBody(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    ResponseEntity<String> csv = rest.withBasicAuth("demo", "demo").getForEntity("/ct15/api/register?year=2052&format=csv", String.class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getBody()).startsWith("\uFEFFNăm,Số,Ký hiệu,Ngày ban hành").contains("\"BC-UBND\",28/11/2052");
    ResponseEntity<Map> ward = rest.withBasicAuth("phuong-bac-son.cb", "demo").getForEntity("/ct15/api/register?year=2052", Map.class);
    assertThat(ward.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ward.getBody().get("message")).asString().contains("sổ đăng ký văn bản đi");
    assertThat(rest.getForEntity("/ct15/api/register?year=2052", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("phong-noi-vu.cb", "demo").getForEntity("/ct15/api/register?year=abc", Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  /** The file names of the mail's attachments. */
  static List<String> attachmentNames(MimeMessage mail) throws Exception {
    Multipart multipart = (Multipart) mail.getContent();
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < multipart.getCount(); i++) {
      Part part = multipart.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        names.add(part.getFileName());
      }
    }
    return names;
  }

  /** The mail's attachment of this content type. */
  static Part attachment(MimeMessage mail, String contentType) throws Exception {
    Multipart multipart = (Multipart) mail.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      Part part = multipart.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getContentType().startsWith(contentType)) {
        return part;
      }
    }
    throw new AssertionError("no attachment");
  }
}
