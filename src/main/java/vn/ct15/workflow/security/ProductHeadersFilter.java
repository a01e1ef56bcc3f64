package vn.ct15.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers Camunda's header filter gives the webapps ({@code /camunda/*}), for the
 * product's own endpoints ({@code /ct15/api/*}, {@code /ct15/demo/*}) too: no content sniffing, no
 * framing, and a Content-Security-Policy that loads nothing but the page itself (the demo mailbox's
 * inline styles allowed, no scripts at all). HSTS comes with the prod profile's
 * {@code camunda.bpm.webapp.header-security} settings and is repeated here under TLS.
 */
class ProductHeadersFilter extends OncePerRequestFilter {

  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final boolean hsts;

  ProductHeadersFilter(boolean hsts) {
    this.hsts = hsts;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    if (hsts && request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    chain.doFilter(request, response);
  }
}
