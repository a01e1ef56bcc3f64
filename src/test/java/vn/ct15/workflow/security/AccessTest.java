package vn.ct15.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import vn.ct15.workflow.Ct15SpringTest;

/** REST needs a login; each unit sees and works only its own tasks; Cockpit is for those who monitor. */
@Ct15SpringTest
class AccessTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired AccessPolicy accessPolicy;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  ProcessInstance instance;

  @AfterEach
  void cleanUp() {
    if (instance != null) {
      runtimeService.deleteProcessInstance(instance.getId(), "test cleanup");
    }
  }

  RestClient rest(String user) {
    RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultStatusHandler(status -> true, (request, response) -> { });
    if (user != null) {
      builder.defaultHeaders(headers -> headers.setBasicAuth(user, "demo"));
    }
    return builder.build();
  }

  HttpStatus post(String user, String path, String json) {
    return HttpStatus.valueOf(rest(user).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json)
        .retrieve().toBodilessEntity().getStatusCode().value());
  }

  Task bacSonTask() {
    instance = runtimeService.startProcessInstanceByKey("ct15-ward-plan", Map.of("year", 2041));
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("phuong-bac-son")
        .singleResult();
  }

  @Test
  void shouldAnswer401WithoutValidCredentials() {
    assertThat(rest(null).get().uri("/engine-rest/task").retrieve().toBodilessEntity().getStatusCode().value())
        .isEqualTo(401);
    RestClient wrongPassword = RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultStatusHandler(status -> true, (request, response) -> { })
        // a user no other test logs in as: the wrong password delays that user's next login
        .defaultHeaders(headers -> headers.setBasicAuth("phuong-trang-minh.cb", "not-the-password")).build();
    assertThat(wrongPassword.get().uri("/engine-rest/task").retrieve().toBodilessEntity().getStatusCode().value())
        .isEqualTo(401);
    assertThat(rest("phuong-bac-son.cb").get().uri("/engine-rest/task").retrieve().toBodilessEntity()
        .getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void shouldShowAnonymousCallersOnlyTheHealthStatus() {
    String health = rest(null).get().uri("/actuator/health").retrieve().body(String.class);
    assertThat(health).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void shouldLetAUnitSeeClaimAndCompleteOnlyItsOwnTasks() {
    Task task = bacSonTask();
    String id = task.getId();

    List<?> seenByOtherWard = rest("phuong-lam-ha.cb").get().uri("/engine-rest/task?processInstanceId=" + instance.getId())
        .retrieve().body(List.class);
    assertThat(seenByOtherWard).as("Lãm Hà sees only its own task").hasSize(1);
    assertThat(rest("phuong-lam-ha.cb").get().uri("/engine-rest/task/" + id).retrieve().toBodilessEntity()
        .getStatusCode().value()).as("another unit's task does not even exist for Lãm Hà").isEqualTo(404);
    assertThat(post("phuong-lam-ha.cb", "/engine-rest/task/" + id + "/claim", "{\"userId\":\"phuong-lam-ha.cb\"}"))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("phuong-lam-ha.cb", "/engine-rest/task/" + id + "/complete", "{\"variables\":{}}"))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("phong-kinh-te.cb", "/engine-rest/task/" + id + "/claim", "{\"userId\":\"phong-kinh-te.cb\"}"))
        .isEqualTo(HttpStatus.FORBIDDEN);

    Task unchanged = taskService.createTaskQuery().taskId(id).singleResult();
    assertThat(unchanged).isNotNull();
    assertThat(unchanged.getAssignee()).isNull();

    assertThat(post("phuong-bac-son.cb", "/engine-rest/task/" + id + "/claim", "{\"userId\":\"phuong-bac-son.cb\"}"))
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("phuong-bac-son.cb");
  }

  @Test
  void shouldRefuseAnIncompleteSubmissionWithAVietnameseMessageAndKeepTheTask() {
    String id = bacSonTask().getId();

    String answer = rest("phuong-bac-son.cb").post().uri("/engine-rest/task/" + id + "/submit-form")
        .contentType(MediaType.APPLICATION_JSON)
        .body("{\"variables\":{\"danBiet\":{\"value\":\"Công khai thu chi ngân sách phường\"}}}")
        .retrieve().onStatus(status -> true, (request, response) -> assertThat(response.getStatusCode().value()).isEqualTo(400))
        .body(String.class);

    assertThat(answer).contains("Trường «Dân thụ hưởng» là bắt buộc").doesNotContain("«Dân biết»")
        .doesNotContain("at org.camunda");
    assertThat(taskService.createTaskQuery().taskId(id).singleResult()).isNotNull();
  }

  @Test
  void shouldGiveCockpitToThoseWhoMonitorAndTasklistToEveryUnit() {
    for (String user : List.of("phong-noi-vu.cb", "chu-tich", "mttq-quan.cb", "hdnd-quan.tt")) {
      assertThat(allowed(user, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).as(user).isTrue();
      for (Permission read : List.of(Permissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_TASK)) {
        assertThat(allowed(user, read, Resources.PROCESS_DEFINITION, "ct15-ward-plan")).as(user + " " + read).isTrue();
      }
    }
    for (String user : List.of("phuong-bac-son.cb", "phong-tu-phap.tt", "cong-an-quan.cb", "ban-qlda.cb")) {
      assertThat(allowed(user, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).as(user).isTrue();
      assertThat(allowed(user, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).as(user).isFalse();
      assertThat(allowed(user, ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, "ct15-ward-plan"))
          .as(user).isFalse();
    }
    for (String user : List.of("phong-noi-vu.tt", "chu-tich", "mttq-quan.cb", "phuong-bac-son.tt")) {
      assertThat(allowed(user, Permissions.ACCESS, Resources.APPLICATION, "admin")).as(user).isFalse();
    }
    assertThat(allowed("demo", Permissions.ACCESS, Resources.APPLICATION, "admin")).isTrue();
  }

  @Test
  void shouldLetSupervisorsReadProgressButChangeNothing() {
    Task task = bacSonTask();
    String path = "/engine-rest/process-instance/" + instance.getId();

    assertThat(rest("mttq-quan.cb").get().uri(path).retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);
    assertThat(rest("hdnd-quan.cb").get().uri("/engine-rest/task?processInstanceId=" + instance.getId()).retrieve()
        .body(List.class)).as("every unit's task of the cycle").hasSizeGreaterThan(1);
    assertThat(rest("mttq-quan.cb").get().uri("/engine-rest/history/task?taskId=" + task.getId()).retrieve()
        .body(List.class)).hasSize(1);
    assertThat(rest("hdnd-quan.cb").get().uri("/engine-rest/history/process-instance/" + instance.getId())
        .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);
    assertThat(rest("mttq-quan.cb").delete().uri(path).retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    assertThat(rest("mttq-quan.cb").put().uri(path + "/suspended").contentType(MediaType.APPLICATION_JSON)
        .body("{\"suspended\":true}").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
    assertThat(post("hdnd-quan.cb", "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"hdnd-quan.cb\"}"))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).active().count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void shouldLetPhongNoiVuStartTheWardPlanButNotAWard() {
    String body = "{\"variables\":{\"year\":{\"value\":2042,\"type\":\"Integer\"}}}";
    assertThat(post("phuong-bac-son.cb", "/engine-rest/process-definition/key/ct15-ward-plan/submit-form", body))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("phong-noi-vu.cb", "/engine-rest/process-definition/key/ct15-ward-plan/submit-form", body))
        .isEqualTo(HttpStatus.OK);
    instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ct15-ward-plan:2042").singleResult();
    assertThat(instance).isNotNull();
  }

  /**
   * Earlier versions gave each monitoring unit READ on every task, process instance and their history
   * besides its rights on every definition; the policy deletes those copies, but not one an administrator
   * has extended.
   */
  @Test
  void shouldDeleteTheMonitorsFormerRightsOnEveryInstanceAndTaskButKeepOneAnAdministratorExtended() {
    Map<Resource, Permission[]> former = Map.of(
        Resources.TASK, new Permission[] {Permissions.READ},
        Resources.HISTORIC_TASK, new Permission[] {HistoricTaskPermissions.READ},
        Resources.HISTORIC_PROCESS_INSTANCE, new Permission[] {HistoricProcessInstancePermissions.READ},
        Resources.PROCESS_INSTANCE, new Permission[] {Permissions.READ, Permissions.UPDATE});
    former.forEach((resource, permissions) -> {
      Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId("mttq-quan");
      grant.setResource(resource);
      grant.setResourceId(Authorization.ANY);
      for (Permission permission : permissions) {
        grant.addPermission(permission);
      }
      authorizationService.saveAuthorization(grant);
    });

    accessPolicy.apply();

    try {
      for (Resource resource : List.of(Resources.TASK, Resources.HISTORIC_TASK, Resources.HISTORIC_PROCESS_INSTANCE)) {
        assertThat(monitorGrants("mttq-quan", resource)).as(resource.resourceName()).isEmpty();
      }
      assertThat(monitorGrants("mttq-quan", Resources.PROCESS_INSTANCE)).as("extended by an administrator").hasSize(1);
      assertThat(monitorGrants("hdnd-quan", Resources.PROCESS_INSTANCE)).isEmpty();
    } finally {
      monitorGrants("mttq-quan", Resources.PROCESS_INSTANCE)
          .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
    }
  }

  /**
   * Earlier versions let the people a task is offered to UPDATE it (Camunda's default) and created the
   * reminders' jobs without a process definition, which Camunda shows and lets run to anyone: the policy
   * narrows the first to the work on the task (with its history) and binds the second to their definitions.
   */
  @Test
  void shouldNarrowFormerTaskGrantsAndBindFormerJobsToTheirDefinitions() {
    Task task = bacSonTask();
    Authorization grant = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task.getId()).groupIdIn("phuong-bac-son").singleResult();
    ((AuthorizationEntity) grant).setPermissions(Permissions.READ.getValue() | Permissions.UPDATE.getValue());
    authorizationService.saveAuthorization(grant);
    authorizationService.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK).resourceId(task.getId()).list()
        .forEach(history -> authorizationService.deleteAuthorization(history.getId()));
    jdbc.update("update ACT_RU_JOB set PROCESS_DEF_ID_ = null, PROCESS_DEF_KEY_ = null where PROCESS_INSTANCE_ID_ = ?",
        instance.getId());

    accessPolicy.apply();

    Authorization narrowed = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task.getId()).groupIdIn("phuong-bac-son").singleResult();
    assertThat(narrowed.isPermissionGranted(Permissions.UPDATE)).isFalse();
    assertThat(narrowed.isPermissionGranted(Permissions.TASK_WORK)).isTrue();
    assertThat(narrowed.isPermissionGranted(Permissions.TASK_ASSIGN)).isTrue();
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK).resourceId(task.getId())
        .groupIdIn("phuong-bac-son").count()).isEqualTo(1);
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).list())
        .isNotEmpty().allMatch(job -> "ct15-ward-plan".equals(job.getProcessDefinitionKey()));
    assertThat(rest("phuong-bac-son.cb").get().uri("/engine-rest/job?processInstanceId=" + instance.getId()).retrieve()
        .body(List.class)).as("a ward lists none of the cycle's jobs").isEmpty();
    assertThat(rest("phong-noi-vu.cb").get().uri("/engine-rest/job?processInstanceId=" + instance.getId()).retrieve()
        .body(List.class)).as("Phòng Nội vụ reads them in Cockpit").isNotEmpty();
  }

  List<Authorization> monitorGrants(String group, Resource resource) {
    return authorizationService.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
        .resourceId(Authorization.ANY).list();
  }

  boolean allowed(String userId, Permission permission, Resource resource, String resourceId) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return authorizationService.isUserAuthorized(userId, groups, permission, resource, resourceId);
  }
}
