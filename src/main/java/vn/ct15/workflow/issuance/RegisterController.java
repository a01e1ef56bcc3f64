package vn.ct15.workflow.issuance;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ct15.workflow.webapp.CockpitLinks;
import vn.ct15.workflow.security.Callers;
import vn.ct15.workflow.directory.OrganisationDirectory;

/**
 * {@code GET /ct15/api/register?year=2027}: the outgoing register of a year, for the coordinator
 * (Phòng Nội vụ) and the administrators: number, date, symbol, title, signer, and links to the
 * issuing process instance in Cockpit and to the signed PDF. {@code &format=csv} gives it as a
 * spreadsheet file (UTF-8 with a byte order mark, as Excel opens it).
 */
@RestController
@RequestMapping("/ct15/api")
class RegisterController {

  static final String DOCUMENT_VARIABLE = "vanBanPhatHanh";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final List<String> CSV_HEADER = List.of("Năm", "Số", "Ký hiệu", "Ngày ban hành", "Trích yếu", "Người ký",
      "Chức vụ", "Cơ quan ban hành", "Quy trình");

  private final OutgoingRegister register;
  private final Callers callers;
  private final CockpitLinks cockpit;
  private final HistoryService historyService;
  private final String documentPath;
  private final OrganisationDirectory directory;

  RegisterController(OutgoingRegister register, Callers callers, CockpitLinks cockpit, HistoryService historyService,
      ProcessEngine engine, @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
      OrganisationDirectory directory) {
    this.directory = directory;
    this.register = register;
    this.callers = callers;
    this.cockpit = cockpit;
    this.historyService = historyService;
    this.documentPath = webappPath + "/api/engine/engine/" + engine.getName() + "/history/variable-instance/";
  }

  @GetMapping("/register")
  ResponseEntity<?> register(@RequestParam(required = false) String year, @RequestParam(required = false) String format,
      HttpServletRequest request) {
    Optional<String> user = callers.userId(request);
    if (user.isEmpty()) {
      return callers.loginRequired(request, "Cần đăng nhập để xem sổ đăng ký văn bản đi.");
    }
    if (!callers.isCoordinatorOrAdministrator(user.get())) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("message", "Chỉ cơ quan theo dõi, tổng hợp (" + directory.coordinatorName() + ") và quản trị hệ thống được xem sổ đăng ký văn bản đi."));
    }
    int registerYear;
    try {
      registerYear = Integer.parseInt(year == null ? "" : year.trim());
    } catch (NumberFormatException e) {
      registerYear = 0;
    }
    if (registerYear < 2000 || registerYear > 2100) {
      return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("message", "Năm không hợp lệ: '" + year + "'. Hãy chọn năm, ví dụ ?year=2027."));
    }
    List<RegisterEntry> entries = register.year(registerYear);
    if ("csv".equalsIgnoreCase(format)) {
      return csv(registerYear, entries);
    }
    String instanceUrl = cockpit.instanceUrl(request);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (RegisterEntry entry : entries) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("year", entry.year());
      row.put("number", entry.number());
      row.put("symbol", entry.symbol());
      row.put("numberAndSymbol", entry.numberAndSymbol());
      row.put("issuedOn", entry.issuedOn().toString());
      row.put("signedAt", entry.signedAt().toString());
      row.put("title", entry.title());
      row.put("issuer", entry.issuer());
      row.put("signerId", entry.signerId());
      row.put("signer", entry.signer());
      row.put("signerTitle", entry.signerTitle());
      row.put("processInstanceId", entry.processInstanceId());
      row.put("cockpitUrl", entry.processInstanceId() == null ? null : instanceUrl + entry.processInstanceId());
      row.put("documentUrl", documentUrl(request, entry).orElse(null));
      rows.add(row);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Map.of("year", registerYear, "entries", rows));
  }

  /** Where the signed PDF is downloaded: the issuing instance's file variable, kept in the history. */
  private Optional<String> documentUrl(HttpServletRequest request, RegisterEntry entry) {
    if (entry.processInstanceId() == null) {
      return Optional.empty();
    }
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(entry.processInstanceId())
        .variableName(DOCUMENT_VARIABLE).disableBinaryFetching().list().stream().findFirst()
        .map(HistoricVariableInstance::getId).map(id -> request.getContextPath() + documentPath + id + "/data");
  }

  private static ResponseEntity<byte[]> csv(int year, List<RegisterEntry> entries) {
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append(String.join(",", CSV_HEADER)).append("\r\n");
    for (RegisterEntry entry : entries) {
      out.append(String.join(",", List.of(String.valueOf(entry.year()), String.valueOf(entry.number()), cell(entry.symbol()),
          DAY.format(entry.issuedOn()), cell(entry.title()), cell(entry.signer()), cell(entry.signerTitle()), cell(entry.issuer()),
          cell(entry.processInstanceId())))).append("\r\n");
    }
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("so-van-ban-di-" + year + ".csv", StandardCharsets.UTF_8).build().toString())
        .body(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A CSV field, quoted; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
  private static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
