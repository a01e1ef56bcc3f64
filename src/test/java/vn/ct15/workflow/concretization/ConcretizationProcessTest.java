package vn.ct15.workflow.concretization;

import static vn.ct15.workflow.TestTime.HANOI;
import static vn.ct15.workflow.TestTime.endOfDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
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
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.EngineTest;
import vn.ct15.workflow.concretization.ConcretizationProcess.Element;
import vn.ct15.workflow.concretization.ConcretizationProcess.Var;
import vn.ct15.workflow.deadline.Urge;
import vn.ct15.workflow.process.CommonVariables;

@EngineTest
class ConcretizationProcessTest {

  /** Phòng Nội vụ, every office, ward, armed force and public service unit of the demo directory. */
  static final List<String> UNITS = List.of("phong-noi-vu", "van-phong", "phong-tu-phap", "phong-tc-kh", "phong-tn-mt",
      "phong-ld-tbxh", "phong-vh-tt", "phong-gd-dt", "phong-y-te", "phong-qldt", "phong-kinh-te", "thanh-tra",
      "phuong-bac-son", "phuong-dong-hoa", "phuong-lam-ha", "phuong-nam-son", "phuong-ngoc-son", "phuong-phu-lien",
      "phuong-quan-tru", "phuong-tran-thanh-ngo", "phuong-trang-minh", "phuong-van-dau", "cong-an-quan",
      "ban-chqs-quan", "trung-tam-vh-tt-tt", "ban-qlda", "cong-ttdt");
  static final String COORDINATOR = "phong-noi-vu";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired AuthorizationService authorizationService;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(ConcretizationProcess.KEY).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
  }

  ProcessInstance start(int year) {
    return runtimeService.startProcessInstanceByKey(ConcretizationProcess.KEY, withVariables(CommonVariables.YEAR.name(), year));
  }

  Task recordOf(ProcessInstance instance, String unit) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Element.RECORD)
        .taskCandidateGroup(unit).singleResult();
  }

  /** A valid record: a decision issued on 2026-11-20 making "Dân biết" and "Dân giám sát" concrete. */
  static Map<String, Object> record(String unit) {
    Map<String, Object> record = new HashMap<>();
    record.put(Var.NUMBER, "12/QĐ-" + unit);
    record.put(Var.ISSUED_ON, "2026-11-20");
    record.put(Var.TITLE, "Quyết định ban hành Quy chế thực hiện dân chủ của " + unit);
    Var.PARTS.forEach(part -> record.put(part, false));
    record.put("phanDanBiet", true);
    record.put("phanDanGiamSat", true);
    return record;
  }

  @Test
  void shouldGiveEveryImplementingUnitItsOwnTaskDueAtTheEndOfThePlanYear() {
    ProcessInstance instance = start(2041);

    assertThat(instance).hasPassed(Element.OPEN_CYCLE).isWaitingAt(Element.RECORD)
        .hasBusinessKey("ct15-concretization:2041");
    assertThat(runtimeService.getVariable(instance.getId(), CommonVariables.UNITS.name())).isEqualTo(UNITS);
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
    assertThat(tasks).hasSize(UNITS.size());
    for (String unit : UNITS) {
      Task task = recordOf(instance, unit);
      assertThat(task).as(unit).isNotNull().hasDueDate(endOfDay(2041, 12, 31)).hasCandidateGroup(unit);
      assertThat(taskService.getIdentityLinksForTask(task.getId())).as(unit + " reaches that unit only")
          .extracting(IdentityLink::getGroupId).containsOnly(unit);
      assertThat(task.getName()).contains("năm 2041").contains("dân thụ hưởng")
          .contains(engine.getIdentityService().createGroupQuery().groupId(unit).singleResult().getName());
    }
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("ubnd-quan").count())
        .as("no task for the leadership").isZero();
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("mttq-quan").count())
        .as("no task for a supervisor").isZero();
  }

  @Test
  void shouldRefuseARecordWithoutAPartOfTheMottoAndKeepTheTaskWithWhatWasSaved() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 12, 1, 9, 0).atZone(HANOI).toInstant()));
    ProcessInstance instance = start(2042);
    Task task = recordOf(instance, "cong-an-quan");
    taskService.setVariable(task.getId(), Var.NUMBER, "05/KH-CAQ");
    Map<String, Object> noPart = record("cong-an-quan");
    Var.PARTS.forEach(part -> noPart.put(part, false));

    assertThatThrownBy(() -> taskService.complete(task.getId(), noPart))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("ít nhất một nội dung của phương châm").hasMessageContaining("«Dân thụ hưởng»");

    Map<String, Object> noTitle = record("cong-an-quan");
    noTitle.remove(Var.TITLE);
    noTitle.remove(Var.NUMBER);
    assertThatThrownBy(() -> taskService.complete(task.getId(), noTitle))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Trích yếu nội dung»")
        .hasMessageNotContaining("«Số, ký hiệu văn bản»");

    Map<String, Object> future = record("cong-an-quan");
    future.put(Var.ISSUED_ON, "2026-12-02");
    assertThatThrownBy(() -> taskService.complete(task.getId(), future))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Ngày ban hành»");

    Map<String, Object> notABoolean = record("cong-an-quan");
    notABoolean.put("phanDanLam", "có");
    assertThatThrownBy(() -> taskService.complete(task.getId(), notABoolean))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Dân làm»");

    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
    assertThat(taskService.getVariable(task.getId(), Var.NUMBER)).isEqualTo("05/KH-CAQ");
    assertThat(taskService.getVariable(task.getId(), Var.TITLE)).isNull();
    assertThat(instance).isWaitingAt(Element.RECORD);
  }

  @Test
  void shouldSummariseEveryUnitsDocumentsForPhongNoiVuOnceAllHaveRecorded() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 12, 1, 9, 0).atZone(HANOI).toInstant()));
    ProcessInstance instance = start(2043);
    for (String unit : UNITS) {
      Map<String, Object> record = record(unit);
      if (unit.equals("phuong-van-dau")) {
        Var.PARTS.forEach(part -> record.put(part, true));
        record.put(Var.OTHER_DOCUMENTS, "15/KH-UBND ngày 02/3/2026: Kế hoạch thực hiện dân chủ ở phường\n"
            + "16/QC-UBND ngày 05/3/2026: Quy chế tiếp công dân");
      }
      taskService.complete(recordOf(instance, unit).getId(), record);
    }
    assertThat(runtimeService.getVariable(instance.getId(), Var.NUMBER)).as("kept per unit, not process-wide").isNull();

    Job summary = managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(Element.BUILD_SUMMARY).singleResult();
    assertThat(summary).as("the summary runs as its own job, after the units' history is written").isNotNull();
    managementService.executeJob(summary.getId());

    Task review = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(Element.REVIEW_SUMMARY).singleResult();
    // 10 working days after Tuesday 1 December 2026
    assertThat(review).hasCandidateGroup(COORDINATOR).hasDueDate(endOfDay(2026, 12, 15));
    assertThat(review.getName()).contains("năm 2043");
    String text = String.valueOf(runtimeService.getVariable(instance.getId(), Var.SUMMARY));
    assertThat(text).contains("Số cơ quan, đơn vị đã ban hành văn bản: 27/27.")
        .contains("- Dân biết: 27").contains("- Dân bàn: 1").contains("- Dân giám sát: 27")
        .contains("1. Phòng Nội vụ").contains("12/QĐ-phong-noi-vu ngày 20/11/2026")
        .contains("Nội dung của phương châm được cụ thể hóa: Dân biết, Dân giám sát")
        .contains("Ủy ban nhân dân phường Văn Đẩu")
        .contains("Các văn bản khác: 15/KH-UBND ngày 02/3/2026: Kế hoạch thực hiện dân chủ ở phường\n  16/QC-UBND");
    assertThat(text.indexOf("Phòng Nội vụ")).isLessThan(text.indexOf("Công an quận"));

    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Nhận xét, đánh giá»");
    taskService.complete(review.getId(), Map.of(Var.ASSESSMENT, "Các cơ quan, đơn vị đã ban hành văn bản đúng hạn."));

    assertThat(instance).isEnded().hasPassedInOrder(Element.START, Element.OPEN_CYCLE, Element.RECORD,
        Element.UNIT_RECORDED, Element.BUILD_SUMMARY, Element.REVIEW_SUMMARY, Element.SUMMARIZED)
        .hasNotPassed(Urge.TASK);
  }

  @Test
  void shouldRefuseToStartTheSameYearTwice() {
    start(2044);

    assertThatThrownBy(() -> start(2044))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("năm 2044 đã được khởi động");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ct15-concretization:2044").count())
        .isEqualTo(1);
  }

  @Test
  void shouldTakeTheDeadlineOverrideForThatInstanceAndTheCurrentYearWhenNoneIsGiven() {
    ProcessInstance dateOnly = runtimeService.startProcessInstanceByKey(ConcretizationProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 2045, CommonVariables.DEADLINE.name(), "2045-09-30"));
    assertThat(recordOf(dateOnly, "ban-qlda")).hasDueDate(endOfDay(2045, 9, 30));

    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2046, 3, 2, 8, 0).atZone(HANOI).toInstant()));
    ProcessInstance thisYear = runtimeService.startProcessInstanceByKey(ConcretizationProcess.KEY);
    assertThat(thisYear).hasBusinessKey("ct15-concretization:2046");
    assertThat(recordOf(thisYear, "ban-qlda")).hasDueDate(endOfDay(2046, 12, 31));

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ConcretizationProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 2047, CommonVariables.DEADLINE.name(), "31/12/2047")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("31/12/2047");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ConcretizationProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 1999))).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("«Năm kế hoạch»");
  }

  @Test
  void shouldOfferTheSixPartsOfTheMottoInTheFormAsCheckboxesNamedAsInTheCode() throws Exception {
    List<String> keys = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/processes/ct15-concretization-record.form")) {
      for (JsonNode component : new ObjectMapper().readTree(in).path("components")) {
        if ("checkbox".equals(component.path("type").asText())) {
          keys.add(component.path("key").asText());
          labels.add(component.path("label").asText());
        }
      }
    }
    assertThat(keys).isEqualTo(Var.PARTS);
    assertThat(labels).isEqualTo(Var.PART_LABELS);
  }

  @Test
  void shouldLetOnlyPhongNoiVuStartIt() {
    assertThat(authorizationService.isUserAuthorized("phong-noi-vu.cb", List.of(COORDINATOR),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, ConcretizationProcess.KEY)).isTrue();
    assertThat(authorizationService.isUserAuthorized("phuong-bac-son.cb", List.of("phuong-bac-son"),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, ConcretizationProcess.KEY)).isFalse();
  }
}
