package vn.ct15.workflow.obstacle;

import static vn.ct15.workflow.TestTime.HANOI;
import static vn.ct15.workflow.TestTime.endOfDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.EngineTest;
import vn.ct15.workflow.obstacle.ObstacleProcess.Element;
import vn.ct15.workflow.obstacle.ObstacleProcess.Var;
import vn.ct15.workflow.process.CommonVariables;

@EngineTest
class ObstacleProcessTest {

  static final String COORDINATOR = "phong-noi-vu";
  static final String LEADERSHIP = "ubnd-quan";
  /** Tuesday 1 December 2026, 09:00: no holiday in the following three weeks. */
  static final Date NOW = Date.from(LocalDateTime.of(2026, 12, 1, 9, 0).atZone(HANOI).toInstant());

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    ClockUtil.setCurrentTime(NOW);
  }

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    ClockUtil.reset();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(ObstacleProcess.KEY).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
  }

  /** Starts as the given user would from Tasklist: authenticated with the user's groups. */
  ProcessInstance raise(String userId, Map<String, Object> form) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      return runtimeService.startProcessInstanceByKey(ObstacleProcess.KEY, form);
    } finally {
      identityService.clearAuthentication();
    }
  }

  static Map<String, Object> difficulty(String title) {
    Map<String, Object> form = new HashMap<>();
    form.put(Var.TITLE, title);
    form.put(Var.SECTION, "II.3");
    form.put(Var.DESCRIPTION, "Chưa có hướng dẫn mẫu quy chế thực hiện dân chủ trong cơ quan, đơn vị.");
    form.put(Var.UNIT_PROPOSAL, "Đề nghị Phòng Nội vụ ban hành văn bản hướng dẫn.");
    return form;
  }

  Task task(ProcessInstance instance, String activity) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult();
  }

  @Test
  void shouldTakeTheRaisingUnitFromTheStartersGroupsAndGivePhongNoiVuTheTriage() {
    ProcessInstance instance = raise("phuong-bac-son.cb", difficulty("Vướng mắc mẫu quy chế dân chủ"));

    assertThat(instance).hasPassed(Element.START, Element.OPEN).isWaitingAt(Element.TRIAGE)
        .hasBusinessKey("ct15-obstacle:phuong-bac-son:20261201-090000")
        .variables().containsEntry(Var.INITIATOR, "phuong-bac-son.cb").containsEntry(Var.RAISING_UNIT, "phuong-bac-son")
        .containsEntry(Var.RAISING_UNIT_NAME, "Ủy ban nhân dân phường Bắc Sơn");
    Task triage = task(instance, Element.TRIAGE);
    // three working days: Wednesday, Thursday, Friday
    assertThat(triage).hasCandidateGroup(COORDINATOR).hasDueDate(endOfDay(2026, 12, 4));
    assertThat(taskService.getIdentityLinksForTask(triage.getId())).extracting(IdentityLink::getGroupId)
        .containsOnly(COORDINATOR);
    assertThat(triage.getName()).isEqualTo(
        "Xem xét, phân loại khó khăn, vướng mắc của Ủy ban nhân dân phường Bắc Sơn: Vướng mắc mẫu quy chế dân chủ");

    ObjectValue options = runtimeService.getVariableTyped(instance.getId(), Var.OFFICE_OPTIONS, false);
    assertThat(options.getSerializationDataFormat()).isEqualTo("application/json");
    assertThat(options.getValueSerialized()).startsWith("[{\"label\":\"Phòng Nội vụ\",\"value\":\"phong-noi-vu\"},")
        .contains("{\"label\":\"Phòng Tài nguyên và Môi trường\",\"value\":\"phong-tn-mt\"}")
        .doesNotContain("phuong-").doesNotContain(LEADERSHIP).doesNotContain("cong-an-quan");

    ProcessInstance second = raise("phuong-bac-son.tt", difficulty("Vướng mắc thứ hai trong cùng giây"));
    assertThat(second).as("a head raises for the same unit; the key stays unique")
        .hasBusinessKey("ct15-obstacle:phuong-bac-son:20261201-090000-2");
  }

  @Test
  void shouldRefuseAStarterInNoUnitAndAStartWithoutAStarter() {
    assertThatThrownBy(() -> raise("demo", difficulty("Người quản trị phản ánh")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«demo» không thuộc cơ quan, đơn vị nào");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ObstacleProcess.KEY, difficulty("Không đăng nhập")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Không xác định được người phản ánh");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ObstacleProcess.KEY).count()).isZero();
  }

  @Test
  void shouldRefuseAStartFormMissingTheDescriptionOrNamingNoSectionOfThePlan() {
    Map<String, Object> noDescription = difficulty("Thiếu nội dung");
    noDescription.remove(Var.DESCRIPTION);
    assertThatThrownBy(() -> raise("cong-an-quan.cb", noDescription))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Nội dung khó khăn, vướng mắc»");
    Map<String, Object> unknownSection = difficulty("Mục không có");
    unknownSection.put(Var.SECTION, "IV.9");
    assertThatThrownBy(() -> raise("cong-an-quan.cb", unknownSection))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Nội dung của Kế hoạch liên quan»");
  }

  @Test
  void shouldLetEveryUnitButTheSupervisorsRaiseADifficulty() {
    for (String unit : List.of("ubnd-quan", COORDINATOR, "phong-y-te", "phuong-van-dau", "ban-chqs-quan", "ban-qlda")) {
      assertThat(authorizationService.isUserAuthorized(unit + ".cb", List.of(unit), ProcessDefinitionPermissions.CREATE_INSTANCE,
          Resources.PROCESS_DEFINITION, ObstacleProcess.KEY)).as(unit).isTrue();
    }
    for (String unit : List.of("hdnd-quan", "mttq-quan")) {
      assertThat(authorizationService.isUserAuthorized(unit + ".cb", List.of(unit), ProcessDefinitionPermissions.CREATE_INSTANCE,
          Resources.PROCESS_DEFINITION, ObstacleProcess.KEY)).as(unit).isFalse();
    }
  }

  @Test
  void shouldRouteToTheChosenOfficeWhichAnswersWithinTenWorkingDaysAndTheUnitConfirms() {
    ProcessInstance instance = raise("phong-y-te.cb", difficulty("Chưa rõ cơ chế lấy ý kiến Nhân dân"));
    Task triage = task(instance, Element.TRIAGE);

    assertThatThrownBy(() -> taskService.complete(triage.getId(), Map.of(Var.ROUTE, Var.TO_OFFICE)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Cơ quan chuyên môn được giao» là bắt buộc");
    assertThatThrownBy(() -> taskService.complete(triage.getId(), Map.of(Var.ROUTE, Var.TO_OFFICE, Var.OFFICE, LEADERSHIP)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("không phải 'ubnd-quan'");
    assertThatThrownBy(() -> taskService.complete(triage.getId(), Map.of(Var.ROUTE, "chuyen-di-dau-do")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Hướng xử lý»");
    assertThat(task(instance, Element.TRIAGE)).as("still open").isNotNull();

    taskService.complete(triage.getId(), Map.of(Var.ROUTE, Var.TO_OFFICE, Var.OFFICE, "phong-tu-phap",
        Var.COORDINATOR_NOTE, "Đề nghị Phòng Tư pháp hướng dẫn."));

    Task answer = task(instance, Element.ANSWER_BY_OFFICE);
    assertThat(answer).hasCandidateGroup("phong-tu-phap").hasDueDate(endOfDay(2026, 12, 15));
    assertThat(taskService.getIdentityLinksForTask(answer.getId())).extracting(IdentityLink::getGroupId)
        .containsOnly("phong-tu-phap");
    assertThatThrownBy(() -> taskService.complete(answer.getId(), Map.of(Var.ANSWER, "Ngắn")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Nội dung trả lời, hướng giải quyết»");
    taskService.complete(answer.getId(), Map.of(Var.ANSWER, "Áp dụng Điều 5 Luật Thực hiện dân chủ ở cơ sở.",
        Var.ANSWER_DOCUMENT, "15/TP"));

    Task confirm = task(instance, Element.CONFIRM);
    // five working days
    assertThat(confirm).hasCandidateGroup("phong-y-te").hasDueDate(endOfDay(2026, 12, 8));
    assertThat(taskService.getVariable(confirm.getId(), Var.ANSWERING_UNIT_NAME)).isEqualTo("Phòng Tư pháp");
    taskService.complete(confirm.getId(), Map.of(Var.OUTCOME, Var.RESOLVED));

    assertThat(instance).isEnded().hasPassedInOrder(Element.START, Element.OPEN, Element.MERGE_TRIAGE, Element.TRIAGE,
        Element.ROUTE, Element.ANSWER_BY_OFFICE, Element.MERGE_ANSWER, Element.CONFIRM, Element.RESOLVED_GATEWAY,
        Element.RESOLVED).hasNotPassed(Element.ANSWER_BY_LEADERSHIP);
  }

  @Test
  void shouldReportToUbndQuanByTheSetDateAndGoBackToTriageWhenTheUnitReopens() {
    ProcessInstance instance = raise("ban-qlda.cb", difficulty("Vướng mắc về kinh phí tổ chức đối thoại"));
    Task triage = task(instance, Element.TRIAGE);
    assertThatThrownBy(() -> taskService.complete(triage.getId(), Map.of(Var.ROUTE, Var.TO_LEADERSHIP,
        CommonVariables.DEADLINE.name(), "2026-11-30"))).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("«Hạn trả lời»");
    taskService.complete(triage.getId(), Map.of(Var.ROUTE, Var.TO_LEADERSHIP, CommonVariables.DEADLINE.name(), "2026-12-20"));

    Task answer = task(instance, Element.ANSWER_BY_LEADERSHIP);
    assertThat(answer).hasCandidateGroup(LEADERSHIP).hasDueDate(endOfDay(2026, 12, 20));
    assertThat(answer.getName()).startsWith("Ủy ban nhân dân quận xem xét, giải quyết");
    taskService.complete(answer.getId(), Map.of(Var.ANSWER, "Bố trí kinh phí trong dự toán năm sau."));

    Task confirm = task(instance, Element.CONFIRM);
    assertThat(confirm).hasCandidateGroup("ban-qlda");
    assertThatThrownBy(() -> taskService.complete(confirm.getId(), Map.of(Var.OUTCOME, Var.REOPENED)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Ý kiến của đơn vị»");
    taskService.complete(confirm.getId(), Map.of(Var.OUTCOME, Var.REOPENED,
        Var.UNIT_COMMENT, "Cần kinh phí ngay trong quý I."));

    Task again = task(instance, Element.TRIAGE);
    assertThat(again).as("back to Phòng Nội vụ").isNotNull().hasCandidateGroup(COORDINATOR);
    assertThat(taskService.getVariable(again.getId(), Var.UNIT_COMMENT)).isEqualTo("Cần kinh phí ngay trong quý I.");
    taskService.complete(again.getId(), Map.of(Var.ROUTE, Var.TO_OFFICE, Var.OFFICE, "phong-tc-kh", CommonVariables.DEADLINE.name(), ""));

    Task officeAnswer = task(instance, Element.ANSWER_BY_OFFICE);
    assertThat(officeAnswer).as("no set date this time: ten working days").hasCandidateGroup("phong-tc-kh")
        .hasDueDate(endOfDay(2026, 12, 15));
    taskService.complete(officeAnswer.getId(), Map.of(Var.ANSWER, "Ứng trước kinh phí từ nguồn dự phòng quý I."));
    taskService.complete(task(instance, Element.CONFIRM).getId(), Map.of(Var.OUTCOME, Var.RESOLVED));

    assertThat(instance).isEnded().hasPassedInOrder(Element.TRIAGE, Element.ANSWER_BY_LEADERSHIP, Element.CONFIRM,
        Element.MERGE_TRIAGE, Element.TRIAGE, Element.ANSWER_BY_OFFICE, Element.CONFIRM, Element.RESOLVED);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(Element.TRIAGE).count()).isEqualTo(2);
  }
}
