package vn.ct15.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with Camunda's error shape {@code {"type", "message"}} when a call to the APIs fails
 * outside the REST resources because the database cannot be reached: the login check of every
 * {@code /engine-rest} call is the first to meet an outage. A load balancer sees 503, the caller a
 * Vietnamese message, nobody a stack trace.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

  static final String BODY = "{\"type\":\"DatabaseUnavailableException\",\"message\":\"" + DatabaseUnavailableException.MESSAGE + "\"}";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException failure) {
      if (!DatabaseUnavailableException.isCause(failure) || response.isCommitted()) {
        throw failure;
      }
      logger.warn("Database unavailable: " + request.getMethod() + " " + request.getRequestURI() + " answered 503");
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setContentType("application/json;charset=UTF-8");
      response.getOutputStream().write(BODY.getBytes(StandardCharsets.UTF_8));
    }
  }
}
