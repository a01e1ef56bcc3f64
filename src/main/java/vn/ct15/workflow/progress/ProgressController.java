package vn.ct15.workflow.progress;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ct15.workflow.webapp.CockpitLinks;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.security.Callers;
import vn.ct15.workflow.plan.ThePlan;

/**
 * Phòng Nội vụ's progress dashboard (Mục II.5, Kế hoạch 77/KH-UBND): every unit × every duty of a
 * plan year, as JSON for the Cockpit plugin and as an Excel workbook. Read only. Callers log in with
 * HTTP Basic or their Cockpit session and belong to Phòng Nội vụ, UBND quận or a supervisor (HĐND,
 * MTTQ: "dân kiểm tra, dân giám sát").
 */
@RestController
@RequestMapping("/ct15/api")
class ProgressController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ProgressService progress;
  private final ProgressWorkbook workbook;
  private final Callers callers;
  private final Deadlines deadlines;
  private final CockpitLinks cockpit;
  private final ThePlan plan;

  ProgressController(ProgressService progress, ProgressWorkbook workbook, Callers callers, Deadlines deadlines,
      CockpitLinks cockpit, ThePlan plan) {
    this.plan = plan;
    this.progress = progress;
    this.workbook = workbook;
    this.callers = callers;
    this.deadlines = deadlines;
    this.cockpit = cockpit;
  }

  @GetMapping(path = "/progress", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> progress(@RequestParam(required = false) String year, @RequestParam(required = false) String processKey,
      HttpServletRequest request) {
    Optional<ResponseEntity<Object>> refusal = refusal(request);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    Integer planYear = year(year);
    if (planYear == null) {
      return badYear(year);
    }
    return ResponseEntity.ok(progress.matrix(planYear, processKey, cockpit.instanceUrl(request)));
  }

  @GetMapping(path = "/progress.xlsx")
  ResponseEntity<?> workbook(@RequestParam(required = false) String year, @RequestParam(required = false) String processKey,
      HttpServletRequest request) {
    Optional<ResponseEntity<Object>> refusal = refusal(request);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    Integer planYear = year(year);
    if (planYear == null) {
      return badYear(year);
    }
    byte[] xlsx = workbook.write(progress.matrix(planYear, processKey, cockpit.instanceUrl(request)));
    String name = "tien-do-ke-hoach-" + plan.fileName() + "-" + planYear + (processKey == null || processKey.isBlank() ? "" : "-" + processKey) + ".xlsx";
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .body(xlsx);
  }

  private Optional<ResponseEntity<Object>> refusal(HttpServletRequest request) {
    return callers.monitorsOnly(request, "xem tiến độ thực hiện " + plan.reference(), "Mục II.5, Mục III.3");
  }

  private Integer year(String given) {
    if (given == null || given.isBlank()) {
      return deadlines.today().getYear();
    }
    try {
      int year = Integer.parseInt(given.trim());
      return year >= 2000 && year <= 2100 ? year : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static ResponseEntity<Object> badYear(String given) {
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
        .body(message("Năm kế hoạch không hợp lệ: '" + given + "'. Hãy chọn năm, ví dụ 2026."));
  }


  private static Map<String, String> message(String text) {
    return Map.of("message", text);
  }
}
