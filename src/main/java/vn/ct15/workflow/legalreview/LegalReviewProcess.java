package vn.ct15.workflow.legalreview;

import java.util.List;
import vn.ct15.workflow.process.ProcessVariable;

/**
 * The process {@code ct15-legal-review} (Mục II.2, Kế hoạch 77/KH-UBND): Phòng Tư pháp leads the
 * review of the legal normative documents on grassroots democracy; every coordinating unit proposes
 * to amend, supplement, replace, repeal or newly issue documents (or declares it has no proposal),
 * Phòng Tư pháp consolidates the proposals and drafts the review report, and the district People's
 * Committee approves it or returns it with comments. The BPMN element ids and variable names the
 * code and tests use.
 */
public final class LegalReviewProcess {

  public static final String KEY = "ct15-legal-review";
  /** The Camunda Form of a unit's contribution (Task_ProposeDocuments). */
  public static final String PROPOSE_FORM = "ct15-legal-review-propose";

  private LegalReviewProcess() {}

  /** BPMN element ids. */
  public static final class Element {
    /** Manual start from Tasklist, with the start form (year, deadline). */
    public static final String START = "StartEvent_ReviewRequested";
    public static final String OPEN_CYCLE = "Task_OpenCycle";
    /** Multi-instance subprocess: one per coordinating unit, holding its answer in its own scope. */
    public static final String UNIT_PROPOSAL = "SubProcess_UnitProposal";
    public static final String UNIT_ASSIGNED = "StartEvent_UnitAssigned";
    /** The unit's task: review and propose, or declare «Không có đề xuất». */
    public static final String CONTRIBUTE = "Task_ProposeDocuments";
    public static final String UNIT_ANSWERED = "EndEvent_UnitAnswered";
    /** Asynchronous service task building the summary of the units' proposals. */
    public static final String CONSOLIDATE = "Task_ConsolidateProposals";
    public static final String DRAFT = "Task_DraftReviewReport";
    public static final String APPROVE = "Task_ApproveReviewReport";
    public static final String APPROVED_GATEWAY = "Gateway_Approved";
    public static final String REVIEW_APPROVED = "EndEvent_ReviewApproved";

    private Element() {}
  }

  /**
   * Process variables of its own; it also uses the shared {@code CommonVariables} YEAR, DEADLINE (moves the
   * review report; the contributions keep their lead time), DUE_DATE (the review report's), UNIT_ID (local
   * to each contribution, with its form's fields), APPROVED and COMMENT.
   */
  public static final class Var {
    /** The unit leading the review (Cơ quan chủ trì: the unit with the lead role, Phòng Tư pháp). */
    public static final String LEAD_UNIT = "leadUnit";
    /** The unit that approves the review report (the leadership, UBND quận). */
    public static final String LEADERSHIP_UNIT = "leadershipUnit";
    /** List of the coordinating units' ids (Cơ quan phối hợp), in directory order. */
    public static final ProcessVariable<List<String>> CONTRIBUTORS = ProcessVariable.stringList("contributors");
    /** Date the units' proposals are due. */
    public static final String CONTRIBUTION_DUE_DATE = "contributionDueDate";
    /** The readable Vietnamese summary of every unit's answer, shown to Phòng Tư pháp. */
    public static final String PROPOSAL_SUMMARY = "proposalSummary";
    /** Báo cáo kết quả rà soát (required text). */
    public static final String REVIEW_REPORT = "reviewReport";
    /** Kiến nghị (optional text). */
    public static final String RECOMMENDATIONS = "recommendations";

    /** Boolean: «Có đề xuất»; false is the valid answer «Không có đề xuất». */
    public static final String PROPOSES = "proposes";
    /** The documents the proposal concerns. */
    public static final String DOCUMENTS = "documents";
    /** One of the options of the contribution form's select (amend, supplement, replace, repeal, issue new). */
    public static final String PROPOSAL_KIND = "proposalKind";
    public static final String REASONS = "reasons";
    /** The fields of one unit's answer, as submitted in its scope. */
    public static final List<String> CONTRIBUTION_FIELDS = List.of(PROPOSES, DOCUMENTS, PROPOSAL_KIND, REASONS);

    private Var() {}
  }
}
