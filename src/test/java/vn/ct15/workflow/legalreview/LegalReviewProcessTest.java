package vn.ct15.workflow.legalreview;

import static vn.ct15.workflow.TestTime.HANOI;
import static vn.ct15.workflow.TestTime.endOfDay;
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
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
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
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.EngineTest;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.legalreview.LegalReviewProcess.Element;
import vn.ct15.workflow.legalreview.LegalReviewProcess.Var;
import vn.ct15.workflow.process.CommonVariables;

@EngineTest
class LegalReviewProcessTest {

  static final String LEAD = "phong-tu-phap";
  static final String LEADERSHIP = "ubnd-quan";
  /** Every office, ward and public service unit of the demo directory, in its order, but Phòng Tư pháp. */
  static final List<String> CONTRIBUTORS = List.of(
      "van-phong", "phong-tc-kh", "phong-tn-mt", "phong-ld-tbxh", "phong-vh-tt", "phong-gd-dt", "phong-y-te",
      "phong-qldt", "phong-kinh-te", "thanh-tra",
      "phuong-bac-son", "phuong-dong-hoa", "phuong-lam-ha", "phuong-nam-son", "phuong-ngoc-son", "phuong-phu-lien",
      "phuong-quan-tru", "phuong-tran-thanh-ngo", "phuong-trang-minh", "phuong-van-dau",
      "trung-tam-vh-tt-tt", "ban-qlda", "cong-ttdt");
  /** The lead itself, the leadership, the coordinator (kind coordinator), armed forces and supervisors. */
  static final List<String> NOT_CONTRIBUTING = List.of(LEAD, LEADERSHIP, "phong-noi-vu", "cong-an-quan",
      "ban-chqs-quan", "hdnd-quan", "mttq-quan");
  static final String TASK_NAME = "Rà soát, đề xuất văn bản quy phạm pháp luật về thực hiện dân chủ ở cơ sở — ";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired OrganisationDirectory directory;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    ClockUtil.reset();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(LegalReviewProcess.KEY).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
  }

  ProcessInstance start(int year) {
    return runtimeService.startProcessInstanceByKey(LegalReviewProcess.KEY, withVariables(CommonVariables.YEAR.name(), year));
  }

  Task proposalTaskOf(ProcessInstance instance, String unit) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Element.CONTRIBUTE)
        .taskCandidateGroup(unit).singleResult();
  }

  Task task(ProcessInstance instance, String activityId) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).singleResult();
  }

  static Map<String, Object> noProposal() {
    return Map.of(Var.PROPOSES, false);
  }

  static Map<String, Object> proposal(String documents, String kind, String reasons) {
    return Map.of(Var.PROPOSES, true, Var.DOCUMENTS, documents, Var.PROPOSAL_KIND, kind, Var.REASONS, reasons);
  }

  /** Every unit answers: the given ones as given, the others «Không có đề xuất»; then the summary is built. */
  void contributeAllAndConsolidate(ProcessInstance instance, Map<String, Map<String, Object>> answers) {
    for (String unit : CONTRIBUTORS) {
      taskService.complete(proposalTaskOf(instance, unit).getId(), answers.getOrDefault(unit, noProposal()));
    }
    Job consolidation = managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(Element.CONSOLIDATE).singleResult();
    assertThat(consolidation).as("the summary is built in its own job").isNotNull();
    managementService.executeJob(consolidation.getId());
  }

  Map<String, Object> report(String text) {
    Map<String, Object> report = new HashMap<>();
    report.put(Var.REVIEW_REPORT, text);
    report.put(Var.RECOMMENDATIONS, "Kiến nghị Ủy ban nhân dân quận chỉ đạo sửa đổi các văn bản đã nêu.");
    return report;
  }

  @Test
  void shouldGiveEveryCoordinatingUnitButPhongTuPhapItsOwnProposalTaskDueMidJune() {
    ProcessInstance instance = start(2041);

    assertThat(instance).hasPassed(Element.START, Element.OPEN_CYCLE).isWaitingAt(Element.CONTRIBUTE)
        .hasBusinessKey("ct15-legal-review:2041");
    assertThat(runtimeService.getVariable(instance.getId(), Var.LEAD_UNIT)).isEqualTo(LEAD);
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
    assertThat(tasks).hasSize(CONTRIBUTORS.size());
    for (String unit : CONTRIBUTORS) {
      Task proposal = proposalTaskOf(instance, unit);
      assertThat(proposal).as(unit).isNotNull().hasCandidateGroup(unit).hasDueDate(endOfDay(2041, 6, 15))
          .hasName(TASK_NAME + directory.unitName(unit));
      assertThat(taskService.getIdentityLinksForTask(proposal.getId())).as(unit + " reaches that unit only")
          .extracting(IdentityLink::getGroupId).containsOnly(unit);
    }
    for (String unit : NOT_CONTRIBUTING) {
      assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup(unit).count())
          .as(unit + " gets no proposal task").isZero();
    }
  }

  @Test
  void shouldRefuseAProposalWithoutItsDocumentsOrKindAndKeepTheTaskWithWhatWasSaved() {
    ProcessInstance instance = start(2042);
    Task proposal = proposalTaskOf(instance, "phong-y-te");
    taskService.setVariable(proposal.getId(), Var.REASONS, "Đã lưu trước");

    assertThatThrownBy(() -> taskService.complete(proposal.getId(), Map.of(Var.PROPOSES, true)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("khi chọn «Có đề xuất»")
        .hasMessageContaining("«Văn bản quy phạm pháp luật đề xuất»")
        .hasMessageContaining("«Hình thức đề xuất»");
    assertThatThrownBy(() -> taskService.complete(proposal.getId(),
        Map.of(Var.PROPOSES, true, Var.DOCUMENTS, "Quyết định số 12/2020/QĐ-UBND")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("«Hình thức đề xuất»")
        .hasMessageNotContaining("«Văn bản quy phạm pháp luật đề xuất»");
    assertThatThrownBy(() -> taskService.complete(proposal.getId(),
        Map.of(Var.PROPOSES, true, Var.DOCUMENTS, "Quyết định số 12/2020/QĐ-UBND", Var.PROPOSAL_KIND, "xoa")))
        .as("only the form's kinds").isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("«Hình thức đề xuất»");
    assertThatThrownBy(() -> taskService.complete(proposal.getId(), Map.of(Var.DOCUMENTS, "Quyết định số 12")))
        .as("the unit must say whether it proposes").isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("«Có đề xuất»");

    assertThat(taskService.createTaskQuery().taskId(proposal.getId()).singleResult()).isNotNull();
    assertThat(taskService.getVariable(proposal.getId(), Var.REASONS)).isEqualTo("Đã lưu trước");
    assertThat(taskService.getVariable(proposal.getId(), Var.DOCUMENTS)).isNull();
    assertThat(taskService.getVariable(proposal.getId(), Var.PROPOSES)).isNull();

    taskService.complete(proposal.getId(), proposal("Quyết định số 12/2020/QĐ-UBND", "amend", "Không còn phù hợp"));
    Task none = proposalTaskOf(instance, "phuong-nam-son");
    taskService.complete(none.getId(), noProposal());

    assertThat(taskService.createTaskQuery().taskId(proposal.getId()).singleResult()).isNull();
    assertThat(taskService.createTaskQuery().taskId(none.getId()).singleResult()).as("«Không có đề xuất» is an answer").isNull();
    assertThat(runtimeService.getVariable(instance.getId(), Var.PROPOSES)).as("kept per unit, not process-wide").isNull();
    assertThat(runtimeService.getVariable(instance.getId(), Var.DOCUMENTS)).isNull();
  }

  @Test
  void shouldSummariseEveryUnitsAnswerForPhongTuPhapInDirectoryOrder() {
    ProcessInstance instance = start(2043);
    contributeAllAndConsolidate(instance, Map.of(
        "cong-ttdt", proposal("Chưa có quy chế tiếp nhận ý kiến của Nhân dân trên Cổng thông tin điện tử quận",
            "issue-new", "Để Nhân dân giám sát trực tuyến"),
        "van-phong", proposal("Quyết định số 05/2019/QĐ-UBND về quy chế làm việc", "amend",
            "Chưa phù hợp với Luật Thực hiện dân chủ ở cơ sở"),
        "phuong-bac-son", proposal("Quy chế dân chủ ở phường năm 2018", "repeal", "Đã hết hiệu lực")));

    Task draft = task(instance, Element.DRAFT);
    assertThat(draft).isNotNull().hasCandidateGroup(LEAD).hasDueDate(endOfDay(2043, 6, 30))
        .hasName("Tổng hợp đề xuất, xây dựng báo cáo kết quả rà soát văn bản quy phạm pháp luật về thực hiện dân chủ ở cơ sở năm 2043");
    assertThat(taskService.getIdentityLinksForTask(draft.getId())).extracting(IdentityLink::getGroupId).containsOnly(LEAD);
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).initializeFormKeys().singleResult()
        .getCamundaFormRef().getKey()).isEqualTo("ct15-legal-review-draft");

    String summary = (String) taskService.getVariable(draft.getId(), Var.PROPOSAL_SUMMARY);
    assertThat(summary)
        .contains("năm 2043", "Mục II.2, Kế hoạch 77/KH-UBND", "23/23 cơ quan, đơn vị đã trả lời: 3 có đề xuất, 20 không có đề xuất")
        .contains("I. CÁC CƠ QUAN, ĐƠN VỊ CÓ ĐỀ XUẤT (3)", "II. CÁC CƠ QUAN, ĐƠN VỊ KHÔNG CÓ ĐỀ XUẤT (20)")
        .contains("1. Văn phòng HĐND và UBND quận\n   - Văn bản: Quyết định số 05/2019/QĐ-UBND về quy chế làm việc\n"
            + "   - Hình thức đề xuất: Sửa đổi\n   - Lý do: Chưa phù hợp với Luật Thực hiện dân chủ ở cơ sở")
        .contains("2. Ủy ban nhân dân phường Bắc Sơn", "Hình thức đề xuất: Bãi bỏ", "Đã hết hiệu lực")
        .contains("3. Cổng thông tin điện tử quận", "Hình thức đề xuất: Ban hành mới", "Để Nhân dân giám sát trực tuyến")
        .doesNotContain("CHƯA TRẢ LỜI", directory.unitName(LEAD), "Công an quận", "Hội đồng nhân dân quận");
    String declaredNone = summary.substring(summary.indexOf("II. CÁC CƠ QUAN"));
    List<String> noneInOrder = CONTRIBUTORS.stream()
        .filter(unit -> !List.of("van-phong", "phuong-bac-son", "cong-ttdt").contains(unit))
        .map(unit -> "- " + directory.unitName(unit)).toList();
    assertThat(declaredNone.lines().filter(line -> line.startsWith("- ")).toList()).containsExactlyElementsOf(noneInOrder);
  }

  @Test
  void shouldLoopBackToPhongTuPhapWithTheCommentUntilUbndQuanApproves() {
    ProcessInstance instance = start(2044);
    contributeAllAndConsolidate(instance, Map.of());
    Task draft = task(instance, Element.DRAFT);
    assertThat((String) taskService.getVariable(draft.getId(), Var.PROPOSAL_SUMMARY))
        .contains("Không có cơ quan, đơn vị nào đề xuất.", "II. CÁC CƠ QUAN, ĐƠN VỊ KHÔNG CÓ ĐỀ XUẤT (23)");

    assertThatThrownBy(() -> taskService.complete(draft.getId(), Map.of(Var.RECOMMENDATIONS, "Không")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Báo cáo kết quả rà soát» là bắt buộc");
    assertThat(task(instance, Element.DRAFT).getId()).isEqualTo(draft.getId());
    taskService.complete(draft.getId(), report("Đã rà soát 14 văn bản quy phạm pháp luật; không phát hiện mâu thuẫn."));

    Task approval = task(instance, Element.APPROVE);
    assertThat(approval).hasCandidateGroup(LEADERSHIP).hasDueDate(endOfDay(2044, 6, 30));
    assertThat(taskService.createTaskQuery().taskId(approval.getId()).taskCandidateUser("chu-tich").count()).isOne();
    assertThat(taskService.createTaskQuery().taskId(approval.getId()).taskCandidateUser("pho-chu-tich").count()).isOne();
    assertThat(taskService.createTaskQuery().taskId(approval.getId()).taskCandidateUser("phong-tu-phap.tt").count()).isZero();
    assertThatThrownBy(() -> taskService.complete(approval.getId(), Map.of(CommonVariables.APPROVED.name(), false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«Ý kiến»");

    taskService.complete(approval.getId(), Map.of(CommonVariables.APPROVED.name(), false, CommonVariables.COMMENT.name(), "Bổ sung danh mục văn bản của các phường"));

    Task again = task(instance, Element.DRAFT);
    assertThat(again).isNotNull().hasName(draft.getName()).hasCandidateGroup(LEAD);
    assertThat(again.getId()).isNotEqualTo(draft.getId());
    assertThat(taskService.getVariable(again.getId(), CommonVariables.COMMENT.name())).isEqualTo("Bổ sung danh mục văn bản của các phường");
    assertThat((String) taskService.getVariable(again.getId(), Var.REVIEW_REPORT)).startsWith("Đã rà soát 14 văn bản");
    taskService.complete(again.getId(), report("Đã rà soát 14 văn bản quy phạm pháp luật, kèm danh mục văn bản của 10 phường."));
    taskService.complete(task(instance, Element.APPROVE).getId(), Map.of(CommonVariables.APPROVED.name(), true, CommonVariables.COMMENT.name(), "Đồng ý"));

    assertThat(instance).isEnded().hasPassedInOrder(Element.START, Element.OPEN_CYCLE, Element.UNIT_ASSIGNED,
        Element.CONTRIBUTE, Element.UNIT_ANSWERED, Element.UNIT_PROPOSAL, Element.CONSOLIDATE,
        Element.DRAFT, Element.APPROVE, Element.APPROVED_GATEWAY,
        Element.DRAFT, Element.APPROVE, Element.APPROVED_GATEWAY, Element.REVIEW_APPROVED);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(Var.REVIEW_REPORT).singleResult().getValue()).asString().contains("kèm danh mục");
  }

  @Test
  void shouldEndWhenUbndQuanApprovesTheFirstReport() {
    ProcessInstance instance = start(2045);
    contributeAllAndConsolidate(instance, Map.of("phong-kinh-te",
        proposal("Quyết định về quản lý chợ trên địa bàn quận", "replace", "Có văn bản cấp trên mới")));
    taskService.complete(task(instance, Element.DRAFT).getId(), report("Đã rà soát; đề nghị thay thế 01 quyết định."));
    taskService.complete(task(instance, Element.APPROVE).getId(), Map.of(CommonVariables.APPROVED.name(), true));

    assertThat(instance).isEnded().hasPassedInOrder(Element.START, Element.OPEN_CYCLE, Element.UNIT_ASSIGNED,
        Element.CONTRIBUTE, Element.UNIT_ANSWERED, Element.UNIT_PROPOSAL, Element.CONSOLIDATE,
        Element.DRAFT, Element.APPROVE, Element.APPROVED_GATEWAY, Element.REVIEW_APPROVED);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(Element.DRAFT).count()).as("drafted once").isOne();
  }

  @Test
  void shouldMoveBothDeadlinesWithTheStartDeadline() {
    ProcessInstance dateOnly = runtimeService.startProcessInstanceByKey(LegalReviewProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 2046, CommonVariables.DEADLINE.name(), "2046-07-31"));
    ProcessInstance withTime = runtimeService.startProcessInstanceByKey(LegalReviewProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 2047, CommonVariables.DEADLINE.name(), "2047-06-20T17:00"));

    assertThat(proposalTaskOf(dateOnly, "ban-qlda")).as("15 days before, as configured").hasDueDate(endOfDay(2046, 7, 16));
    assertThat(proposalTaskOf(withTime, "ban-qlda"))
        .hasDueDate(Date.from(LocalDateTime.of(2047, 6, 5, 17, 0).atZone(HANOI).toInstant()));
    contributeAllAndConsolidate(dateOnly, Map.of());
    assertThat(task(dateOnly, Element.DRAFT)).hasDueDate(endOfDay(2046, 7, 31));
    taskService.complete(task(dateOnly, Element.DRAFT).getId(), report("Đã rà soát, không có văn bản cần sửa đổi."));
    assertThat(task(dateOnly, Element.APPROVE)).hasDueDate(endOfDay(2046, 7, 31));

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(LegalReviewProcess.KEY,
        withVariables(CommonVariables.YEAR.name(), 2048, CommonVariables.DEADLINE.name(), "31/06/2048")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("31/06/2048");
  }

  @Test
  void shouldTakeTheCurrentYearWhenNoneIsGiven() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2049, 3, 1, 9, 0).atZone(HANOI).toInstant()));

    ProcessInstance instance = runtimeService.startProcessInstanceByKey(LegalReviewProcess.KEY);

    assertThat(instance).hasBusinessKey("ct15-legal-review:2049");
    assertThat(proposalTaskOf(instance, "phuong-van-dau")).hasDueDate(endOfDay(2049, 6, 15));
  }

  @Test
  void shouldRefuseToStartTheSameYearTwice() {
    start(2050);

    assertThatThrownBy(() -> start(2050))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("năm 2050 đã được khởi động");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ct15-legal-review:2050").count())
        .isOne();
  }

  @Test
  void shouldLetPhongTuPhapAndPhongNoiVuStartItButNotAWard() {
    identityService.setAuthentication("phong-tu-phap.cb", List.of(LEAD));
    ProcessInstance byLead = start(2051);
    assertThatThrownBy(() -> start(2051)).as("the cycle check sees the history whoever starts")
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("năm 2051 đã được khởi động");

    identityService.setAuthentication("phong-noi-vu.cb", List.of("phong-noi-vu"));
    ProcessInstance byCoordinator = start(2052);

    identityService.setAuthentication("phuong-bac-son.cb", List.of("phuong-bac-son"));
    assertThatThrownBy(() -> start(2053)).isInstanceOf(AuthorizationException.class);

    identityService.clearAuthentication();
    assertThat(byLead).isWaitingAt(Element.CONTRIBUTE).hasBusinessKey("ct15-legal-review:2051");
    assertThat(byCoordinator).isWaitingAt(Element.CONTRIBUTE).hasBusinessKey("ct15-legal-review:2052");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ct15-legal-review:2053").count())
        .isZero();
  }
}
