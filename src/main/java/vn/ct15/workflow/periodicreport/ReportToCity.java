package vn.ct15.workflow.periodicreport;

import static vn.ct15.workflow.periodicreport.PeriodicReportProcess.Var;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.notification.Mailer;

/**
 * Sends the approved consolidated report to UBND thành phố (Mục III.1: "để tổng hợp, báo cáo Ủy ban
 * nhân dân thành phố"). Runs as its own job (asyncBefore, retried), so a mail server that is down
 * never undoes the approval.
 */
@Component("periodicReportToCity")
class ReportToCity implements JavaDelegate {

  static final String TEMPLATE = "periodic-report-to-city";

  private final OrganisationDirectory directory;
  private final Mailer mailer;
  private final PeriodicReportProperties properties;

  ReportToCity(OrganisationDirectory directory, Mailer mailer, PeriodicReportProperties properties) {
    this.directory = directory;
    this.mailer = mailer;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mailer.send(List.of(properties.superiorEmail()), TEMPLATE, Map.of(
        "organisation", directory.organisation().name(),
        "superior", directory.organisation().superior(),
        "periodLabel", execution.getVariable(Var.PERIOD_LABEL),
        "reportText", String.valueOf(execution.getVariable(Var.REPORT_TEXT)),
        "processInstanceId", execution.getProcessInstanceId()));
  }
}
