package vn.ct15.workflow.frontsupervision;

import static vn.ct15.workflow.TestTime.HANOI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
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
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.EngineTest;
import vn.ct15.workflow.calendar.WorkingDayCalendar;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.frontsupervision.FrontSupervisionProcess.Element;
import vn.ct15.workflow.frontsupervision.FrontSupervisionProcess.Var;
import vn.ct15.workflow.process.CommonVariables;

@EngineTest
class FrontSupervisionProcessTest {

  static final String MTTQ = "mttq-quan";
  static final String HDND = "hdnd-quan";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired OrganisationDirectory directory;
  @Autowired WorkingDayCalendar workingDays;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    at(2046, 3, 16, 8, 30);
  }

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    ClockUtil.reset();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(FrontSupervisionProcess.KEY).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
  }

  static void at(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(HANOI).toInstant()));
  }

  static Map<String, Object> request(Object... more) {
    Map<String, Object> variables = new HashMap<>(withVariables(Var.REQUEST_KIND, "giam-sat",
        Var.SUBJECT, "Niêm yết công khai thủ tục hành chính",
        Var.CONTENT, "Đề nghị báo cáo việc niêm yết công khai thủ tục hành chính tại trụ sở",
        Var.BASIS, "Kế hoạch giám sát số 12/KH-MTTQ"));
    for (int i = 0; i < more.length; i += 2) {
      variables.put((String) more[i], more[i + 1]);
    }
    return variables;
  }

  /** Starts as the given user with that user's groups, as Tasklist does after a login. */
  ProcessInstance startAs(String userId, Map<String, Object> variables) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      return runtimeService.startProcessInstanceByKey(FrontSupervisionProcess.KEY, variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  Task task(ProcessInstance instance, String activity) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activity).singleResult();
  }

  List<String> groupsOf(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).toList();
  }

  @Test
  void shouldLetTheSupervisingBodiesStartAndNoOtherUnit() {
    for (String supervisor : List.of(MTTQ, HDND)) {
      assertThat(authorizationService.isUserAuthorized(supervisor + ".cb", List.of(supervisor),
          ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, FrontSupervisionProcess.KEY))
          .as(supervisor).isTrue();
    }
    assertThat(authorizationService.isUserAuthorized("phuong-bac-son.cb", List.of("phuong-bac-son"),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, FrontSupervisionProcess.KEY)).isFalse();
    assertThatThrownBy(() -> startAs("phuong-bac-son.cb", request())).isInstanceOf(AuthorizationException.class);

    // without a supervising unit behind the start (e.g. an administrator's Java call)
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(FrontSupervisionProcess.KEY, request()))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("chỉ cán bộ của Hội đồng nhân dân quận, Ủy ban Mặt trận Tổ quốc Việt Nam quận");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(FrontSupervisionProcess.KEY).count()).isZero();
  }

  @Test
  void shouldRefuseAnIncompleteRequest() {
    Map<String, Object> withoutSubject = request(Var.SUBJECT, "");
    assertThatThrownBy(() -> startAs("mttq-quan.cb", withoutSubject)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("«Tiêu đề»");
    assertThatThrownBy(() -> startAs("mttq-quan.cb", request(Var.REQUEST_KIND, "khieu-nai")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Hình thức»");
    assertThatThrownBy(() -> startAs("mttq-quan.cb", request(CommonVariables.DEADLINE.name(), "20/05/2046")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("20/05/2046");
  }

  @Test
  void shouldHaveTheRequesterChooseTheUnitFromTheDirectory() {
    ProcessInstance instance = startAs("mttq-quan.cb", request());

    assertThat(instance).hasBusinessKey("ct15-front-supervision:mttq-quan:20460316T083000")
        .hasPassed(Element.OPEN_REQUEST).isWaitingAt(Element.CHOOSE_UNIT)
        .variables().containsEntry(Var.INITIATOR, "mttq-quan.cb").containsEntry(Var.REQUESTER_UNIT, MTTQ);
    Task choose = task(instance, Element.CHOOSE_UNIT);
    assertThat(choose).hasCandidateGroup(MTTQ).hasDueDate(workingDays.after("P2D"));
    assertThat(groupsOf(choose)).containsOnly(MTTQ);
    assertThat(choose.getName())
        .isEqualTo("Chọn cơ quan, đơn vị được đề nghị trả lời nội dung giám sát: Niêm yết công khai thủ tục hành chính");

    SpinJsonNode options = (SpinJsonNode) runtimeService.getVariable(instance.getId(), Var.UNIT_OPTIONS);
    List<String> values = options.elements().stream().map(option -> option.prop("value").stringValue()).toList();
    assertThat(values).containsExactlyElementsOf(directory.unitIds("leadership,coordinator,office,ward,armed-force,public-service"))
        .contains("ubnd-quan", "phong-noi-vu", "phuong-bac-son").doesNotContain(MTTQ, HDND);

    assertThatThrownBy(() -> taskService.complete(choose.getId(), Map.of(Var.ADDRESSED_UNIT, HDND)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Cơ quan, đơn vị được đề nghị trả lời»")
        .hasMessageContaining(HDND);
    assertThatThrownBy(() -> taskService.complete(choose.getId(), Map.of(Var.ADDRESSED_UNIT, " ")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Cơ quan, đơn vị được đề nghị trả lời»");
    assertThat(task(instance, Element.CHOOSE_UNIT)).as("still open").isNotNull();

    taskService.complete(choose.getId(), Map.of(Var.ADDRESSED_UNIT, "phuong-bac-son"));
    Task answer = task(instance, Element.ANSWER);
    assertThat(groupsOf(answer)).containsOnly("phuong-bac-son");
  }

  @Test
  void shouldHaveTheUnitAnswerWithinTenWorkingDaysAndAnswerAgainUntilAccepted() {
    ProcessInstance instance = startAs("mttq-quan.tt", request(Var.REQUEST_KIND, "phan-bien-xa-hoi"));
    at(2046, 3, 19, 10, 0);
    taskService.complete(task(instance, Element.CHOOSE_UNIT).getId(), Map.of(Var.ADDRESSED_UNIT, "phong-tn-mt"));

    Task answer = task(instance, Element.ANSWER);
    assertThat(answer).hasCandidateGroup("phong-tn-mt").hasDueDate(workingDays.after("P10D"));
    // ten working days from Monday 19/3/2046: Monday 2/4/2046
    assertThat(answer.getDueDate()).isEqualTo(Date.from(LocalDateTime.of(2046, 4, 2, 23, 59, 59).atZone(HANOI).toInstant()));
    assertThat(answer.getName()).isEqualTo("Tiếp thu, giải trình, trả lời nội dung phản biện xã hội của "
        + "Ủy ban Mặt trận Tổ quốc Việt Nam quận: Niêm yết công khai thủ tục hành chính");
    assertThatThrownBy(() -> taskService.complete(answer.getId(), Map.of(Var.ANSWER, "Đã")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Nội dung tiếp thu, giải trình, trả lời»");
    taskService.complete(answer.getId(), Map.of(Var.ANSWER, "Phòng đã niêm yết đủ 45 thủ tục tại bộ phận một cửa"));

    Task review = task(instance, Element.REVIEW);
    assertThat(review).hasCandidateGroup(MTTQ).hasDueDate(workingDays.after("P5D"));
    assertThat(review.getName()).isEqualTo("Xem xét nội dung trả lời của " + directory.unitName("phong-tn-mt")
        + ": Niêm yết công khai thủ tục hành chính");
    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(Var.ACCEPTED, false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Ý kiến»");
    assertThat(task(instance, Element.REVIEW)).as("still open").isNotNull();

    at(2046, 4, 6, 9, 0);
    taskService.complete(review.getId(), Map.of(Var.ACCEPTED, false, CommonVariables.COMMENT.name(), "Chưa nêu thời gian niêm yết"));

    Task again = task(instance, Element.ANSWER);
    assertThat(again).isNotNull().hasCandidateGroup("phong-tn-mt").hasDueDate(workingDays.after("P10D"));
    assertThat(again.getDueDate()).as("a fresh period from the reopening").isAfter(answer.getDueDate());
    assertThat(taskService.getVariable(again.getId(), CommonVariables.COMMENT.name())).isEqualTo("Chưa nêu thời gian niêm yết");
    taskService.complete(again.getId(), Map.of(Var.ANSWER, "Đã niêm yết từ ngày 01/3/2046", Var.MEASURES, "Cập nhật hằng quý"));
    taskService.complete(task(instance, Element.REVIEW).getId(), Map.of(Var.ACCEPTED, true));

    assertThat(instance).isEnded().hasPassedInOrder(Element.OPEN_REQUEST, Element.UNIT_GIVEN_GATEWAY, Element.CHOOSE_UNIT,
        Element.MERGE_ANSWER, Element.ANSWER, Element.REVIEW, Element.ACCEPTED_GATEWAY, Element.MERGE_ANSWER,
        Element.ANSWER, Element.REVIEW, Element.ACCEPTED_GATEWAY, Element.ANSWER_ACCEPTED)
        .variables().containsEntry(Var.ANSWER, "Đã niêm yết từ ngày 01/3/2046").containsEntry(Var.ACCEPTED, true);
  }

  @Test
  void shouldSkipTheChoiceForAUnitGivenAtTheStartAndTakeTheDeadlineForTheFirstAnswer() {
    assertThatThrownBy(() -> startAs("hdnd-quan.cb", request(Var.ADDRESSED_UNIT, MTTQ)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Cơ quan, đơn vị được đề nghị trả lời»");

    ProcessInstance instance = startAs("hdnd-quan.cb", request(Var.REQUEST_KIND, "gop-y-xay-dung-chinh-quyen",
        Var.ADDRESSED_UNIT, "ubnd-quan", CommonVariables.DEADLINE.name(), "2046-05-20"));

    assertThat(instance).hasBusinessKey("ct15-front-supervision:hdnd-quan:20460316T083000")
        .hasNotPassed(Element.CHOOSE_UNIT).isWaitingAt(Element.ANSWER);
    Task answer = task(instance, Element.ANSWER);
    assertThat(answer).hasCandidateGroup("ubnd-quan")
        .hasDueDate(Date.from(LocalDateTime.of(2046, 5, 20, 23, 59, 59).atZone(HANOI).toInstant()));
    assertThat(answer.getName()).contains("góp ý xây dựng chính quyền của Hội đồng nhân dân quận");
    taskService.complete(answer.getId(), Map.of(Var.ANSWER, "Ủy ban nhân dân quận tiếp thu toàn bộ ý kiến góp ý"));
    assertThat(task(instance, Element.REVIEW)).hasCandidateGroup(HDND);
    taskService.complete(task(instance, Element.REVIEW).getId(), Map.of(Var.ACCEPTED, false, CommonVariables.COMMENT.name(), "Nêu rõ lộ trình"));

    assertThat(task(instance, Element.ANSWER)).as("the start's deadline held for the first answer only")
        .hasDueDate(workingDays.after("P10D"));
    assertThat(instance).hasPassedInOrder(Element.OPEN_REQUEST, Element.UNIT_GIVEN_GATEWAY, Element.MERGE_ANSWER,
        Element.ANSWER, Element.REVIEW, Element.ACCEPTED_GATEWAY, Element.MERGE_ANSWER).isWaitingAt(Element.ANSWER);
  }
}
