package vn.ct15.workflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
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
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.Unit;
import vn.ct15.workflow.plan.PlanSections;

/**
 * Grants each unit's group what its kind needs, and nothing more. Every unit gets Tasklist and
 * sees only the tasks it is a candidate for (Camunda grants those per task). Leadership, the
 * coordinator (Phòng Nội vụ) and the supervisors (HĐND, MTTQ) also get Cockpit with read-only
 * rights on every process and its history. Administration stays with camunda-admin.
 * Idempotent: a grant that exists is extended, never duplicated.
 *
 * <p>What every unit gets on every resource ({@code *}) — reading the process definitions, the
 * users' and groups' names, and creating process instances (which starts nothing without the right
 * on a definition, granted per starter) — is one global authorization each, not one per unit:
 * Camunda's task and group queries join every authorization on {@code *} of the caller's groups'
 * resource types, so 3,400 units' copies of the same four rights made every official's Tasklist
 * query read 13,600 rows. A unit's former copy of such a right is deleted when it carries nothing
 * else.
 */
@Component
public class AccessPolicy {

  private static final Logger LOG = LoggerFactory.getLogger(AccessPolicy.class);

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";
  /** A starters entry naming the units that lead a duty instead of a unit kind. */
  static final String ROLE_PREFIX = "role:";

  private final AuthorizationService authorizationService;
  private final OrganisationDirectory directory;
  private final PlanSections sections;
  private final TransactionTemplate transaction;
  private final JdbcTemplate jdbc;
  /** Rights every unit has on every resource: global authorizations. */
  static final Map<Resource, Permission> EVERY_UNIT = Map.of(
      Resources.PROCESS_DEFINITION, Permissions.READ,
      Resources.USER, Permissions.READ,
      Resources.GROUP, Permissions.READ,
      Resources.PROCESS_INSTANCE, Permissions.CREATE);

  /**
   * Rights the monitoring units had on every instance, task and their history before they read them
   * through the definitions: the same answer, but each grant on {@code *} is one more row that every
   * official's Tasklist query reads on H2.
   */
  static final Map<Resource, Permission> FORMER_MONITOR_RIGHTS = Map.of(
      Resources.PROCESS_INSTANCE, Permissions.READ,
      Resources.TASK, Permissions.READ,
      Resources.HISTORIC_TASK, HistoricTaskPermissions.READ,
      Resources.HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ);

  /** The groups' grants that exist, by group, resource type and resource id: read once, not per unit. */
  private Map<String, Authorization> grants;

  AccessPolicy(AuthorizationService authorizationService, OrganisationDirectory directory, PlanSections sections,
      PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
    this.authorizationService = authorizationService;
    this.jdbc = jdbc;
    this.directory = directory;
    this.sections = sections;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** Applies every grant in one transaction (thousands of units at a city's scale). */
  public void apply() {
    transaction.executeWithoutResult(status -> {
      grants = new HashMap<>();
      for (Authorization existing : authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).list()) {
        if (existing.getGroupId() != null) {
          grants.put(key(existing.getGroupId(), existing.getResourceType(), existing.getResourceId()), existing);
        }
      }
      for (Authorization existing : authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL).list()) {
        grants.put(key(ANY, existing.getResourceType(), existing.getResourceId()), existing);
      }
      try {
        applyGrants();
        removeFormerRights();
        narrowTaskGrants();
        bindJobsToTheirDefinitions();
      } finally {
        grants = null;
      }
    });
  }

