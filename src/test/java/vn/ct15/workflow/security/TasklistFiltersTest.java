package vn.ct15.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.ct15.workflow.EngineTest;

@EngineTest
@ExtendWith(OutputCaptureExtension.class)
class TasklistFiltersTest {

  /** MyBatis logs each statement's SQL under its id. */
  static final String TASK_QUERY_LOG = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria";

  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TasklistFilters filters;

  ProcessInstance instance;

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    ClockUtil.reset();
    if (instance != null) {
      runtimeService.deleteProcessInstance(instance.getId(), "test cleanup");
    }
  }

  List<Task> asUser(String userId, String filterName) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    identityService.setAuthentication(userId, groups);
    try {
      Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
      assertThat(filter).as(userId + " can read " + filterName).isNotNull();
      return filterService.<Task>list(filter.getId()).stream()
          .filter(task -> instance.getId().equals(task.getProcessInstanceId())).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void shouldShowEachPersonTheirUnitsTasksDueSoonOverdueAndClaimed() {
    instance = runtimeService.startProcessInstanceByKey("ct15-ward-plan", Map.of("year", 2043, "deadline", "2043-03-31"));
    Task bacSon = taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("phuong-bac-son").singleResult();

    assertThat(asUser("phuong-bac-son.cb", TasklistFilters.UNIT_TASKS)).extracting(Task::getId).containsExactly(bacSon.getId());
    assertThat(asUser("phuong-lam-ha.cb", TasklistFilters.UNIT_TASKS)).extracting(Task::getId).doesNotContain(bacSon.getId());

    ClockUtil.setCurrentTime(Date.from(java.time.Instant.parse("2043-03-28T00:00:00Z")));
    assertThat(asUser("phuong-bac-son.cb", TasklistFilters.DUE_SOON)).extracting(Task::getId).containsExactly(bacSon.getId());
    assertThat(asUser("phuong-bac-son.cb", TasklistFilters.OVERDUE)).isEmpty();

    ClockUtil.setCurrentTime(Date.from(java.time.Instant.parse("2043-04-02T00:00:00Z")));
    assertThat(asUser("phuong-bac-son.cb", TasklistFilters.OVERDUE)).extracting(Task::getId).containsExactly(bacSon.getId());
    assertThat(asUser("phuong-bac-son.cb", TasklistFilters.DUE_SOON)).isEmpty();

    assertThat(asUser("phuong-bac-son.cb", TasklistFilters.MINE)).isEmpty();
    taskService.claim(bacSon.getId(), "phuong-bac-son.cb");
    assertThat(asUser("phuong-bac-son.cb", TasklistFilters.MINE)).extracting(Task::getId).containsExactly(bacSon.getId());
    assertThat(asUser("phuong-bac-son.tt", TasklistFilters.MINE)).isEmpty();
  }

  /** Two nodes that once started together on an empty database could each create a filter of the same name. */
  @Test
  void shouldKeepOneCopyOfAFilterCreatedTwice() {
    Filter original = filterService.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult();
    Filter copy = filterService.saveFilter(filterService.newTaskFilter(TasklistFilters.OVERDUE)
        .setQuery(taskService.createTaskQuery()));
    Authorization readable = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    readable.setGroupId("phuong-bac-son");
    readable.setResource(Resources.FILTER);
    readable.setResourceId(copy.getId());
    readable.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(readable);

    filters.apply();

    List<Filter> left = filterService.createFilterQuery().filterName(TasklistFilters.OVERDUE).list();
    assertThat(left).hasSize(1);
    String kept = left.get(0).getId();
    String removed = kept.equals(original.getId()) ? copy.getId() : original.getId();
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(removed).count())
        .as("the removed copy's authorizations").isZero();
    assertThat(asUserAnyInstance("phuong-bac-son.cb", TasklistFilters.OVERDUE)).isTrue();
  }

  boolean asUserAnyInstance(String userId, String filterName) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    identityService.setAuthentication(userId, groups);
    try {
      return filterService.createFilterQuery().filterName(filterName).count() == 1;
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void shouldLetEveryoneReadTheSharedFiltersThroughOneRightEachInsteadOfOnePerUnit() {
    for (Filter filter : filterService.createFilterQuery().list()) {
      assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId())
          .authorizationType(Authorization.AUTH_TYPE_GLOBAL).count()).as(filter.getName()).isEqualTo(1);
      assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId())
          .authorizationType(Authorization.AUTH_TYPE_GRANT).count()).as(filter.getName()).isZero();
    }
    // and every unit's rights on every definition, user and group are global too
    assertThat(authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn("phuong-bac-son").resourceType(Resources.USER).count()).isZero();
    identityService.setAuthentication("phuong-bac-son.cb", List.of("phuong-bac-son"));
    try {
      assertThat(filterService.createFilterQuery().filterName(TasklistFilters.UNIT_TASKS).count()).isEqualTo(1);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * The unit filter first reads the caller's groups; that read is left unchecked (AuthorizationAtScalePlugin).
   * Members may read their own group anyway (Camunda grants it), so only with that right and the global right
   * to read groups both taken away does the filter show whether the read was checked; reading anyone else's
   * groups stays checked.
   */
  @Test
  void shouldReadACallersOwnGroupsWithoutACheck() {
    instance = runtimeService.startProcessInstanceByKey("ct15-ward-plan", Map.of("year", 2044, "deadline", "2044-03-31"));
    Task bacSon = taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("phuong-bac-son").singleResult();
    List<Authorization> readGroups = new java.util.ArrayList<>(authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL).resourceType(Resources.GROUP).resourceId(Authorization.ANY).list());
    readGroups.addAll(authorizationService.createAuthorizationQuery().groupIdIn("phuong-bac-son").resourceType(Resources.GROUP)
        .resourceId("phuong-bac-son").list());
    assertThat(readGroups).as("the global right to read groups and the members' right on their group").hasSize(2);
    readGroups.forEach(right -> authorizationService.deleteAuthorization(right.getId()));
    try {
      assertThat(asUser("phuong-bac-son.cb", TasklistFilters.UNIT_TASKS)).extracting(Task::getId).containsExactly(bacSon.getId());

      identityService.setAuthentication("phuong-bac-son.cb", List.of("phuong-bac-son"));
      try {
        assertThat(identityService.createGroupQuery().groupMember("phuong-bac-son.cb").list()).extracting(g -> g.getId())
            .containsExactly("phuong-bac-son");
        assertThat(identityService.createGroupQuery().groupMember("phuong-lam-ha.cb").list()).as("another person's groups").isEmpty();
        assertThat(identityService.createGroupQuery().groupId("phuong-bac-son").list()).as("a group by id").isEmpty();
      } finally {
        identityService.clearAuthentication();
      }
    } finally {
      for (Authorization right : readGroups) {
        Authorization restored = authorizationService.createNewAuthorization(right.getAuthorizationType());
        restored.setUserId(right.getUserId());
        restored.setGroupId(right.getGroupId());
        restored.setResourceType(right.getResourceType());
        restored.setResourceId(right.getResourceId());
        for (Permission permission : right.getPermissions(Permissions.values())) {
          restored.addPermission(permission);
        }
        authorizationService.saveAuthorization(restored);
      }
    }
  }

  /**
   * Every task is part of a process (no CMMN, no stand-alone tasks), so Camunda joins a task query's
   * definitions and authorizations with inner joins: H2 then checks the authorizations of the caller's own
   * candidate tasks only, not of every open task of the organisation (README "Benchmark").
   */
  @Test
  void shouldCheckTheUnitFilterWithInnerJoinsToTheDefinitionsAndAuthorizations(CapturedOutput output) {
    instance = runtimeService.startProcessInstanceByKey("ct15-ward-plan", Map.of("year", 2045));
    LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
    logging.setLogLevel(TASK_QUERY_LOG, LogLevel.DEBUG);
    try {
      assertThat(asUser("phuong-bac-son.cb", TasklistFilters.UNIT_TASKS)).hasSize(1);
    } finally {
      logging.setLogLevel(TASK_QUERY_LOG, null);
    }

    List<String> checked = output.getOut().lines()
        .filter(line -> line.contains("Preparing:") && line.contains("ACT_RU_AUTHORIZATION"))
        .map(line -> line.replaceAll("\\s+", " ")).toList();
    assertThat(checked).as("the unit filter's task query, checked against the caller's authorizations").isNotEmpty()
        .allSatisfy(sql -> assertThat(sql).contains("inner join ACT_RE_PROCDEF D").contains("inner join ( SELECT A.*")
            .doesNotContain("left join ACT_RE_PROCDEF").doesNotContain("left join ( SELECT A.*"));
  }
}
