package vn.ct15.workflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ct15.workflow.cluster.StartupWrites;
import vn.ct15.workflow.directory.DirectorySynchronizer;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.Unit;

/**
 * Grants each unit's group what its kind needs, and nothing more. Every unit gets Tasklist and
 * sees only the tasks it is a candidate for (Camunda grants those per task). Leadership, the
 * coordinator (Phòng Nội vụ) and the supervisors (HĐND, MTTQ) also get Cockpit with read-only
 * rights on every process and its history. Administration stays with camunda-admin.
 * Idempotent: a grant that exists is extended, never duplicated.
 */
@Component
class AccessPolicy {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";
  /** A starters entry naming the units that lead a duty instead of a unit kind. */
  static final String ROLE_PREFIX = "role:";

  private final AuthorizationService authorizationService;
  private final OrganisationDirectory directory;
  private final AccessProperties properties;
  private final TransactionTemplate transaction;
  /** The groups' grants that exist, by group, resource type and resource id: read once, not per unit. */
  private Map<String, Authorization> grants;

  AccessPolicy(AuthorizationService authorizationService, OrganisationDirectory directory, AccessProperties properties,
      PlatformTransactionManager transactionManager, DirectorySynchronizer synchronizer /* groups must exist first */) {
    this.authorizationService = authorizationService;
    this.directory = directory;
    this.properties = properties;
    this.transaction = new TransactionTemplate(transactionManager);
    StartupWrites.retryOnce("the authorizations", this::apply);
  }

  /** Applies every grant in one transaction (thousands of units at a city's scale). */
  void apply() {
    transaction.executeWithoutResult(status -> {
      grants = new HashMap<>();
      for (Authorization existing : authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).list()) {
        if (existing.getGroupId() != null) {
          grants.put(key(existing.getGroupId(), existing.getResourceType(), existing.getResourceId()), existing);
        }
      }
      try {
        applyGrants();
      } finally {
        grants = null;
      }
    });
  }

  private void applyGrants() {
    for (Unit unit : directory.units()) {
      String group = unit.id();
      grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      // see the processes' names and start forms; read colleagues' names in task lists
      grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
      grant(group, Resources.USER, ANY, Permissions.READ);
      grant(group, Resources.GROUP, ANY, Permissions.READ);
      if (monitors(unit)) {
        grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK);
        grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(group, Resources.TASK, ANY, Permissions.READ);
        grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
        grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
      }
    }
    properties.starters().forEach((processKey, starters) ->
        starterGroups(starters).forEach(group -> grantStart(group, processKey)));
  }

  /**
   * The units a starters entry names: unit kinds, and {@code role:<role>} for the units leading a
   * duty (e.g. {@code coordinator,role:legal-review}), comma separated.
   */
  Set<String> starterGroups(String starters) {
    Set<String> groups = new LinkedHashSet<>();
    for (String entry : starters.split(",")) {
      String starter = entry.trim();
      if (starter.startsWith(ROLE_PREFIX)) {
        String role = starter.substring(ROLE_PREFIX.length()).trim();
        directory.units().stream().filter(unit -> unit.hasRole(role)).map(Unit::id).forEach(groups::add);
      } else if (!starter.isEmpty()) {
        groups.addAll(directory.unitIds(starter));
      }
    }
    return groups;
  }

  /** Starting a process needs both rights: on its definition and on process instances. */
  void grantStart(String group, String processKey) {

    grant(group, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
  }

  static boolean monitors(Unit unit) {
    return switch (unit.kind()) {
      case LEADERSHIP, COORDINATOR, SUPERVISOR -> true;
      default -> false;
    };
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    String key = key(groupId, resource.resourceType(), resourceId);
    Authorization authorization = grants.get(key);
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (List.of(permissions).stream().allMatch(authorization::isPermissionGranted)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    grants.put(key, authorizationService.saveAuthorization(authorization));
  }

  private static String key(String groupId, int resourceType, String resourceId) {
    return groupId + "|" + resourceType + "|" + resourceId;
  }
}
