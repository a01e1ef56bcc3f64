package vn.ct15.workflow.periodicreport;

import static vn.ct15.workflow.periodicreport.PeriodicReportProcess.Var;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * Sends the approved consolidated report to UBND thành phố (Mục III.1: "để tổng hợp, báo cáo Ủy ban
 * nhân dân thành phố"), its text in the mail and, attached, the Word document renewed with the
 * approved text and dated the day it goes out. Runs as its own job (asyncBefore, retried), so a
 * mail server that is down never undoes the approval.
 */
@Component("periodicReportToCity")
class ReportToCity implements JavaDelegate {

  static final String TEMPLATE = "periodic-report-to-city";

  private final OrganisationDirectory directory;
  private final Mailer mailer;
  private final PeriodicReportProperties properties;
  private final ConsolidatedReportDocument document;
  private final Deadlines deadlines;

  ReportToCity(OrganisationDirectory directory, Mailer mailer, PeriodicReportProperties properties,
      ConsolidatedReportDocument document, Deadlines deadlines) {
    this.directory = directory;
    this.mailer = mailer;
    this.properties = properties;
    this.document = document;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FileValue report = document.attach(execution, deadlines.today());
    mailer.send(List.of(properties.superiorEmail()), TEMPLATE, Map.of(
        "organisation", directory.organisation().name(),
        "superior", directory.organisation().superior(),
        "periodLabel", execution.getVariable(Var.PERIOD_LABEL),
        "reportText", String.valueOf(execution.getVariable(Var.REPORT_TEXT)),
        "reportFile", report.getFilename(),
        "processInstanceId", execution.getProcessInstanceId()),
        List.of(new Mailer.Attachment(report.getFilename(), report.getMimeType(), bytes(report))));
  }

  private static byte[] bytes(FileValue file) {
    try (InputStream in = file.getValue()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file.getFilename(), e);
    }
  }
}
