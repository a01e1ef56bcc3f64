package vn.ct15.workflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanSectionsTest {

  record Section(String processKey, String starters, List<Run> runs, List<Duty> duties) implements PlanSection {}

  static final PlanProperties PLAN = new PlanProperties(LocalTime.of(6, 0), "coordinator", "77/KH-UBND",
      java.time.LocalDate.of(2023, 3, 23), "Chỉ thị số 15-CT/TU ngày 21/11/2022 của Ban Thường vụ Thành ủy");

  @Test
  void shouldFindEverySectionsRunsDutiesAndStarters() {
    PlanSections sections = new PlanSections(List.of(
        new Section("ct15-a", "coordinator", List.of(PlanSection.Run.yearly("a", "--01-02")),
            Duty.of("ct15-a", null, Map.of("Task_X", "Việc X (Mục A)"), "ct15.a.duties", "Task_X")),
        new Section("ct15-b", "supervisor", List.of(), Duty.of("ct15-b", Duty.ON_DEMAND, Map.of("Task_Y", "Việc Y"),
            "ct15.b.duties", "Task_Y"))), PLAN);

    assertThat(sections.runIds()).containsExactly("a");
    assertThat(sections.processKey("a")).isEqualTo("ct15-a");
    assertThat(sections.run("a").cycle().apply(2030)).isEqualTo("2030");
    assertThat(sections.run("a").startVariables().apply(2030)).isEqualTo(Map.of("year", 2030));
    assertThat(sections.duties()).extracting(Duty::id).containsExactly("ct15-a/Task_X", "ct15-b/Task_Y/*");
    assertThat(sections.duties().get(1).businessKey(2030)).isEqualTo("ct15-b:*");
    assertThat(sections.starters()).containsExactly(Map.entry("ct15-plan", "coordinator"),
        Map.entry("ct15-a", "coordinator"), Map.entry("ct15-b", "supervisor"));
  }

  @Test
  void shouldRefuseTwoRunsOfTheSameName() {
    List<PlanSection.Run> run = List.of(PlanSection.Run.yearly("a", "--01-01"));
    assertThatThrownBy(() -> new PlanSections(List.of(new Section("ct15-a", "x", run, List.of()),
        new Section("ct15-b", "x", run, List.of())), PLAN)).hasMessageContaining("'a'");
  }

  @Test
  void shouldNameTheEntryOfAMissingOrUnknownHeading() {
    assertThatThrownBy(() -> Duty.of("ct15-a", null, Map.of(), "ct15.a.duties", "Task_X"))
        .hasMessage("ct15.a.duties.Task_X: the dashboard's heading of this duty is missing");
    assertThatThrownBy(() -> Duty.of("ct15-a", null, Map.of("Task_X", "X", "Task_Typo", "?"), "ct15.a.duties", "Task_X"))
        .hasMessageStartingWith("ct15.a.duties: [Task_Typo] is not a task followed on the dashboard");
  }
}
