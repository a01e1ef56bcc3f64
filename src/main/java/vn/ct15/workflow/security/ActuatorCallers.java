package vn.ct15.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells Spring Boot's actuator who calls it, as {@code /engine-rest} and the webapps know callers
 * (HTTP Basic or the webapp session, see {@link Callers}), with their Camunda groups as roles: so
 * {@code management.endpoint.health.show-details: when-authorized} with the role
 * {@code camunda-admin} shows the health details (database, backups) to administrators and only UP
 * or DOWN to everyone else. A call without credentials is passed on untouched.
 */
class ActuatorCallers extends OncePerRequestFilter {

  private final Callers callers;

  ActuatorCallers(Callers callers) {
    this.callers = callers;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean credentials = request.getHeader("Authorization") != null || request.getSession(false) != null;
    Optional<String> user = credentials ? callers.userId(request) : Optional.empty();
    if (user.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String userId = user.get();
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public Principal getUserPrincipal() {
        return () -> userId;
      }

      @Override
      public String getRemoteUser() {
        return userId;
      }

      @Override
      public boolean isUserInRole(String role) {
        return callers.isMember(userId, role);
      }
    }, response);
  }
}
