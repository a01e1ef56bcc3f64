package vn.ct15.workflow.inspection;

import static vn.ct15.workflow.inspection.InspectionProcess.Var;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.plan.OpenedYear;
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
  private final PlanCycles cycles;
  private final InspectionProperties properties;

  InspectionCycle(OrganisationDirectory directory, PlanCycles cycles, InspectionProperties properties) {
    this.directory = directory;
    this.cycles = cycles;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> inspectable = directory.requireUnitIds(properties.inspected());
    OpenedYear cycle = cycles.openYear(execution, "Năm kiểm tra");
    Date conclusionDue = cycle.due(properties.conclusionDue());
    execution.setVariable(Var.COORDINATOR_UNIT, directory.unitOfKind(UnitKind.COORDINATOR.code()));
    execution.setVariable(Var.UNIT_OPTIONS, SpinValues.jsonValue(options(inspectable)).create());
    execution.setVariable(Var.PLAN_DUE_DATE, cycle.dueRelativeTo(conclusionDue, properties.conclusionDue(), properties.planDue()));
    execution.setVariable(Var.FINDINGS_DUE_DATE, cycle.dueRelativeTo(conclusionDue, properties.conclusionDue(), properties.findingsDue()));
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
}
