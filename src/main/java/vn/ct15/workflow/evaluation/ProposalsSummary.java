package vn.ct15.workflow.evaluation;

import static vn.ct15.workflow.evaluation.AnnualEvaluationProcess.Var;

import java.util.LinkedHashMap;
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
 * Writes the readable table of every unit's figures and proposed rating for Phòng Nội vụ's review
 * and the Chairman's decision: the count per rating, then one entry per unit in directory order.
 * Runs as its own job (asyncBefore) so that it reads every unit's proposal from the history.
 */
@Component("annualEvaluationSummary")
class ProposalsSummary implements JavaDelegate {

  static final List<String> RATINGS = List.of("Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ",
      "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ");
  private static final String INDENT = "   ";

  private final OrganisationDirectory directory;
  private final Submissions submissions;
  private final ThePlan plan;

  ProposalsSummary(OrganisationDirectory directory, Submissions submissions, ThePlan plan) {
    this.plan = plan;
    this.directory = directory;
    this.submissions = submissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Map<String, Object>> figures = Var.UNIT_FIGURES.from(execution);
    Map<String, Map<String, Object>> proposals =
        submissions.byUnit(execution.getProcessInstanceId(), CommonVariables.UNIT_ID.name(), Var.UNIT_FIELDS);
    List<String> units = figures.stream().map(unit -> String.valueOf(unit.get(CommonVariables.UNIT_ID.name()))).toList();
    execution.setVariable(Var.PROPOSALS_SUMMARY, summary(CommonVariables.YEAR.fromOrNull(execution), units, proposals));
  }

  String summary(Object year, List<String> units, Map<String, Map<String, Object>> proposals) {
    Map<String, Integer> perRating = new LinkedHashMap<>();
    RATINGS.forEach(rating -> perRating.put(rating, 0));
    units.forEach(unit -> perRating.merge(String.valueOf(proposals.getOrDefault(unit, Map.of()).get(Var.RATING)), 1, Integer::sum));

    StringBuilder text = new StringBuilder()
        .append("Đề xuất đánh giá kết quả triển khai thực hiện ").append(plan.reference()).append(" năm ").append(year)
        .append(" của các cơ quan, đơn vị (").append(plan.section("I.2.d")).append("), gắn với công tác thi đua, khen thưởng hằng năm.\n")
        .append("Số liệu lấy từ hệ thống: nhiệm vụ hoàn thành đúng hạn, hoàn thành trễ hạn, quá hạn (chưa hoàn thành khi đã hết hạn); ")
        .append("nhiệm vụ chưa đến hạn không tính vào tỷ lệ; nhiệm vụ được gia hạn tính theo hạn đã gia hạn.\n\n")
        .append("TỔNG HỢP: ").append(units.size()).append(" cơ quan, đơn vị\n");
    perRating.forEach((rating, count) -> text.append(INDENT).append("- ").append(rating).append(": ").append(count).append('\n'));
    text.append("\nCHI TIẾT TỪNG CƠ QUAN, ĐƠN VỊ\n");
    for (int i = 0; i < units.size(); i++) {
      Map<String, Object> unit = proposals.getOrDefault(units.get(i), Map.of());
      text.append(i + 1).append(". ").append(directory.unitName(units.get(i))).append(": ")
          .append(value(unit.get(Var.RATING))).append('\n')
          .append(INDENT).append("- Nhiệm vụ đến hạn: ").append(number(unit.get(Var.TOTAL)))
          .append("; đúng hạn: ").append(number(unit.get(Var.ON_TIME)))
          .append(" (").append(percent(unit.get(Var.ON_TIME_PERCENT))).append("%)")
          .append("; trễ hạn: ").append(number(unit.get(Var.LATE)))
          .append("; quá hạn: ").append(number(unit.get(Var.OVERDUE)))
          .append("; chưa đến hạn: ").append(number(unit.get(Var.OPEN)))
          .append(extended(unit.get(Var.EXTENDED))).append('\n')
          .append(INDENT).append("- Căn cứ đề xuất: ").append(value(unit.get(Var.REASON))).append('\n');
    }
    return text.toString().stripTrailing();
  }

  /** "; được gia hạn: 2" when some of the unit's duties were extended, else nothing. */
  private static String extended(Object value) {
    return value instanceof Number count && count.intValue() > 0 ? "; được gia hạn: " + count + " (tính đúng hạn theo hạn mới)" : "";
  }

  private static String value(Object value) {
    return value == null || String.valueOf(value).isBlank() ? "(chưa có)" : String.valueOf(value);
  }

  private static String number(Object value) {
    return value == null ? "0" : String.valueOf(value);
  }

  /** 80.0 as "80", 66.7 as "66,7" (Vietnamese decimal comma). */
  private static String percent(Object value) {
    double share = value instanceof Number number ? number.doubleValue() : 0.0;
    return share == Math.rint(share) ? String.valueOf((long) share) : String.valueOf(share).replace('.', ',');
  }
}