  private void applyGrants() {
    // see the processes' names and start forms; read colleagues' names in task lists; with a right on a
    // definition (grantStart), start it
    EVERY_UNIT.forEach((resource, permission) -> grant(null, resource, ANY, permission));
    for (Unit unit : directory.units()) {
      String group = unit.id();
      grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      if (monitors(unit)) {
        grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        // every instance, task and their history through the definitions (READ_HISTORY covers the history
        // while historic instance permissions are off, Camunda's default)
        grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK);
        grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
      }
    }
    sections.starters().forEach((processKey, starters) ->
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

  /** Starting a process needs both rights: on its definition, and on process instances (global, EVERY_UNIT). */
  void grantStart(String group, String processKey) {
    grant(group, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.CREATE_INSTANCE);
  }

  /**
   * Deletes the grants earlier versions wrote and this one no longer does: each unit's own copy of a
   * global right, and the monitoring units' rights on every instance and task. A grant an administrator
   * has extended with another permission is kept.
   */
  private void removeFormerRights() {
    for (Unit unit : directory.units()) {
      EVERY_UNIT.forEach((resource, permission) -> deleteIfOnly(unit.id(), resource, permission));
      if (monitors(unit)) {
        FORMER_MONITOR_RIGHTS.forEach((resource, permission) -> deleteIfOnly(unit.id(), resource, permission));
      }
    }
  }

  /**
   * Tasks created before candidates were given only their work ({@link OfficialsGuard.UnitTaskAuthorizations})
   * carry Camunda's default grant, UPDATE, and no right to read their own history: they get what new tasks get.
   */
  private void narrowTaskGrants() {
    List<Authorization> wide = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .resourceType(Resources.TASK).hasPermission(Permissions.UPDATE).list().stream()
        .filter(grant -> !ANY.equals(grant.getResourceId())).toList();
    if (wide.isEmpty()) {
      return;
    }
    Set<String> readable = new java.util.HashSet<>();
    authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).resourceType(Resources.HISTORIC_TASK)
        .list().forEach(grant -> readable.add(grant.getUserId() + "|" + grant.getGroupId() + "|" + grant.getResourceId()));
    for (Authorization grant : wide) {
      grant.removePermission(Permissions.UPDATE);
      for (Permission permission : OfficialsGuard.UnitTaskAuthorizations.WORK) {
        grant.addPermission(permission);
      }
      authorizationService.saveAuthorization(grant);
      if (readable.add(grant.getUserId() + "|" + grant.getGroupId() + "|" + grant.getResourceId())) {
        Authorization history = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        history.setUserId(grant.getUserId());
        history.setGroupId(grant.getGroupId());
        history.setResource(Resources.HISTORIC_TASK);
        history.setResourceId(grant.getResourceId());
        history.addPermission(HistoricTaskPermissions.READ);
        authorizationService.saveAuthorization(history);
      }
    }
    LOG.info("Narrowed {} task grants from UPDATE to the work on the task, with its history", wide.size());
  }

  /**
   * Jobs an earlier version created without their process definition (reminders, escalations, e-mails),
   * which Camunda shows and lets run to anyone, get the definition of their process instance.
   */
  private void bindJobsToTheirDefinitions() {
    int bound = jdbc.update("""
        update ACT_RU_JOB set REV_ = REV_ + 1,
          PROCESS_DEF_ID_ = (select e.PROC_DEF_ID_ from ACT_RU_EXECUTION e where e.ID_ = ACT_RU_JOB.PROCESS_INSTANCE_ID_),
          PROCESS_DEF_KEY_ = (select d.KEY_ from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_
                              where e.ID_ = ACT_RU_JOB.PROCESS_INSTANCE_ID_)
        where PROCESS_DEF_KEY_ is null and PROCESS_INSTANCE_ID_ is not null""");
    if (bound > 0) {
      LOG.info("Gave {} jobs the process definition of their process instance", bound);
    }
  }

  private void deleteIfOnly(String group, Resource resource, Permission permission) {
    Authorization grant = grants.get(key(group, resource.resourceType(), ANY));
    if (grant != null && ((AuthorizationEntity) grant).getPermissions() == permission.getValue()) {
      authorizationService.deleteAuthorization(grant.getId());
      grants.remove(key(group, resource.resourceType(), ANY));
    }
  }

  static boolean monitors(Unit unit) {
    return unit.kind().monitors();
  }

  /** Grants the permissions to the group, or to every user (a global authorization) for a null group. */
  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    String key = key(groupId == null ? ANY : groupId, resource.resourceType(), resourceId);
    Authorization authorization = grants.get(key);
    if (authorization == null && groupId == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      authorization.setUserId(ANY);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (authorization == null) {
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
