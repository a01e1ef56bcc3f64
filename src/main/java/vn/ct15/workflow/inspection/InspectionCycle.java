package vn.ct15.workflow.inspection;

import static vn.ct15.workflow.inspection.InspectionProcess.Var;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.plan.PlanCycles;

/**
 * Opens an inspection year: names the cycle (one per year), finds Phòng Nội vụ in the directory,
 * offers the units of the configured kinds as options for the plan form, and sets the due dates. A
 * {@code deadline} given at the start moves the conclusion's day; the plan and the findings keep
 * their configured distance before it.
 */
@Component("inspectionCycle")
class InspectionCycle implements JavaDelegate {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OrganisationDirectory directory;
  private final Deadlines deadlines;
  private final PlanCycles cycles;
  private final InspectionProperties properties;

  InspectionCycle(OrganisationDirectory directory, Deadlines deadlines, PlanCycles cycles, InspectionProperties properties) {
    this.directory = directory;
    this.deadlines = deadlines;
    this.cycles = cycles;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = cycles.year(execution.getVariable(Var.YEAR), "Năm kiểm tra");
    List<String> inspectable = directory.requireUnitIds(properties.inspected());
    cycles.open(execution, String.valueOf(year), "năm " + year);

    Object override = execution.getVariable(Var.DEADLINE);
    Date conclusionDue = deadlines.dueDate(override, properties.conclusionDue(), year);
    execution.setVariable(Var.YEAR, year);
    execution.setVariable(Var.COORDINATOR_UNIT, directory.unitOfKind(UnitKind.COORDINATOR.code()));
    execution.setVariable(Var.UNIT_OPTIONS, SpinValues.jsonValue(options(inspectable)).create());
    execution.setVariable(Var.PLAN_DUE_DATE, before(override, conclusionDue, properties.planDue(), year));
    execution.setVariable(Var.FINDINGS_DUE_DATE, before(override, conclusionDue, properties.findingsDue(), year));
    execution.setVariable(Var.CONCLUSION_DUE_DATE, conclusionDue);
    execution.setVariable(Var.CORRECT_WITHIN, properties.correctWithin());
    execution.setVariable(Var.VERIFY_WITHIN, properties.verifyWithin());
  }

  /** The options of the plan form's taglist: {label: unit name, value: unit id}, in directory order. */
  private String options(List<String> units) {
    try {
      return JSON.writeValueAsString(units.stream()
          .map(unit -> Map.of("label", directory.unitName(unit), "value", unit)).toList());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The configured day, or, when the conclusion's day was overridden, the same distance before it. */
  private Date before(Object override, Date conclusionDue, String day, int year) {
    if (override == null || override instanceof String text && text.isBlank()) {
      return deadlines.dueDate(null, day, year);
    }
    long gap = ChronoUnit.DAYS.between(MonthDay.parse(day).atYear(year), MonthDay.parse(properties.conclusionDue()).atYear(year));
    return Date.from(conclusionDue.toInstant().atZone(deadlines.zone()).minusDays(gap).toInstant());
  }
}
