package vn.ct15.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
  /** Sent by the product's webapp plugins with every call. */
  public static final String REQUESTED_WITH = "X-Requested-With";

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

  /**
   * Whether a state-changing call may be a forgery: one that logs in with the webapp session's cookie
   * (a browser, which another site could make send it) without the session's CSRF token in the
   * {@value CsrfConstants#CSRF_TOKEN_HEADER_NAME} header, as the webapps' own calls carry it (Camunda's
   * CSRF filter keeps the token in the session). A call with HTTP Basic credentials carries no cookie to forge.
   */
  public boolean mayBeForged(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return false;
    }
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected == null || sent == null || !java.security.MessageDigest.isEqual(
        sent.getBytes(StandardCharsets.UTF_8), String.valueOf(expected).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The answer to a call without valid credentials: 401 with the message in Vietnamese, and a Basic
   * challenge unless the call comes from one of the product's webapp plugins (header
   * {@value #REQUESTED_WITH}), where the browser must not show its own login dialog.
   */
  public ResponseEntity<Object> loginRequired(HttpServletRequest request, String message) {
    ResponseEntity.BodyBuilder unauthorized = ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON);
    if (request.getHeader(REQUESTED_WITH) == null) {
      unauthorized.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ct15\", charset=\"UTF-8\"");
    }
    return unauthorized.body(Map.of("message", message));
  }

  /**
   * The refusal of a call that only the monitoring units (the leadership, the coordinator, the
   * supervisors) may make: 401 without valid credentials, 403 for anyone else, each with the
   * message in Vietnamese; empty for a monitor.
   *
   * @param what what they would see, as the messages say it ("xem tiến độ thực hiện Kế hoạch 77/KH-UBND")
   * @param basis the plan's sections that give them that right ("Mục II.5, Mục III.3")
   */
  public Optional<ResponseEntity<Object>> monitorsOnly(HttpServletRequest request, String what, String basis) {
    Optional<String> user = userId(request);
    if (user.isEmpty()) {
      return Optional.of(loginRequired(request, "Cần đăng nhập (tên đăng nhập và mật khẩu Camunda) để " + what + "."));
    }
    if (!belongsTo(user.get(), UnitKind.MONITORS)) {
      return Optional.of(ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("message", "Chỉ " + directory.coordinatorName() + ", " + directory.leadershipName() + ", "
              + directory.supervisorNames() + " được " + what + " (" + basis + ").")));
    }
    return Optional.empty();
  }

  /** Whether the user is a member of the Camunda group (a unit, or {@code camunda-admin}). */
  public boolean isMember(String userId, String groupId) {
    return identityService.createGroupQuery().groupMember(userId).groupId(groupId).count() > 0;
  }

  /** Whether the user is an administrator or belongs to the coordinator (Phòng Nội vụ): who keeps the records. */
  public boolean isCoordinatorOrAdministrator(String userId) {
    return isMember(userId, Groups.CAMUNDA_ADMIN) || belongsTo(userId, Set.of(UnitKind.COORDINATOR));
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
