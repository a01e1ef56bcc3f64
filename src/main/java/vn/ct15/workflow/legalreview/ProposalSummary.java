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
import vn.ct15.workflow.reporting.SummaryTemplates;

/**
 * Consolidates the coordinating units' answers into a readable Vietnamese summary for Phòng Tư
 * pháp's drafting form: who proposed what, then who declared no proposal, units in directory order.
 * Runs as its own job (asyncBefore) so that it reads every unit's answer from the history, the last
 * one included. The wording is the template {@code templates/summary/legal-review-proposals.txt}.
 */
@Component("legalReviewConsolidation")
class ProposalSummary implements JavaDelegate {

  static final String TEMPLATE = "legal-review-proposals";
  private static final String INDENT = "   ";

  private final OrganisationDirectory directory;
  private final Submissions submissions;
  private final TaskForms forms;
  private final SummaryTemplates summaries;

  ProposalSummary(OrganisationDirectory directory, Submissions submissions, TaskForms forms, SummaryTemplates summaries) {
    this.summaries = summaries;
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
    List<Map<String, Object>> proposing = new ArrayList<>();
    List<String> none = new ArrayList<>();
    List<String> silent = new ArrayList<>();
    for (String unit : contributors) {
      Map<String, Object> answer = answers.getOrDefault(unit, Map.of());
      Object proposes = answer.get(Var.PROPOSES);
      if (Boolean.TRUE.equals(proposes)) {
        proposing.add(Map.of("name", directory.unitName(unit), "documents", indented(answer.get(Var.DOCUMENTS)),
            "kind", kind(form, answer.get(Var.PROPOSAL_KIND)), "reasons", indented(answer.get(Var.REASONS))));
      } else {
        (Boolean.FALSE.equals(proposes) ? none : silent).add(directory.unitName(unit));
      }
    }
    return summaries.render(TEMPLATE, Map.of("year", String.valueOf(year), "contributorCount", contributors.size(),
        "answered", contributors.size() - silent.size(), "proposing", proposing, "none", none, "silent", silent));
  }

  /** The proposal's kind in the form's words. */
  private static String kind(TaskForms.Fields form, Object value) {
    return value == null || String.valueOf(value).isBlank() ? SummaryTemplates.NOT_GIVEN : form.optionLabel(Var.PROPOSAL_KIND, value);
  }

  private static String indented(Object value) {
    return SummaryTemplates.indented(value, INDENT + "  ");
  }
}
