package vn.ct15.workflow.dissemination;

import static vn.ct15.workflow.dissemination.DisseminationProcess.Var;

import java.time.MonthDay;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.plan.PlanCycles;

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
  private final Deadlines deadlines;
  private final PlanCycles cycles;
  private final DisseminationProperties properties;

  DisseminationCycle(OrganisationDirectory directory, Deadlines deadlines, PlanCycles cycles,
      DisseminationProperties properties) {
    this.directory = directory;
    this.deadlines = deadlines;
    this.cycles = cycles;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = cycles.year(execution.getVariable(Var.YEAR), "Năm kế hoạch");
    List<String> units = directory.requireUnitIds(properties.performers());
    requireLead(() -> directory.unitWithRole(MEDIA_ROLE), "đơn vị chủ trì thông tin, tuyên truyền (vai trò media)");
    requireLead(() -> directory.unitWithRole(PORTAL_ROLE), "Cổng thông tin điện tử (vai trò portal)");
    requireLead(() -> directory.unitOfKind(UnitKind.COORDINATOR.code()), "cơ quan tổng hợp (loại coordinator)");
    cycles.open(execution, String.valueOf(year), "năm " + year);
    Date due = deadlines.dueDate(execution.getVariable(Var.DEADLINE), properties.due(), year);
    Date consolidationDue = deadlines.endOfDay(MonthDay.parse(properties.consolidationDue()).atYear(year));
    execution.setVariable(Var.YEAR, year);
    execution.setVariable(Var.UNITS, units);
    execution.setVariable(Var.DUE_DATE, due);
    execution.setVariable(Var.CONSOLIDATION_DUE_DATE, consolidationDue.before(due) ? due : consolidationDue);
  }

  private static void requireLead(Runnable lookup, String what) {
    try {
      lookup.run();
    } catch (IllegalStateException e) {
      throw new IllegalStateException("Danh bạ tổ chức chưa có " + what + " cho Mục II.1, Kế hoạch 77/KH-UBND.", e);
    }
  }

}
