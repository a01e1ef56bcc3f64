package vn.ct15.workflow.periodicreport;

import static vn.ct15.workflow.periodicreport.PeriodicReportProcess.Var;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.issuance.Issuance;
import vn.ct15.workflow.process.CommonVariables;

/**
 * Puts the district's consolidated report on the instance as a Word document (the file variable
 * {@code baoCaoTongHop}): drafted with the units' reports, renewed each time Phòng Nội vụ completes
 * the consolidation (registered as its complete listener), and dated when it goes to UBND thành
 * phố. Beside it, {@code baoCaoTongHopUrl} is the address under which the signed-in webapp user
 * downloads it, which the task forms show as a link.
 */
@Component("periodicReportDocument")
class ConsolidatedReportDocument implements TaskListener {

  static final String FILE_NAME = "bao-cao-tong-hop-%s.docx";

  /** Headings of a unit's report in the document, by form field, in the form's order. */
  static final Map<String, String> SECTION_TITLES = sectionTitles();

  private final UnitReports reports;
  private final OrganisationDirectory directory;
  private final Deadlines deadlines;
  private final ReportDocumentProperties properties;
  private final InstanceFiles files;

  ConsolidatedReportDocument(UnitReports reports, OrganisationDirectory directory,
      Deadlines deadlines, ReportDocumentProperties properties,
      InstanceFiles files) {
    this.reports = reports;
    this.directory = directory;
    this.deadlines = deadlines;
    this.properties = properties;
    this.files = files;
  }

  /** Phòng Nội vụ completed the consolidation: the document now carries the edited text. */
  @Override
  public void notify(DelegateTask task) {
    attach(task.getExecution(), content(task.getExecution(), null));
  }

  /**
   * Renders the report with the instance's current text and sets it on the process instance.
   *
   * @param content the draft's ({@link #content} without facts) or the issued document's
   */
  FileValue attach(DelegateExecution execution, ReportDocument.Content content) {
    String period = String.valueOf(execution.getVariable(Var.PERIOD));
    byte[] bytes = ReportDocument.render(content);
    FileValue file = Variables.fileValue(String.format(FILE_NAME, period)).file(bytes).mimeType(ReportDocument.MIME_TYPE).create();
    files.put(execution, Var.REPORT_DOCUMENT, Var.REPORT_DOCUMENT_URL, file);
    return file;
  }

  /**
   * What the report says: the instance's current text and the units' reports.
   *
   * @param issued the number, date and signer of the issued report, or null for a draft (numbered and dated
   *     by dots, signed over a dotted line)
   */
  ReportDocument.Content content(DelegateExecution execution, Issuance.Facts issued) {
    List<String> units = CommonVariables.UNITS.from(execution);
    UnitReports.Period reported = reports.read(execution.getProcessBusinessKey());
    return new ReportDocument.Content(directory.organisation().issuerLines(), issued == null ? properties.draftNumberLine() : issued.numberLine(),
        directory.organisation().place(), issued == null ? null : issued.date(),
        subtitle(execution), String.valueOf(Objects.requireNonNullElse(execution.getVariable(Var.REPORT_TEXT), "")),
        timeliness(reported.tasks(), units, (Date) execution.getVariable(Var.REPORT_DUE)),
        submissions(reported.submissions(), units), properties.recipients(),
        issued == null ? properties.signature() : issued.signatureTitles(),
        issued == null ? properties.signer() : issued.signerName(), properties.font(), properties.fontSize(), deadlines.zone());
  }

  /** The summary under "BÁO CÁO" of this period. */
  String subtitle(DelegateExecution execution) {
    return properties.subtitle(String.valueOf(execution.getVariable(Var.PERIOD_LABEL)));
  }

  /** Each unit's due date and the day it sent its report, from the history of its report task. */
  private List<ReportDocument.Timeliness> timeliness(Map<String, HistoricTaskInstance> taskOfUnit, List<String> units,
      Date defaultDue) {
    List<ReportDocument.Timeliness> rows = new ArrayList<>();
    for (String unit : units) {
      HistoricTaskInstance task = taskOfUnit.get(unit);
      Date due = task != null && task.getDueDate() != null ? task.getDueDate() : defaultDue;
      rows.add(new ReportDocument.Timeliness(directory.unitName(unit), due, task == null ? null : task.getEndTime()));
    }
    return rows;
  }

  /** What each unit that reported wrote, section by section, in directory order. */
  private List<ReportDocument.Submission> submissions(Map<String, Map<String, Object>> byUnit, List<String> units) {
    List<ReportDocument.Submission> result = new ArrayList<>();
    for (String unit : units) {
      Map<String, Object> fields = byUnit.getOrDefault(unit, Map.of());
      Map<String, String> sections = new LinkedHashMap<>();
      SECTION_TITLES.forEach((field, title) -> {
        Object value = fields.get(field);
        if (value != null && !String.valueOf(value).isBlank()) {
          sections.put(title, String.valueOf(value));
        }
      });
      if (!sections.isEmpty()) {
        result.add(new ReportDocument.Submission(directory.unitName(unit), sections));
      }
    }
    return result;
  }

  private static Map<String, String> sectionTitles() {
    Map<String, String> titles = new LinkedHashMap<>(ConsolidatedReportDraft.PART_TITLES);
    titles.put(Var.SHORTCOMINGS, "Hạn chế, tồn tại");
    titles.put(Var.DIFFICULTIES, "Khó khăn, vướng mắc");
    titles.put(Var.PROPOSALS, "Đề xuất, kiến nghị");
    return titles;
  }
}
