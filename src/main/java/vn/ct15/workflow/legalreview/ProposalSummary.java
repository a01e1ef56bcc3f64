package vn.ct15.workflow.legalreview;

import static vn.ct15.workflow.legalreview.LegalReviewProcess.Var;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.reporting.Submissions;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.form.TaskForms;
import vn.ct15.workflow.plan.ThePlan;

/**
 * Consolidates the coordinating units' answers into a readable Vietnamese summary for Phòng Tư
 * pháp's drafting form: who proposed what, then who declared no proposal, units in directory order.
 * Runs as its own job (asyncBefore) so that it reads every unit's answer from the history, the last
 * one included.
 */
@Component("legalReviewConsolidation")
class ProposalSummary implements JavaDelegate {

  private static final String INDENT = "   ";

  private final OrganisationDirectory directory;
  private final Submissions submissions;
  private final TaskForms forms;
  private final ThePlan plan;

  ProposalSummary(OrganisationDirectory directory, Submissions submissions, TaskForms forms, ThePlan plan) {
    this.plan = plan;
    this.directory = directory;
    this.submissions = submissions;
    this.forms = forms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> contributors = Var.CONTRIBUTORS.from(execution);
    Map<String, Map<String, Object>> answers =
        submissions.byUnit(execution.getProcessInstanceId(), CommonVariables.UNIT_ID.name(), Var.CONTRIBUTION_FIELDS);
    TaskForms.Fields form = forms.ofForm(execution.getProcessDefinitionId(), LegalReviewProcess.PROPOSE_FORM);
    execution.setVariable(Var.PROPOSAL_SUMMARY, summary(CommonVariables.YEAR.fromOrNull(execution), contributors, answers, form));
  }

  String summary(Object year, List<String> contributors, Map<String, Map<String, Object>> answers, TaskForms.Fields form) {
    List<String> proposing = new ArrayList<>();
    List<String> none = new ArrayList<>();
    List<String> silent = new ArrayList<>();
    for (String unit : contributors) {
      Object proposes = answers.getOrDefault(unit, Map.of()).get(Var.PROPOSES);
      (Boolean.TRUE.equals(proposes) ? proposing : Boolean.FALSE.equals(proposes) ? none : silent).add(unit);
    }
    StringBuilder text = new StringBuilder()
        .append("Tổng hợp đề xuất của các cơ quan, đơn vị phối hợp rà soát văn bản quy phạm pháp luật")
        .append(" về thực hiện dân chủ ở cơ sở năm ")
        .append(year).append(" (").append(plan.section("II.2")).append(").\n")
        .append(contributors.size() - silent.size()).append('/').append(contributors.size())
        .append(" cơ quan, đơn vị đã trả lời: ").append(proposing.size()).append(" có đề xuất, ")
        .append(none.size()).append(" không có đề xuất.\n\n");

    text.append("I. CÁC CƠ QUAN, ĐƠN VỊ CÓ ĐỀ XUẤT (").append(proposing.size()).append(")\n");
    if (proposing.isEmpty()) {
      text.append("Không có cơ quan, đơn vị nào đề xuất.\n");
    }
    for (int i = 0; i < proposing.size(); i++) {
      String unit = proposing.get(i);
      Map<String, Object> answer = answers.get(unit);
      text.append(i + 1).append(". ").append(directory.unitName(unit)).append('\n')
          .append(INDENT).append("- Văn bản: ").append(indented(answer.get(Var.DOCUMENTS))).append('\n')
          .append(INDENT).append("- Hình thức đề xuất: ").append(kind(form, answer.get(Var.PROPOSAL_KIND))).append('\n')
          .append(INDENT).append("- Lý do: ").append(indented(answer.get(Var.REASONS))).append('\n');
    }

    text.append("\nII. CÁC CƠ QUAN, ĐƠN VỊ KHÔNG CÓ ĐỀ XUẤT (").append(none.size()).append(")\n");
    none.forEach(unit -> text.append("- ").append(directory.unitName(unit)).append('\n'));

    if (!silent.isEmpty()) {
      text.append("\nIII. CÁC CƠ QUAN, ĐƠN VỊ CHƯA TRẢ LỜI (").append(silent.size()).append(")\n");
      silent.forEach(unit -> text.append("- ").append(directory.unitName(unit)).append('\n'));
    }
    return text.toString().stripTrailing();
  }

  /** The proposal's kind in the form's words. */
  private static String kind(TaskForms.Fields form, Object value) {
    return value == null || String.valueOf(value).isBlank() ? "(không nêu)" : form.optionLabel(Var.PROPOSAL_KIND, value);
  }

  private static String indented(Object value) {
    if (value == null || String.valueOf(value).isBlank()) {
      return "(không nêu)";
    }
    return String.valueOf(value).strip().replace("\r\n", "\n").replace("\n", "\n" + INDENT + "  ");
  }
}
