package vn.ct15.workflow.inspection;

import static vn.ct15.workflow.inspection.InspectionProcess.Var;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.reporting.Submissions;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.plan.ThePlan;

/**
 * Summarises the findings at every inspected unit for Phòng Nội vụ's conclusion: first the units
 * that had shortcomings, with what they corrected, then the units without. Runs as its own job
 * (asyncBefore) so that it reads every unit's findings from the history, the last one included.
 */
@Component("inspectionSummary")
class FindingsSummary implements JavaDelegate {

  private static final String INDENT = "   ";

  private final OrganisationDirectory directory;
  private final Submissions submissions;
  private final ThePlan plan;

  FindingsSummary(OrganisationDirectory directory, Submissions submissions, ThePlan plan) {
    this.plan = plan;
    this.directory = directory;
    this.submissions = submissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> units = Var.INSPECTED_UNIT_IDS.from(execution);
    Map<String, Map<String, Object>> findings =
        submissions.byUnit(execution.getProcessInstanceId(), CommonVariables.UNIT_ID.name(), Var.UNIT_FIELDS);
    execution.setVariable(Var.FINDINGS_SUMMARY, summary(CommonVariables.YEAR.fromOrNull(execution), units, findings));
  }

  String summary(Object year, List<String> units, Map<String, Map<String, Object>> findings) {
    List<String> corrected = new ArrayList<>();
    List<String> sound = new ArrayList<>();
    for (String unit : units) {
      (Boolean.TRUE.equals(findings.getOrDefault(unit, Map.of()).get(Var.HAS_SHORTCOMINGS)) ? corrected : sound).add(unit);
    }
    StringBuilder text = new StringBuilder()
        .append("Tổng hợp kết quả kiểm tra việc thực hiện Chỉ thị số 15-CT/TU năm ").append(year)
        .append(" (").append(plan.section("II.5")).append(").\n")
        .append("Đã kiểm tra ").append(units.size()).append(" cơ quan, đơn vị: ").append(corrected.size())
        .append(" có tồn tại, hạn chế phải chấn chỉnh (đã khắc phục), ").append(sound.size())
        .append(" không có tồn tại, hạn chế cần chấn chỉnh.\n\n");

    text.append("I. CÁC CƠ QUAN, ĐƠN VỊ CÓ TỒN TẠI, HẠN CHẾ ĐÃ CHẤN CHỈNH (").append(corrected.size()).append(")\n");
    if (corrected.isEmpty()) {
      text.append("Không có.\n");
    }
    for (int i = 0; i < corrected.size(); i++) {
      Map<String, Object> unit = findings.get(corrected.get(i));
      text.append(i + 1).append(". ").append(directory.unitName(corrected.get(i))).append('\n');
      common(text, unit);
      text.append(INDENT).append("- Tồn tại, hạn chế: ").append(indented(unit.get(Var.SHORTCOMINGS))).append('\n')
          .append(INDENT).append("- Kết quả khắc phục: ").append(indented(unit.get(Var.CORRECTION_REPORT))).append('\n');
    }

    text.append("\nII. CÁC CƠ QUAN, ĐƠN VỊ KHÔNG CÓ TỒN TẠI, HẠN CHẾ CẦN CHẤN CHỈNH (").append(sound.size()).append(")\n");
    if (sound.isEmpty()) {
      text.append("Không có.\n");
    }
    for (int i = 0; i < sound.size(); i++) {
      Map<String, Object> unit = findings.getOrDefault(sound.get(i), Map.of());
      text.append(i + 1).append(". ").append(directory.unitName(sound.get(i))).append('\n');
      common(text, unit);
      if (unit.get(Var.SHORTCOMINGS) != null && !String.valueOf(unit.get(Var.SHORTCOMINGS)).isBlank()) {
        text.append(INDENT).append("- Hạn chế (không cần chấn chỉnh): ").append(indented(unit.get(Var.SHORTCOMINGS))).append('\n');
      }
    }
    return text.toString().stripTrailing();
  }

  private static void common(StringBuilder text, Map<String, Object> unit) {
    text.append(INDENT).append("- Kết quả kiểm tra: ").append(indented(unit.get(Var.FINDINGS))).append('\n')
        .append(INDENT).append("- Ưu điểm: ").append(indented(unit.get(Var.STRENGTHS))).append('\n');
  }

  private static String indented(Object value) {
    if (value == null || String.valueOf(value).isBlank()) {
      return "(không nêu)";
    }
    return String.valueOf(value).strip().replace("\r\n", "\n").replace("\n", "\n" + INDENT + "  ");
  }
}
