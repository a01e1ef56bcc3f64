package vn.ct15.workflow.progress;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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
 * {@code GET /ct15/api/archive?year=2026}: a closed plan year as one ZIP archive (see
 * {@link YearArchive}), for the coordinator (Phòng Nội vụ) and the administrators. Read only; a year
 * whose cycles still run is refused, so the archive holds each cycle's end.
 */
@RestController
@RequestMapping("/ct15/api")
class YearArchiveController {

  static final MediaType ZIP = MediaType.parseMediaType("application/zip");

  private final YearArchive archive;
  private final Callers callers;
  private final CockpitLinks cockpit;

  private final OrganisationDirectory directory;

  YearArchiveController(YearArchive archive, Callers callers, CockpitLinks cockpit, OrganisationDirectory directory) {
    this.directory = directory;
    this.archive = archive;
    this.callers = callers;
    this.cockpit = cockpit;
  }

  @GetMapping("/archive")
  ResponseEntity<?> archive(@RequestParam(required = false) String year, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    Optional<String> user = callers.userId(request);
    if (user.isEmpty()) {
      return callers.loginRequired(request, "Cần đăng nhập để xuất hồ sơ năm kế hoạch.");
    }
    if (!callers.isCoordinatorOrAdministrator(user.get())) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
          .body(message("Chỉ cơ quan theo dõi, tổng hợp (" + directory.coordinatorName() + ") và quản trị hệ thống được xuất hồ sơ năm kế hoạch."));
    }
    int planYear;
    try {
      planYear = Integer.parseInt(year == null ? "" : year.trim());
    } catch (NumberFormatException e) {
      planYear = 0;
    }
    if (planYear < 2000 || planYear > 2100) {
      return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
          .body(message("Năm kế hoạch không hợp lệ: '" + year + "'. Hãy chọn năm đã kết thúc, ví dụ ?year=2025."));
    }
    List<HistoricProcessInstance> instances = archive.instances(planYear);
    long running = YearArchive.running(instances);
    if (running > 0) {
      return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON)
          .body(message("Năm " + planYear + " chưa khép lại: còn " + running + " quy trình đang chạy. "
              + "Hồ sơ năm được xuất khi mọi quy trình của năm đã kết thúc."));
    }
    // streamed: a year's documents may be large
    response.setContentType(ZIP.toString());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
        .filename("ho-so-nam-" + planYear + ".zip", StandardCharsets.UTF_8).build().toString());
    archive.write(planYear, instances, cockpit.instanceUrl(request), response.getOutputStream());
    return null;
  }

  private static Map<String, String> message(String text) {
    return Map.of("message", text);
  }
}
