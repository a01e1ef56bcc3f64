package vn.ct15.workflow.extension;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ct15.workflow.security.Callers;

/**
 * A task's extension requests (gia hạn), for the Tasklist tab «Gia hạn» and for scripts:
 * {@code GET /ct15/api/tasks/{taskId}/extension-requests} (its due date, whether it was extended,
 * whether the caller may ask, the requests and their outcome) and {@code POST} the same path with
 * {@code {"reason": "…", "proposedDue": "2027-04-15"}} (201 with the request's process instance).
 * Callers log in with HTTP Basic or their Tasklist session (then with the webapps' CSRF token).
 */
@RestController
@RequestMapping(path = "/ct15/api/tasks/{taskId}/extension-requests", produces = MediaType.APPLICATION_JSON_VALUE)
class ExtensionController {

  private final Callers callers;
  private final ExtensionRequests requests;

  ExtensionController(Callers callers, ExtensionRequests requests) {
    this.callers = callers;
    this.requests = requests;
  }

  /** What a unit sends: why, and until when. */
  record Ask(String reason, String proposedDue) {}

  @GetMapping
  ResponseEntity<?> list(@PathVariable String taskId, HttpServletRequest request) {
    Optional<String> user = callers.userId(request);
    if (user.isEmpty()) {
      return callers.loginRequired(request, "Cần đăng nhập để xem hoặc gửi đề nghị gia hạn.");
    }
    try {
      return ResponseEntity.ok(requests.list(user.get(), taskId));
    } catch (ExtensionRequests.Refused refused) {
      return message(refused.status(), refused.getMessage());
    }
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> ask(@PathVariable String taskId, @RequestBody Ask ask, HttpServletRequest request) {
    Optional<String> user = callers.userId(request);
    if (user.isEmpty()) {
      return callers.loginRequired(request, "Cần đăng nhập để xem hoặc gửi đề nghị gia hạn.");
    }
    if (callers.mayBeForged(request)) {
      return message(HttpStatus.FORBIDDEN.value(), "Yêu cầu thiếu mã bảo vệ của phiên làm việc; hãy tải lại trang Tasklist rồi gửi lại.");
    }
    try {
      String instance = requests.request(user.get(), taskId, ask.reason(), ask.proposedDue());
      return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("processInstanceId", instance,
          "message", "Đã gửi đề nghị gia hạn; kết quả sẽ được báo qua thư điện tử và hiện ở thẻ «Gia hạn» của nhiệm vụ."));
    } catch (ExtensionRequests.Refused refused) {
      return message(refused.status(), refused.getMessage());
    }
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<?> unreadable() {
    return message(HttpStatus.BAD_REQUEST.value(),
        "Nội dung đề nghị không đọc được: hãy gửi JSON dạng {\"reason\": \"lý do\", \"proposedDue\": \"2027-04-15\"}.");
  }

  private static ResponseEntity<?> message(int status, String text) {
    return ResponseEntity.status(status).body(Map.of("message", text));
  }
}
