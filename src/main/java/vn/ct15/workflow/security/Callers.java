package vn.ct15.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.Unit;
import vn.ct15.workflow.directory.UnitKind;

/**
 * Who calls one of the product's own endpoints ({@code /ct15/api/...}), authenticated as
 * {@code /engine-rest} and the webapps do: HTTP Basic against Camunda's identity service (scripts,
 * other systems), or the session of a user logged into Cockpit, Tasklist or Admin (a Cockpit plugin
 * calling from the browser). Basic wins when both are present.
 */
@Component
public class Callers {

  private static final String BASIC = "Basic ";

  private final IdentityService identityService;
  private final OrganisationDirectory directory;
  private final String engineName;

  Callers(ProcessEngine engine, OrganisationDirectory directory) {
    this.identityService = engine.getIdentityService();
    this.directory = directory;
    this.engineName = engine.getName();
  }

  /** The logged-in user: valid HTTP Basic credentials, else the webapp session's user; empty for nobody. */
  public Optional<String> userId(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return Optional.ofNullable(basicUser(authorization));
    }
    return Optional.ofNullable(sessionUser(request.getSession(false)));
  }

  /** Whether the user belongs to a unit of one of the given kinds (the unit's Camunda group). */
  public boolean belongsTo(String userId, Set<UnitKind> kinds) {
    Set<String> units = Set.copyOf(directory.unitsOfKinds(kinds).stream().map(Unit::id).toList());
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .anyMatch(units::contains);
  }

  private String basicUser(String authorization) {
    String credentials;
    try {
      credentials = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = credentials.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = credentials.substring(0, colon);
    return identityService.checkPassword(userId, credentials.substring(colon + 1)) ? userId : null;
  }

  /** The user the Camunda webapps logged in on this engine, kept in the HTTP session. */
  private String sessionUser(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null : authentications.getAuthenticationForProcessEngine(engineName);
    return authentication == null ? null : authentication.getIdentityId();
  }
}
