package vn.ct15.workflow.periodicreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.ct15.workflow.TestTime.at;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import vn.ct15.workflow.EngineTest;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.issuance.OutgoingRegister;
import vn.ct15.workflow.issuance.RegisterEntry;
import vn.ct15.workflow.periodicreport.PeriodicReportProcess.Element;
import vn.ct15.workflow.periodicreport.PeriodicReportProcess.Var;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.process.Motto;
import vn.ct15.workflow.signing.DemoSigningKeys;

/**
 * The approved report leaves numbered, dated and signed (Nghị định 30/2020/NĐ-CP): its number from
 * the outgoing register, the signer who approved it, a PDF with the signer's and the agency's PAdES
 * signatures that poppler's {@code pdfsig} — a tool we did not write — finds valid, and invalid once
 * one byte changes; the city's mail carries it. A key that has expired stops issuance with an
 * incident: nothing numbered, nothing sent, until the key is renewed and the job retried.
 */
@EngineTest
class ReportIssuanceTest {

  static final String PERFORMERS = "coordinator,office,ward,armed-force,public-service";

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired OrganisationDirectory directory;
  @Autowired OutgoingRegister register;
  @Value("${ct15.signing.demo-directory}") String demoKeys;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    ClockUtil.reset();
    PeriodicReportTesting.cleanUp(runtimeService);
  }

  /** A period every unit reported in, consolidated and approved by {@code approver} on the given day. */
  ProcessInstance approved(String period, int year, int month, int day, String approver) {
    ClockUtil.setCurrentTime(at(year, month, 1, 8, 0));
    ProcessInstance started = PeriodicReportTesting.assign(managementService,
        runtimeService.startProcessInstanceByKey(PeriodicReportProcess.KEY, withVariables(Var.PERIOD, period)));
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
    for (String unit : directory.unitIds(PERFORMERS)) {
      Map<String, Object> fields = new HashMap<>();
      Motto.PARTS.forEach(part -> fields.put(part, "Kết quả " + part + " của " + unit));
      taskService.complete(PeriodicReportTesting.reportTask(taskService, instance.getBusinessKey(), unit).getId(), fields);
    }
    PeriodicReportTesting.recordReports(managementService);
    managementService.executeJob(jobAt(instance, Element.DRAFT_CONSOLIDATED).getId());
    taskService.complete(taskAt(instance, Element.CONSOLIDATE));
    ClockUtil.setCurrentTime(at(year, month, day, 9, 30, 12));
    String approval = taskAt(instance, Element.APPROVE);
    // as the approver, logged in (Tasklist): the engine logs who completed the approval
    identityService.setAuthentication(approver, identityService.createGroupQuery().groupMember(approver).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    try {
      taskService.claim(approval, approver);
      taskService.complete(approval, Map.of(CommonVariables.APPROVED.name(), true));
    } finally {
      identityService.clearAuthentication();
    }
    return instance;
  }

  String taskAt(ProcessInstance instance, String element) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(element).singleResult().getId();
  }

  Job jobAt(ProcessInstance instance, String element) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(element).singleResult();
  }

  @Test
  void shouldNumberDateAndSignTheApprovedReportAsWhoApprovedItAndMailTheSignedPdf() throws Exception {
    ProcessInstance instance = approved("2061-H1", 2061, 6, 29, "pho-chu-tich");
    assertThat(instance).isWaitingAt(Element.ISSUE);
    assertThat(register.find(instance.getBusinessKey())).as("numbered only when issued").isEmpty();

    managementService.executeJob(jobAt(instance, Element.ISSUE).getId());

    assertThat(instance).hasPassed(Element.ISSUE).isWaitingAt(Element.SEND_TO_CITY);
    RegisterEntry entry = register.find(instance.getBusinessKey()).orElseThrow();
    assertThat(entry.year()).isEqualTo(2061);
    assertThat(entry.number()).as("the first document of 2061").isEqualTo(1);
    assertThat(entry.numberAndSymbol()).isEqualTo("1/BC-UBND");
    assertThat(entry.issuedOn()).isEqualTo(LocalDate.of(2061, 6, 29));
    assertThat(entry.signerId()).isEqualTo("pho-chu-tich");
    assertThat(entry.signer()).isEqualTo("Trần Thị Bình");
    assertThat(entry.signerTitle()).isEqualTo("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
    assertThat(entry.processInstanceId()).isEqualTo(instance.getId());
    assertThat(entry.title()).startsWith("BÁO CÁO Kết quả thực hiện Chỉ thị số 15-CT/TU").endsWith("6 tháng đầu năm 2061");
    assertThat(runtimeService.getVariable(instance.getId(), Var.DOCUMENT_NUMBER)).isEqualTo("1/BC-UBND");
    assertThat(runtimeService.getVariable(instance.getId(), Var.SIGNER)).isEqualTo("Trần Thị Bình");

    FileValue issued = runtimeService.getVariableTyped(instance.getId(), Var.ISSUED_DOCUMENT);
    assertThat(issued.getMimeType()).isEqualTo("application/pdf");
    assertThat(issued.getFilename()).isEqualTo("bao-cao-2061-H1-so-1.pdf");
    byte[] pdf = issued.getValue().readAllBytes();
    Path file = Files.createDirectories(Path.of("target", "issued")).resolve(issued.getFilename());
    Files.write(file, pdf);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getVersion()).isGreaterThanOrEqualTo(1.4f);
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("ỦY BAN NHÂN DÂN", "QUẬN KIẾN AN", "Số: 1/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Kiến An, ngày 29 tháng 6 năm 2061", "BÁO CÁO", "6 tháng đầu năm 2061",
          "TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ", "27/27 cơ quan, đơn vị đã gửi báo cáo: 27 đúng hạn",
          "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Bình", "Nơi nhận:",
          "PHỤ LỤC", "BIỂU TỔNG HỢP SỐ LIỆU", "(Kèm theo Báo cáo số 1/BC-UBND)", "Ủy ban nhân dân phường Quán Trữ", "Tổng cộng (27)");
      assertThat(text.indexOf("Trần Thị Bình")).as("the annex after the signature").isLessThan(text.indexOf("BIỂU TỔNG HỢP SỐ LIỆU"));
      PDPage annex = document.getPage(document.getNumberOfPages() - 1);
      assertThat(annex.getMediaBox().getWidth()).as("landscape").isGreaterThan(annex.getMediaBox().getHeight());
      assertThat(text).doesNotContain("……");
      List<PDSignature> signatures = document.getSignatureDictionaries();
      assertThat(signatures).extracting(PDSignature::getName).containsExactly("Trần Thị Bình", "Ủy ban nhân dân quận Kiến An");
      assertThat(signatures).extracting(PDSignature::getSubFilter).containsOnly(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName());
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
    }

    // poppler's pdfsig: both signatures valid, the document unmodified since the last one
    String valid = pdfsig(file);
    assertThat(valid).contains("Signature #1", "Signature #2").doesNotContain("Signature #3");
    assertThat(valid.split("Signature is Valid", -1)).as(valid).hasSize(3);
    assertThat(valid).contains("Total document signed");
    assertThat(valid).contains("Signer Certificate Common Name: Trần Thị Bình")
        .contains("Signer Certificate Common Name: Ủy ban nhân dân quận Kiến An");
    // one byte of the content changed: no longer valid
    Path tampered = file.resolveSibling("tampered-" + file.getFileName());
    Files.write(tampered, tamper(pdf));
    String invalid = pdfsig(tampered);
    assertThat(invalid).doesNotContain("Signature is Valid").contains("Signature #1");

    // the city receives the signed PDF, with the Word document bearing the same number
    managementService.executeJob(jobAt(instance, Element.SEND_TO_CITY).getId());
    assertThat(instance).isEnded();
    MimeMessage[] mails = greenMail.getReceivedMessages();
    assertThat(mails).hasSize(1);
    Part attached = ConsolidatedReportDocumentTest.attachment(mails[0], "application/pdf");
    assertThat(attached.getFileName()).isEqualTo("bao-cao-2061-H1-so-1.pdf");
    assertThat(attached.getInputStream().readAllBytes()).isEqualTo(pdf);
    assertThat(ConsolidatedReportDocumentTest.attachment(mails[0], ConsolidatedReportDocumentTest.DOCX)).isNotNull();
    assertThat(vn.ct15.workflow.notification.Mails.text(mails[0])).contains("Văn bản số 1/BC-UBND ngày 29/06/2061")
        .contains("Trần Thị Bình");
  }

  @Test
  void shouldStopWithAnIncidentNeitherNumberedNorSentWhenTheSignersCertificateHasExpired() throws Exception {
    Path key = Path.of(demoKeys, "chu-tich.p12");
    Path kept = Files.createTempFile("chu-tich", ".p12");
    Files.copy(key, kept, StandardCopyOption.REPLACE_EXISTING);
    Path expired = Files.createTempDirectory("expired-keys");
    DemoSigningKeys.create(expired, "Ủy ban nhân dân quận Kiến An", Map.of("chu-tich", "Nguyễn Văn An"),
        java.sql.Date.valueOf("2020-01-01"), java.sql.Date.valueOf("2021-01-01"));
    try {
      Files.copy(expired.resolve("chu-tich.p12"), key, StandardCopyOption.REPLACE_EXISTING);
      ProcessInstance instance = approved("2062-H1", 2062, 6, 29, "chu-tich");
      Job issue = jobAt(instance, Element.ISSUE);

      assertThatThrownBy(() -> managementService.executeJob(issue.getId())).isNotNull();

      assertThat(instance).isWaitingAt(Element.ISSUE);
      Job failed = managementService.createJobQuery().jobId(issue.getId()).singleResult();
      assertThat(failed.getRetries()).as("an incident at once: waiting would not renew the certificate").isZero();
      Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(incident.getIncidentMessage()).isEqualTo("Chứng thư số của người ký «chu-tich» đã hết hạn ngày 01/01/2021: "
          + "văn bản chưa được ký và phát hành. Gia hạn chứng thư số rồi thử lại trong Cockpit.");
      assertThat(register.find(instance.getBusinessKey())).as("not numbered").isEmpty();
      assertThat(runtimeService.getVariable(instance.getId(), Var.ISSUED_DOCUMENT)).isNull();
      assertThat(greenMail.getReceivedMessages()).as("nothing sent").isEmpty();

      // the certificate renewed, the administrator retries the job in Cockpit: issued, with the year's first number
      Files.copy(kept, key, StandardCopyOption.REPLACE_EXISTING);
      managementService.setJobRetries(issue.getId(), 1);
      managementService.executeJob(issue.getId());
      assertThat(instance).isWaitingAt(Element.SEND_TO_CITY);
      assertThat(register.find(instance.getBusinessKey()).orElseThrow().numberAndSymbol()).isEqualTo("1/BC-UBND");
      assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    } finally {
      Files.copy(kept, key, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void shouldNumberConsecutivelyWithinAYearAndFromOneAgainOnFirstJanuary() {
    ProcessInstance halfYear = approved("2063-H1", 2063, 6, 29, "chu-tich");
    managementService.executeJob(jobAt(halfYear, Element.ISSUE).getId());
    ProcessInstance year = approved("2063", 2063, 12, 31, "chu-tich");
    managementService.executeJob(jobAt(year, Element.ISSUE).getId());
    ProcessInstance next = approved("2064-H1", 2064, 1, 1, "chu-tich");
    managementService.executeJob(jobAt(next, Element.ISSUE).getId());

    assertThat(register.year(2063)).extracting(RegisterEntry::numberAndSymbol).containsExactly("1/BC-UBND", "2/BC-UBND");
    assertThat(register.year(2064)).extracting(RegisterEntry::numberAndSymbol).containsExactly("1/BC-UBND");
    assertThat(register.find(next.getBusinessKey()).orElseThrow().issuedOn()).isEqualTo(LocalDate.of(2064, 1, 1));
  }

  /** poppler's pdfsig on the file; skips the test where poppler-utils is missing, except under CI=true (.ci/run installs it). */
  static String pdfsig(Path pdf) throws IOException, InterruptedException {
    boolean installed = java.util.stream.Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
        .anyMatch(folder -> Files.isExecutable(Path.of(folder, "pdfsig")));
    if (!installed && !"true".equalsIgnoreCase(System.getenv("CI"))) {
      org.junit.jupiter.api.Assumptions.abort("pdfsig (Debian poppler-utils) is not installed");
    }
    Process process = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return output;
  }

  /** One byte of the signed content changed: inside the first stream of the first revision (a page's text). */
  static byte[] tamper(byte[] pdf) {
    String latin = new String(pdf, StandardCharsets.ISO_8859_1);
    int at = latin.indexOf("stream\n", latin.indexOf("endobj")) + 40;
    assertThat(at).as("a stream in the signed revision").isGreaterThan(40).isLessThan(latin.indexOf("/ByteRange"));
    byte[] changed = pdf.clone();
    changed[at] ^= 0x01;
    return changed;
  }
}
