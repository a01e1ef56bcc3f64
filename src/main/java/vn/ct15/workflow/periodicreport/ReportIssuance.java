package vn.ct15.workflow.periodicreport;

import static vn.ct15.workflow.periodicreport.PeriodicReportProcess.Var;

import java.util.Comparator;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.issuance.Issuance;

/**
 * Issues the approved report (Nghị định 30/2020/NĐ-CP): its number from the outgoing register, the
 * date of issuance, the signer (who approved it), and the signed PDF, kept on the instance as
 * {@code vanBanPhatHanh}; the Word document is renewed with the same number, date and signer. A job
 * of its own (asyncBefore) between the approval and the mail: a key that cannot sign stops here with
 * an incident, and a mail server that is down later never numbers the report again.
 */
@Component("periodicReportIssuance")
class ReportIssuance implements JavaDelegate {

  /** The signed PDF's name: the period, then the number the register gives ({@code %%d}). */
  static final String FILE_NAME = "bao-cao-%s-so-%%d.pdf";
  static final String PDF = "application/pdf";

  private final Issuance issuance;
  private final ConsolidatedReportDocument document;
  private final ReportDocumentProperties properties;
  private final HistoryService historyService;
  private final InstanceFiles files;
  private final UnitReports reports;

  ReportIssuance(Issuance issuance, ConsolidatedReportDocument document, ReportDocumentProperties properties,
      HistoryService historyService, InstanceFiles files, UnitReports reports) {
    this.reports = reports;
    this.issuance = issuance;
    this.document = document;
    this.properties = properties;
    this.historyService = historyService;
    this.files = files;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String period = String.valueOf(execution.getVariable(Var.PERIOD));
    FiguresAnnex annex = document.annex(execution, reports.read(execution.getProcessBusinessKey()));
    Issuance.Issued issued = issuance.issue(new Issuance.Request(execution.getProcessBusinessKey(), properties.symbol(),
        ReportDocument.TITLE + " " + document.subtitle(execution), approver(execution.getProcessInstanceId()),
        execution.getProcessInstanceId(), String.format(FILE_NAME, period)), properties.signature(),
        facts -> ReportDocument.official(document.content(execution, facts, annex)));
    // the Word document with the same number, date and signer
    document.attach(execution, document.content(execution, issued.facts(), annex));

    FileValue pdf = Variables.fileValue(issued.entry().fileName()).file(issued.pdf()).mimeType(PDF).create();
    DelegateExecution instance = execution.getProcessInstance();
    files.put(execution, Var.ISSUED_DOCUMENT, Var.ISSUED_DOCUMENT_URL, pdf);
    instance.setVariable(Var.DOCUMENT_NUMBER, issued.entry().numberAndSymbol());
    instance.setVariable(Var.ISSUED_ON, Date.from(issued.entry().signedAt().toInstant()));
    instance.setVariable(Var.SIGNER, issued.entry().signer());
  }

  /**
   * Who gave the last approval: the person the operation log names for its completion (the engine logs
   * each logged-in person's work), else the task's assignee; null when no person did.
   */
  private String approver(String processInstanceId) {
    HistoricTaskInstance approval = historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(PeriodicReportProcess.Element.APPROVE).finished().list().stream()
        .max(Comparator.comparing(HistoricTaskInstance::getEndTime)).orElse(null);
    if (approval == null) {
      return null;
    }
    return historyService.createUserOperationLogQuery().taskId(approval.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
        .map(UserOperationLogEntry::getUserId).filter(user -> user != null && !user.isBlank()).findFirst()
        .orElse(approval.getAssignee());
  }
}
