package vn.ct15.workflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No answer of the APIs an official reaches — {@code /engine-rest}, the webapps' {@code /camunda/api},
 * the product's {@code /ct15/api} — carries the engine's text: an error body's {@code message} that is
 * not plain Vietnamese (an {@code ENGINE-…} code, an entity or exception class name, English) is
 * replaced by its Vietnamese part where it has one ("Cannot complete task …: Không thể …" keeps what
 * follows the colon), else by a Vietnamese sentence for its status; its {@code type} is the kind of
 * error its status names ({@code InvalidRequest}, {@code Unauthorized}, {@code Forbidden},
 * {@code NotFound}, {@code Conflict}, {@code DatabaseUnavailable}, {@code ServerError} …), never the
 * class that failed. The original text goes to this class's log (WARN for a server error). Successful
 * answers pass through untouched and unbuffered.
 */
class ErrorBodies extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorBodies.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern VIETNAMESE = Pattern.compile(
      "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ]");
  /** What the engine's own texts carry and a person must not see. */
  private static final Pattern ENGINE_TEXT = Pattern.compile(
      "ENGINE-\\d{5}|[A-Z][A-Za-z]+(Exception|Entity)\\b|Entity\\[|org\\.camunda|java\\.|\\bat [a-z]+\\.");

  static final String BAD_REQUEST = "Yêu cầu không hợp lệ: dữ liệu gửi lên không đúng định dạng hoặc thiếu thông tin cần thiết.";
  static final String UNAUTHORIZED = "Cần đăng nhập để thực hiện thao tác này.";
  static final String FORBIDDEN = "Bạn không có quyền thực hiện thao tác này.";
  static final String NOT_FOUND = "Không tìm thấy nội dung được yêu cầu, hoặc bạn không có quyền xem nội dung này.";
  static final String NOT_ALLOWED = "Thao tác này không được hỗ trợ ở địa chỉ này.";
  static final String UNSUPPORTED = "Định dạng dữ liệu gửi lên không được hỗ trợ; hãy gửi JSON (application/json).";
  static final String SERVER_ERROR = "Hệ thống gặp lỗi khi xử lý yêu cầu; dữ liệu chưa được lưu. Hãy thử lại, và báo quản trị "
      + "viên nếu lỗi lặp lại.";

  /** Spring's own error answers (a 404 or 405 of {@code /ct15/api}) are written in an error dispatch. */
  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Buffering buffering = new Buffering(response);
    try {
      chain.doFilter(request, buffering);
    } finally {
      buffering.finish(request);
    }
  }

  /** The Vietnamese body for an error answer, or null to leave it as it is. */
  static String rewrite(int status, String body, String where) {
    JsonNode parsed;
    try {
      parsed = JSON.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
    if (!(parsed instanceof ObjectNode error)) {
      return null;
    }
    boolean changed = false;
    String message = error.path("message").isTextual() ? error.get("message").asText() : null;
    if (message == null || !plainVietnamese(message) || !message.equals(vietnamesePart(message))) {
      String part = message == null ? null : vietnamesePart(message);
      error.put("message", part != null ? part : defaultMessage(status));
      if (status >= 500 && (part == null)) {
        LOG.warn("Error answer {} for {} replaced by a Vietnamese message; it said: {}", status, where, message);
      } else {
        LOG.debug("Error answer {} for {} said: {}", status, where, message);
      }
      changed = true;
    }
    String type = typeOf(status, error.path("type").asText(null));
    if (!type.equals(error.path("type").asText(null))) {
      error.put("type", type);
      changed = true;
    }
    for (String english : new String[] {"error", "exception", "trace"}) {
      if (error.remove(english) != null) {
        changed = true;
      }
    }
    return changed ? error.toString() : null;
  }

  static boolean plainVietnamese(String message) {
    return VIETNAMESE.matcher(message).find() && !ENGINE_TEXT.matcher(message).find();
  }

  /** "Cannot complete task 12: Không thể …" → "Không thể …", when what follows is plain Vietnamese. */
  static String vietnamesePart(String message) {
    java.util.regex.Matcher first = VIETNAMESE.matcher(message);
    if (!first.find()) {
      return null;
    }
    int colon = message.lastIndexOf(": ", first.start());
    String part = (colon < 0 ? message : message.substring(colon + 2)).strip();
    return plainVietnamese(part) ? part : null;
  }

  static String defaultMessage(int status) {
    return switch (status) {
      case 400, 413 -> BAD_REQUEST;
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> NOT_ALLOWED;
      case 409 -> ClearRestErrors.COLLISION;
      case 415 -> UNSUPPORTED;
      case 503 -> DatabaseUnavailableException.MESSAGE;
      default -> status >= 500 ? SERVER_ERROR : BAD_REQUEST;
    };
  }

  private static final Map<Integer, String> TYPES = Map.of(401, "Unauthorized", 403, "Forbidden", 404, "NotFound",
      405, "MethodNotAllowed", 409, "Conflict", 413, "PayloadTooLarge", 415, "UnsupportedMediaType", 503, "DatabaseUnavailable");

  static String typeOf(int status, String given) {
    if (TYPES.containsKey(status)) {
      return TYPES.get(status);
    }
    return status >= 500 ? "ServerError" : "InvalidRequest";
  }

  /** Holds back the body of an error answer (status 400 and above) until it is rewritten; passes the rest through. */
  private static final class Buffering extends HttpServletResponseWrapper {

    private final HttpServletResponse response;
    private ByteArrayOutputStream held;
    private ServletOutputStream stream;
    private PrintWriter writer;

    Buffering(HttpServletResponse response) {
      super(response);
      this.response = response;
    }

    private boolean holding() {
      if (held == null && getStatus() >= 400) {
        held = new ByteArrayOutputStream();
      }
      return held != null;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!holding()) {
        return super.getOutputStream();
      }
      if (stream == null) {
        stream = new ServletOutputStream() {
          @Override
          public void write(int b) {
            held.write(b);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) {
            held.write(bytes, offset, length);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException();
          }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (!holding()) {
        return super.getWriter();
      }
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public void setContentLength(int length) {
      if (!holding()) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (!holding()) {
        super.setContentLengthLong(length);
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!holding()) {
        super.flushBuffer();
      }
    }

    void finish(HttpServletRequest request) throws IOException {
      if (held == null) {
        return;
      }
      if (writer != null) {
        writer.flush();
      }
      byte[] body = held.toByteArray();
      String contentType = response.getContentType();
      String rewritten = null;
      if (contentType != null && MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON)
          && body.length > 0) {
        rewritten = rewrite(getStatus(), new String(body, StandardCharsets.UTF_8), request.getRequestURI());
      } else if (contentType != null && MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.TEXT_PLAIN)
          && body.length > 0) {
        // a parser's or a container's plain text (malformed JSON): an API answers JSON, in Vietnamese
        LOG.debug("Error answer {} for {} said: {}", getStatus(), request.getRequestURI(), new String(body, StandardCharsets.UTF_8));
        ObjectNode error = JSON.createObjectNode().put("type", typeOf(getStatus(), null)).put("message", defaultMessage(getStatus()));
        rewritten = error.toString();
      }
      if (rewritten != null) {
        body = rewritten.getBytes(StandardCharsets.UTF_8);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE + ";charset=UTF-8");
      }
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }
}
