package vn.ct15.workflow.dissemination;

import static vn.ct15.workflow.dissemination.DisseminationProcess.Var;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.plan.OpenedYear;
import vn.ct15.workflow.plan.PlanCycles;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.plan.ThePlan;

/**
 * Opens a plan year of dissemination: names the cycle, lists the implementing units from the
 * directory, checks the directory names the units that lead II.1.b and consolidates, and sets the
 * due dates.
 */
@Component("disseminationCycle")
class DisseminationCycle implements JavaDelegate {

  static final String MEDIA_ROLE = "media";
  static final String PORTAL_ROLE = "portal";

  private final OrganisationDirectory directory;
  private final PlanCycles cycles;
  private final DisseminationProperties properties;

  private final ThePlan plan;

  DisseminationCycle(OrganisationDirectory directory, PlanCycles cycles,
      DisseminationProperties properties, ThePlan plan) {
    this.plan = plan;
    this.directory = directory;
    this.cycles = cycles;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> units = directory.requireUnitIds(properties.performers());
    requireLead(() -> directory.unitWithRole(MEDIA_ROLE), "đơn vị chủ trì thông tin, tuyên truyền (vai trò media)");
    requireLead(() -> directory.unitWithRole(PORTAL_ROLE), "Cổng thông tin điện tử (vai trò portal)");
    requireLead(() -> directory.unitOfKind(UnitKind.COORDINATOR.code()), "cơ quan tổng hợp (loại coordinator)");
    OpenedYear cycle = cycles.openYear(execution, "Năm kế hoạch");
    Date due = cycle.due(properties.due());
    CommonVariables.UNITS.on(execution, units);
    CommonVariables.DUE_DATE.on(execution, due);
    execution.setVariable(Var.CONSOLIDATION_DUE_DATE, cycle.fixedDay(properties.consolidationDue(), due));
  }

  private void requireLead(Runnable lookup, String what) {
    try {
      lookup.run();
    } catch (IllegalStateException e) {
      throw new IllegalStateException("Danh bạ tổ chức chưa có " + what + " cho " + plan.section("II.1") + ".", e);
    }
  }

}
