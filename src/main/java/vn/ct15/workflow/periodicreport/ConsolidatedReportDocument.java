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
 * phố; after its signature, the annex table of the period's figures. Beside it, the separate annex
 * {@code tapHopBaoCao} holds when each unit reported and its full text ({@link UnitReportsDocument}).
 * Each has a {@code …Url} variable: the address under which the signed-in webapp user downloads it,
 * which the task forms show as a link.
 */
@Component("periodicReportDocument")
class ConsolidatedReportDocument implements TaskListener {

  static final String FILE_NAME = "bao-cao-tong-hop-%s.docx";
  static final String UNIT_REPORTS_FILE_NAME = "tap-hop-bao-cao-don-vi-%s.docx";

  /** Headings of a unit's report in the annex, by form field, in the form's order. */
  static final Map<String, String> SECTION_TITLES = sectionTitles();

  private final UnitReports reports;
  private final OrganisationDirectory directory;
  private final Deadlines deadlines;
  private final ReportDocumentProperties properties;
  private final InstanceFiles files;
  private final FiguresWorkbook figures;
  private final int annexUnitRows;

  ConsolidatedReportDocument(UnitReports reports, OrganisationDirectory directory, Deadlines deadlines,
      ReportDocumentProperties properties, InstanceFiles files, FiguresWorkbook figures,
      PeriodicReportProperties periodicReport) {
    this.reports = reports;
    this.directory = directory;
    this.deadlines = deadlines;
    this.properties = properties;
    this.files = files;
    this.figures = figures;
    this.annexUnitRows = periodicReport.draft().annexUnitRows();
  }

  /** Phòng Nội vụ completed the consolidation: the document now carries the edited text. */
  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    attach(execution, content(execution, null, annex(execution, reports.read(execution.getProcessBusinessKey()))));
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
   * What the report says: the instance's current text and the annex table of the units' figures.
   *
   * @param issued the number, date and signer of the issued report, or null for a draft (numbered and dated
   *     by dots, signed over a dotted line)
   * @param annex the figures' table ({@link #annex})
   */
  ReportDocument.Content content(DelegateExecution execution, Issuance.Facts issued, FiguresAnnex annex) {
    String numberLine = issued == null ? properties.draftNumberLine() : issued.numberLine();
    return new ReportDocument.Content(directory.organisation().issuerLines(), numberLine,
        directory.organisation().place(), issued == null ? null : issued.date(),
        subtitle(execution), String.valueOf(Objects.requireNonNullElse(execution.getVariable(Var.REPORT_TEXT), "")),
        annex, properties.recipients(), issued == null ? properties.signature() : issued.signatureTitles(),
        issued == null ? properties.signer() : issued.signerName(), properties.font(), properties.fontSize(), deadlines.zone());
  }

  /** The annex table "Biểu tổng hợp số liệu" of the period's reports. */
  FiguresAnnex annex(DelegateExecution execution, UnitReports.Period reported) {
    return figures.annex(CommonVariables.UNITS.from(execution), reported.submissions(), "Kỳ báo cáo: " + period(execution),
        annexUnitRows);
  }

  /**
   * Puts the annex "Tập hợp báo cáo của các cơ quan, đơn vị" on the instance: when each unit reported
   * and what, grouped by unit kind, as the units sent it (the draft's edits do not change it).
   */
  void attachUnitReports(DelegateExecution execution, UnitReports.Period reported) {
    List<String> units = CommonVariables.UNITS.from(execution);
    Map<String, UnitReportsDocument.Timeliness> timeliness = timeliness(reported.tasks(), units,
        (Date) execution.getVariable(Var.REPORT_DUE));
    List<UnitReportsDocument.Group> groups = new ArrayList<>();
    for (KindGroups.Group group : KindGroups.of(units, directory)) {
      groups.add(new UnitReportsDocument.Group(group.title(), group.units().stream().map(timeliness::get).toList(),
          submissions(reported.submissions(), group.units())));
    }
    byte[] bytes = UnitReportsDocument.render(new UnitReportsDocument.Content(subtitle(execution),
        "(Kèm theo báo cáo của " + directory.organisation().name() + "; " + period(execution) + ")", groups,
        properties.font(), properties.fontSize(), deadlines.zone()));
    FileValue file = Variables.fileValue(String.format(UNIT_REPORTS_FILE_NAME, execution.getVariable(Var.PERIOD)))
        .file(bytes).mimeType(UnitReportsDocument.MIME_TYPE).create();
    files.put(execution, Var.UNIT_REPORTS_DOCUMENT, Var.UNIT_REPORTS_DOCUMENT_URL, file);
  }

  /** Each unit's due date and the day it sent its report, from the history of its report task, by unit. */
  Map<String, UnitReportsDocument.Timeliness> timeliness(Map<String, HistoricTaskInstance> taskOfUnit, List<String> units,
      Date defaultDue) {
    Map<String, UnitReportsDocument.Timeliness> rows = new LinkedHashMap<>();
    for (String unit : units) {
      HistoricTaskInstance task = taskOfUnit.get(unit);
      Date due = task != null && task.getDueDate() != null ? task.getDueDate() : defaultDue;
      rows.put(unit, new UnitReportsDocument.Timeliness(directory.unitName(unit), due, task == null ? null : task.getEndTime()));
    }
    return rows;
  }

  /** The summary under "BÁO CÁO" of this period. */
  String subtitle(DelegateExecution execution) {
    return properties.subtitle(String.valueOf(execution.getVariable(Var.PERIOD_LABEL)));
  }

  /** "6 tháng đầu năm 2046; số liệu tính từ ngày 15/12/2045 đến ngày 14/6/2046". */
  private static String period(DelegateExecution execution) {
    return execution.getVariable(Var.PERIOD_LABEL) + "; số liệu tính " + execution.getVariable(Var.DATA_WINDOW);
  }

  /** What each unit that reported wrote, section by section, in directory order. */
  private List<UnitReportsDocument.Submission> submissions(Map<String, Map<String, Object>> byUnit, List<String> units) {
    List<UnitReportsDocument.Submission> result = new ArrayList<>();
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
        result.add(new UnitReportsDocument.Submission(directory.unitName(unit), sections));
      }
    }
    return result;
  }

  private static Map<String, String> sectionTitles() {
    Map<String, String> titles = new LinkedHashMap<>(ConsolidatedReportDraft.PART_TITLES);
    titles.put(Var.MODELS, "Mô hình, cách làm hay");
    titles.put(Var.SHORTCOMINGS, "Hạn chế, tồn tại");
    titles.put(Var.DIFFICULTIES, "Khó khăn, vướng mắc");
    titles.put(Var.PROPOSALS, "Đề xuất, kiến nghị");
    return titles;
  }
}
