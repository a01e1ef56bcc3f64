package vn.ct15.workflow.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotAllowedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Gives the REST API's answers to a caller's mistakes a 4xx status where Camunda answers 500: a
 * start refused by the form validation, or a variable an official may not write (400, the Vietnamese
 * message naming the field; an act outside their unit's work 403, see {@link OfficialsGuard}), a task or
 * other object that does not exist (404), an id the engine refuses (400), a stand-alone task (400, in
 * Vietnamese: every task belongs to a process), a person's work that collided with the engine's own
 * at the same moment and still did after the server's retries (409, in Vietnamese: try again, what
 * was entered is kept); and a database that cannot
 * be reached 503 with a Vietnamese message (see {@link DatabaseUnavailableException}). Everything else stays
 * with Camunda's own handlers. Bodies keep Camunda's shape {@code {"type", "message"}}, never a
 * stack trace. Registered ahead of Camunda's mappers of the same exception types.
 */
final class ClearRestErrors {

  /** A person's work that still collided with the engine's after the server's own retries. */
  static final String COLLISION =
      "Dữ liệu vừa được cập nhật cùng lúc bởi một thao tác khác nên chưa lưu được. Nội dung anh/chị đã nhập vẫn còn trên "
          + "biểu mẫu; hãy bấm lại để gửi.";

  /** Stand-alone tasks are off (application.yaml): every task belongs to a process of the plan. */
  static final String STANDALONE_TASK_REFUSED =
      "Không tạo được nhiệm vụ riêng lẻ: mỗi nhiệm vụ thuộc một quy trình của kế hoạch, hãy khởi tạo quy trình tương ứng.";

  /** The mappers, for the REST API's and the webapps' Jersey applications. */
  static final java.util.List<Class<?>> MAPPERS = java.util.List.of(ForRestException.class, ForProcessEngineException.class,
      ForNullValueException.class);

  private ClearRestErrors() {}

  /** The status and message a caller's mistake deserves, if the exception is one. */
  static Optional<Response> answer(Throwable exception) {
    if (DatabaseUnavailableException.isCause(exception)) {
      return Optional.of(body(Response.Status.SERVICE_UNAVAILABLE, DatabaseUnavailableException.class.getSimpleName(),
          DatabaseUnavailableException.MESSAGE));
    }
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return Optional.of(body(Response.Status.CONFLICT, "ConflictException", COLLISION));
      }
      if (cause instanceof Refusal.Forbidden) {
        return Optional.of(body(Response.Status.FORBIDDEN, cause));
      }
      if (cause instanceof FormFieldValidationException || cause instanceof Refusal.NotOnForm) {
        return Optional.of(body(Response.Status.BAD_REQUEST, cause));
      }
      if (cause instanceof NullValueException && String.valueOf(cause.getMessage()).startsWith("Cannot find")) {
        return Optional.of(body(Response.Status.NOT_FOUND, cause));
      }
      if (cause instanceof ProcessEngineException && String.valueOf(cause.getMessage()).contains("has an invalid id")) {
        return Optional.of(body(Response.Status.BAD_REQUEST, cause));
      }
      if (cause instanceof NotAllowedException && String.valueOf(cause.getMessage()).startsWith("Cannot save standalone task")) {
        return Optional.of(body(Response.Status.BAD_REQUEST, cause.getClass().getSimpleName(), STANDALONE_TASK_REFUSED));
      }
    }
    return Optional.empty();
  }

  private static Response body(Response.Status status, Throwable cause) {
    return body(status, cause.getClass().getSimpleName(), String.valueOf(cause.getMessage()));
  }

  private static Response body(Response.Status status, String type, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("type", type, "message", message))
        .build();
  }

  @Priority(1)
  public static class ForRestException implements ExtendedExceptionMapper<RestException> {

    @Override
    public boolean isMappable(RestException exception) {
      return answer(exception).isPresent();
    }

    @Override
    public Response toResponse(RestException exception) {
      return answer(exception).orElseThrow();
    }
  }

  @Priority(1)
  public static class ForProcessEngineException implements ExtendedExceptionMapper<ProcessEngineException> {

    @Override
    public boolean isMappable(ProcessEngineException exception) {
      return answer(exception).isPresent();
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(exception).orElseThrow();
    }
  }

  @Priority(1)
  public static class ForNullValueException implements ExtendedExceptionMapper<NullValueException> {

    @Override
    public boolean isMappable(NullValueException exception) {
      return answer(exception).isPresent();
    }

    @Override
    public Response toResponse(NullValueException exception) {
      return answer(exception).orElseThrow();
    }
  }
}
