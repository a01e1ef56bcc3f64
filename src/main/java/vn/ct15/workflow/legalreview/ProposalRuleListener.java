package vn.ct15.workflow.legalreview;

import static vn.ct15.workflow.legalreview.LegalReviewProcess.Var;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * A unit's answer to the review (Mục II.2) says whether it proposes anything; «Không có đề xuất» is
 * a valid answer, but a proposal must name the documents concerned and the kind of proposal. Attached
 * on {@code complete} of the contribution task as {@code ${legalReviewProposalRule}}; the labels are
 * those of the form {@code ct15-legal-review-propose}.
 */
@Component("legalReviewProposalRule")
class ProposalRuleListener implements TaskListener {

  static final String PROPOSES_LABEL = "Có đề xuất";
  static final String DOCUMENTS_LABEL = "Văn bản quy phạm pháp luật đề xuất";
  static final String KIND_LABEL = "Hình thức đề xuất";

  @Override
  public void notify(DelegateTask task) {
    Object proposes = task.getVariable(Var.PROPOSES);
    if (!(proposes instanceof Boolean)) {
      throw new FormFieldValidationException(List.of(Var.PROPOSES), "Không thể hoàn thành nhiệm vụ «" + task.getName()
          + "»: hãy cho biết đơn vị có đề xuất hay không (trường «" + PROPOSES_LABEL + "»).");
    }
    if (!(Boolean) proposes) {
      return;
    }
    List<String> fields = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    if (isBlank(task.getVariable(Var.DOCUMENTS))) {
      fields.add(Var.DOCUMENTS);
      labels.add("«" + DOCUMENTS_LABEL + "»");
    }
    if (isBlank(task.getVariable(Var.PROPOSAL_KIND))) {
      fields.add(Var.PROPOSAL_KIND);
      labels.add("«" + KIND_LABEL + "»");
    }
    if (!fields.isEmpty()) {
      throw new FormFieldValidationException(fields, "Không thể hoàn thành nhiệm vụ «" + task.getName()
          + "»: khi chọn «" + PROPOSES_LABEL + "», " + (labels.size() == 1 ? "trường " : "các trường ")
          + String.join(" và ", labels) + " là bắt buộc.");
    }
  }

  private static boolean isBlank(Object value) {
    return value == null || String.valueOf(value).isBlank();
  }
}
