package vn.ct15.workflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import vn.ct15.workflow.Ct15Application;
import vn.ct15.workflow.Tiers;
import vn.ct15.workflow.wardplan.WardPlanProcess;

/**
 * The plan is a file of its own (CT15_PLAN): the product starts on another plan's file and cites
 * that plan, and refuses a file that leaves out a setting, naming the setting and the file.
 */
@Tag(Tiers.SYSTEM)
class PlanFileTest {

  static ConfigurableApplicationContext run(Path plan) {
    String database = "plan" + Math.abs(UUID.randomUUID().hashCode());
    return new SpringApplicationBuilder(Ct15Application.class).run("--spring.profiles.active=demo", "--server.port=0",
        "--CT15_PLAN=file:" + plan, "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
        "--camunda.bpm.process-engine-name=" + database, "--camunda.bpm.job-execution.enabled=false",
        "--spring.jmx.enabled=false", "--ct15.backup.cron=-", "--ct15.demo-mailbox.enabled=false",
        "--ct15.signing.demo-directory=target/demo-signing");
  }

  static String demoPlan() throws Exception {
    return new ClassPathResource("plan/kien-an-77.yaml").getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void shouldStartOnAnotherPlansFileAndCiteThatPlan(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("ke-hoach-12.yaml");
    String draft = demoPlan().lines().filter(line -> line.startsWith("        Task_DraftPlan: ")).findFirst().orElseThrow();
    Files.writeString(plan, demoPlan().replace("number: \"77/KH-UBND\"", "number: \"12/KH-UBND\"")
        .replace("date: 2023-03-23", "date: 2026-02-05")
        .replace(draft, "        Task_DraftPlan: 'Mục 3, \\${thePlan.reference()}: xã lập kế hoạch năm \\${year}'"));
    try (ConfigurableApplicationContext context = run(plan)) {
      ThePlan thePlan = context.getBean(ThePlan.class);
      assertThat(thePlan.reference()).isEqualTo("Kế hoạch 12/KH-UBND");
      assertThat(thePlan.citation()).isEqualTo("Kế hoạch số 12/KH-UBND ngày 5/2/2026");
      assertThat(thePlan.names()).containsEntry("plan", "Kế hoạch 12/KH-UBND").containsEntry("coordinator", "Phòng Nội vụ");

      // a task's description is the plan file's, its expressions evaluated with the task
      RuntimeService runtimeService = context.getBean(RuntimeService.class);
      String instance = runtimeService.startProcessInstanceByKey(WardPlanProcess.KEY, Map.of("year", 2031)).getId();
      Task drafting = context.getBean(TaskService.class).createTaskQuery().processInstanceId(instance)
          .taskDefinitionKey("Task_DraftPlan").list().get(0);
      assertThat(drafting.getDescription()).isEqualTo("Mục 3, Kế hoạch 12/KH-UBND: xã lập kế hoạch năm 2031");
    }
  }

  @Test
  void shouldRefuseAPlanFileThatLeavesOutASettingNamingItAndTheFile(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("thieu.yaml");
    Files.writeString(plan, demoPlan().replace("    number: \"77/KH-UBND\"\n", "")
        .replace("    performers: ward\n    due: \"--03-31\"\n", "    performers: ward\n"));
    assertThatThrownBy(() -> run(plan))
        .hasRootCauseInstanceOf(SettingsMissingException.class)
        .rootCause().hasMessageContaining("Thiếu 2 thiết lập trong tệp kế hoạch file:" + plan)
        .hasMessageContaining("ct15.plan.number, ct15.ward-plan.due");
  }

  @Test
  void shouldRefuseAPlanFileWithoutAFormsIntroductionNamingIt(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("thieu-loi-gioi-thieu.yaml");
    Files.writeString(plan, demoPlan().replace("      ct15-urge: |-\n", "      ct15-urge-cu: |-\n"));
    assertThatThrownBy(() -> run(plan))
        .hasRootCauseInstanceOf(SettingsMissingException.class)
        .rootCause().hasMessage("Thiếu 1 thiết lập trong tệp kế hoạch file:" + plan + " hoặc application.yaml: ct15.forms.intros.ct15-urge.");
  }
}
