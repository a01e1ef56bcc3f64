package vn.ct15.workflow.wardplan;

import static vn.ct15.workflow.TestTime.HANOI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.EngineTest;
import vn.ct15.workflow.notification.Mails;
import vn.ct15.workflow.wardplan.WardPlanProcess.Element;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.process.Motto;

@EngineTest
class WardPlanProcessTest {

  static final List<String> WARDS = List.of("phuong-bac-son", "phuong-dong-hoa", "phuong-lam-ha", "phuong-nam-son",
      "phuong-ngoc-son", "phuong-phu-lien", "phuong-quan-tru", "phuong-tran-thanh-ngo", "phuong-trang-minh",
      "phuong-van-dau");

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(WardPlanProcess.KEY).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
  }

  ProcessInstance start(int year) {
    return runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, withVariables(CommonVariables.YEAR.name(), year));
  }

  Task draftOf(ProcessInstance instance, String ward) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Element.DRAFT)
        .taskCandidateGroup(ward).singleResult();
  }

  static Map<String, Object> allParts(String ward) {
    Map<String, Object> parts = new HashMap<>();
    Motto.PARTS.stream().forEach(part -> parts.put(part, "Nội dung " + part + " của " + ward));
    return parts;
  }

  @Test
  void shouldGiveEveryWardItsOwnDraftTaskDueAtTheEndOfQuarterOne() {
    ProcessInstance instance = start(2031);

    assertThat(instance).hasPassed(Element.OPEN_CYCLE).isWaitingAt(Element.DRAFT).hasBusinessKey("ct15-ward-plan:2031");
    List<Task> drafts = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
    assertThat(drafts).hasSize(WARDS.size());
    Date endOfMarch = Date.from(LocalDateTime.of(2031, 3, 31, 23, 59, 59).atZone(HANOI).toInstant());
    for (String ward : WARDS) {
      Task draft = draftOf(instance, ward);
      assertThat(draft).as(ward).isNotNull().hasDueDate(endOfMarch).hasCandidateGroup(ward);
      List<IdentityLink> links = taskService.getIdentityLinksForTask(draft.getId());
      assertThat(links).as(ward + " reaches that ward only").extracting(IdentityLink::getGroupId).containsOnly(ward);
      assertThat(draft.getName()).contains("năm 2031").contains(engine.getIdentityService()
          .createGroupQuery().groupId(ward).singleResult().getName());
    }
  }

  @Test
  void shouldRefuseADraftMissingAPartAndKeepTheTaskWithWhatWasSaved() {
    ProcessInstance instance = start(2032);
    Task draft = draftOf(instance, "phuong-bac-son");
    taskService.setVariable(draft.getId(), "danBiet", "Đã lưu trước");
    Map<String, Object> parts = allParts("phuong-bac-son");
    parts.remove("danThuHuong");
    parts.remove("danBiet");

    assertThatThrownBy(() -> taskService.complete(draft.getId(), parts))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("«Dân thụ hưởng»")
        .hasMessageNotContaining("«Dân biết»");

    assertThat(taskService.createTaskQuery().taskId(draft.getId()).singleResult()).isNotNull();
    assertThat(taskService.getVariable(draft.getId(), "danBiet")).isEqualTo("Đã lưu trước");
    assertThat(taskService.getVariable(draft.getId(), "danBan")).isNull();
  }

  @Test
  void shouldLoopBackToDraftingWithTheHeadsCommentWhenReturned() {
    ProcessInstance instance = start(2033);
    Task draft = draftOf(instance, "phuong-lam-ha");
    taskService.complete(draft.getId(), allParts("phuong-lam-ha"));

    Task approval = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(Element.APPROVE).singleResult();
    assertThat(approval).hasCandidateUser("phuong-lam-ha.tt");
    assertThat(taskService.getVariable(approval.getId(), "danThuHuong")).isEqualTo("Nội dung danThuHuong của phuong-lam-ha");

    assertThatThrownBy(() -> taskService.complete(approval.getId(), Map.of(CommonVariables.APPROVED.name(), false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Ý kiến»");

    taskService.complete(approval.getId(), Map.of(CommonVariables.APPROVED.name(), false, CommonVariables.COMMENT.name(), "Bổ sung nội dung dân giám sát"));

    Task again = draftOf(instance, "phuong-lam-ha");
    assertThat(again).isNotNull().hasName(draft.getName());
    assertThat(taskService.getVariable(again.getId(), CommonVariables.COMMENT.name())).isEqualTo("Bổ sung nội dung dân giám sát");
    assertThat(taskService.getVariable(again.getId(), "danBiet")).isEqualTo("Nội dung danBiet của phuong-lam-ha");
    assertThat(draftOf(instance, "phuong-bac-son").getId()).as("other wards untouched").isNotEqualTo(again.getId());
    assertThat(runtimeService.getVariable(instance.getId(), CommonVariables.COMMENT.name())).as("kept per ward, not process-wide").isNull();
  }

  @Test
  void shouldTellPhongNoiVuOfEachApprovalAndWhichWardsAreStillOpen() throws Exception {
    ProcessInstance instance = start(2034);
    for (String ward : WARDS) {
      taskService.complete(draftOf(instance, ward).getId(), allParts(ward));
    }
    for (String ward : WARDS) {
      Task approval = taskService.createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey(Element.APPROVE).taskCandidateUser(ward + ".tt").singleResult();
      taskService.complete(approval.getId(), Map.of(CommonVariables.APPROVED.name(), true, CommonVariables.COMMENT.name(), "Đồng ý"));
      Job notice = managementService.createJobQuery().processInstanceId(instance.getId())
          .activityId(Element.INFORM_COORDINATOR).singleResult();
      managementService.executeJob(notice.getId());
    }

    assertThat(instance).isEnded().hasPassedInOrder(Element.OPEN_CYCLE, Element.DRAFT, Element.APPROVE,
        Element.APPROVED_GATEWAY, Element.INFORM_COORDINATOR, Element.WARD_APPROVED, Element.ALL_APPROVED);
    MimeMessage[] mails = greenMail.getReceivedMessages();
    // every approval reaches both people of Phòng Nội vụ
    assertThat(mails).hasSize(WARDS.size() * 2);
    MimeMessage first = mails[0];
    assertThat(first.getSubject()).contains("năm 2034").contains("Bắc Sơn");
    String body = Mails.text(first);
    assertThat(first.getAllRecipients()[0].toString()).startsWith("phong-noi-vu.");
    MimeMessage last = mails[mails.length - 1];
    assertThat(last.getSubject()).contains("Văn Đẩu");
    assertThat(Mails.text(last)).contains("Tất cả các phường đã được phê duyệt kế hoạch");
    assertThat(body).contains("Các phường chưa được phê duyệt (9)").contains("Ủy ban nhân dân phường Văn Đẩu")
        .doesNotContain("- Ủy ban nhân dân phường Bắc Sơn");
    assertThat(Mails.html(first)).contains("<li>Ủy ban nhân dân phường Văn Đẩu</li>");
  }

  @Test
  void shouldRefuseToStartTheSameYearTwice() {
    start(2035);

    assertThatThrownBy(() -> start(2035))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("năm 2035 đã được khởi động");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ct15-ward-plan:2035").count())
        .isEqualTo(1);
  }

  @Test
  void shouldTakeTheDeadlineOverrideForThatInstance() {
    ProcessInstance dateOnly = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 2036, CommonVariables.DEADLINE.name(), "2036-04-15"));
    ProcessInstance withTime = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 2037, CommonVariables.DEADLINE.name(), "2037-02-10T17:00"));

    assertThat(draftOf(dateOnly, "phuong-nam-son"))
        .hasDueDate(Date.from(LocalDateTime.of(2036, 4, 15, 23, 59, 59).atZone(HANOI).toInstant()));
    assertThat(draftOf(withTime, "phuong-nam-son"))
        .hasDueDate(Date.from(LocalDateTime.of(2037, 2, 10, 17, 0).atZone(HANOI).toInstant()));
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 2038, CommonVariables.DEADLINE.name(), "31/02/2038")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("31/02/2038");
  }

  @Test
  void shouldStartTheYearByItselfOnTheConfiguredDay() {
    Job timer = managementService.createJobQuery().processDefinitionKey(WardPlanProcess.KEY).timers().activityId(Element.START).singleResult();
    Date fires = timer.getDuedate();
    LocalDateTime firesAt = LocalDateTime.ofInstant(fires.toInstant(), ZoneId.systemDefault());
    assertThat(List.of(firesAt.getMonthValue(), firesAt.getDayOfMonth(), firesAt.getHour())).containsExactly(1, 2, 7);

    ClockUtil.setCurrentTime(fires);
    managementService.executeJob(timer.getId());

    int year = fires.toInstant().atZone(HANOI).getYear();
    ProcessInstance started = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("ct15-ward-plan:" + year).singleResult();
    assertThat(started).isNotNull().isWaitingAt(Element.DRAFT);
    assertThat(managementService.createJobQuery().processDefinitionKey(WardPlanProcess.KEY).timers().activityId(Element.START).singleResult()
        .getDuedate()).as("next year's timer").isAfter(fires);
  }
}
