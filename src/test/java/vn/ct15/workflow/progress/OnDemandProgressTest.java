package vn.ct15.workflow.progress;

import static vn.ct15.workflow.TestTime.HANOI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.EngineTest;
import vn.ct15.workflow.frontsupervision.FrontSupervisionProcess;
import vn.ct15.workflow.frontsupervision.FrontSupervisionProcess.Var;

/** Requests raised on demand (cycle "*") count in the year they were started, for the unit that must answer. */
@EngineTest
class OnDemandProgressTest {

  static final String DUTY = "ct15-front-supervision/Task_AnswerRequest/*";

  @Autowired ProgressService progress;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(FrontSupervisionProcess.KEY).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
  }

  ProcessInstance requestOn(LocalDateTime when, String addressedUnit) {
    ClockUtil.setCurrentTime(Date.from(when.atZone(HANOI).toInstant()));
    Map<String, Object> variables = new HashMap<>(Map.of(Var.REQUEST_KIND, "giam-sat", Var.SUBJECT, "Công khai thu chi",
        Var.CONTENT, "Đề nghị báo cáo việc công khai thu chi ngân sách", Var.BASIS, "Kế hoạch giám sát số 3/KH-MTTQ",
        Var.ADDRESSED_UNIT, addressedUnit));
    List<String> groups = identityService.createGroupQuery().groupMember("mttq-quan.cb").list().stream().map(Group::getId).toList();
    identityService.setAuthentication("mttq-quan.cb", groups);
    try {
      return runtimeService.startProcessInstanceByKey(FrontSupervisionProcess.KEY, variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void shouldCountARequestInTheYearItWasRaisedForTheUnitThatAnswers() {
    requestOn(LocalDateTime.of(2094, 12, 30, 9, 0), "phong-kinh-te");
    ProcessInstance request = requestOn(LocalDateTime.of(2095, 3, 2, 9, 0), "phong-tn-mt");
    String answer = taskService.createTaskQuery().processInstanceId(request.getId()).singleResult().getId();

    ProgressMatrix year2095 = progress.matrix(2095, FrontSupervisionProcess.KEY, "/cockpit/");

    assertThat(year2095.units()).extracting(ProgressMatrix.Row::unitId).containsExactly("phong-tn-mt");
    ProgressMatrix.Cell cell = year2095.units().get(0).cells().get(DUTY);
    assertThat(cell.taskId()).isEqualTo(answer);
    assertThat(cell.state()).isEqualTo(TaskState.NOT_YET_DUE.code());
    assertThat(progress.matrix(2094, FrontSupervisionProcess.KEY, "/cockpit/").units())
        .extracting(ProgressMatrix.Row::unitId).containsExactly("phong-kinh-te");

    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2095, 3, 5, 9, 0).atZone(HANOI).toInstant()));
    taskService.complete(answer, Map.of("answer", "Đã báo cáo đầy đủ việc công khai thu chi ngân sách năm 2094 tại trụ sở và trên cổng thông tin"));
    ProgressMatrix.Cell done = progress.matrix(2095, FrontSupervisionProcess.KEY, "/cockpit/").units().get(0).cells().get(DUTY);
    assertThat(done.state()).isEqualTo(TaskState.ON_TIME.code());
  }
}
