package vn.ct15.workflow.periodicreport;

import static vn.ct15.workflow.periodicreport.PeriodicReportProcess.Var;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.notification.Mailer;

/**
 * Sends the issued report to UBND thành phố (Mục III.1: "để tổng hợp, báo cáo Ủy ban nhân dân thành
 * phố"), its text in the mail and, attached, the signed PDF ({@code vanBanPhatHanh}), the Word
 * document with the same number and date, the figures' spreadsheet and the units' reports. Runs as its own job (asyncBefore, retried), so a mail
 * server that is down never undoes the approval nor numbers the report again.
 */
@Component("periodicReportToCity")
class ReportToCity implements JavaDelegate {

  static final String TEMPLATE = "periodic-report-to-city";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final OrganisationDirectory directory;
  private final Mailer mailer;
  private final PeriodicReportProperties properties;
  private final Deadlines deadlines;

  ReportToCity(OrganisationDirectory directory, Mailer mailer, PeriodicReportProperties properties,
      Deadlines deadlines) {
    this.directory = directory;
    this.mailer = mailer;
    this.properties = properties;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FileValue signed = execution.getVariableTyped(Var.ISSUED_DOCUMENT);
    FileValue report = execution.getVariableTyped(Var.REPORT_DOCUMENT);
    FileValue figures = execution.getVariableTyped(Var.FIGURES);
    FileValue unitReports = execution.getVariableTyped(Var.UNIT_REPORTS_DOCUMENT);
    Date issuedOn = (Date) execution.getVariable(Var.ISSUED_ON);
    // the organisation's and the superior's names come with every mail (CommonNames)
    mailer.send(List.of(directory.organisation().superior().email()), TEMPLATE, Map.of(
        "periodLabel", execution.getVariable(Var.PERIOD_LABEL),
        "dataWindow", String.valueOf(execution.getVariable(Var.DATA_WINDOW)),
        "reportText", String.valueOf(execution.getVariable(Var.REPORT_TEXT)),
        "documentNumber", String.valueOf(execution.getVariable(Var.DOCUMENT_NUMBER)),
        "issuedOn", DAY.format(issuedOn.toInstant().atZone(deadlines.zone())),
        "signer", String.valueOf(execution.getVariable(Var.SIGNER)),
        "signedFile", signed.getFilename(),
        "reportFile", report.getFilename(),
        "annexFiles", annexFiles(figures, unitReports),
        "processInstanceId", execution.getProcessInstanceId()),
        attachments(signed, report, figures, unitReports));
  }

  /** "bang-so-lieu-2046-H1.xlsx (Biểu tổng hợp số liệu), …", or blank for a cycle drafted before the annexes. */
  private static String annexFiles(FileValue figures, FileValue unitReports) {
    List<String> files = new ArrayList<>();
    if (figures != null) {
      files.add(figures.getFilename() + " (Biểu tổng hợp số liệu)");
    }
    if (unitReports != null) {
      files.add(unitReports.getFilename() + " (Tập hợp báo cáo của các cơ quan, đơn vị)");
    }
    return String.join(", ", files);
  }

  /** The signed PDF, the Word file and, from cycles that have them, the figures' spreadsheet and the units' reports. */
  private static List<Mailer.Attachment> attachments(FileValue... files) {
    List<Mailer.Attachment> attachments = new ArrayList<>();
    for (FileValue file : files) {
      if (file != null) {
        attachments.add(new Mailer.Attachment(file.getFilename(), file.getMimeType(), bytes(file)));
      }
    }
    return attachments;
  }

  private static byte[] bytes(FileValue file) {
    try (InputStream in = file.getValue()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file.getFilename(), e);
    }
  }
}
