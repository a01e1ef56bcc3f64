package vn.ct15.workflow.dissemination;

import static vn.ct15.workflow.dissemination.DisseminationProcess.Var;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.reporting.Submissions;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.form.TaskForms;
import vn.ct15.workflow.reporting.SummaryTemplates;

/**
 * Drafts Phòng Nội vụ's consolidation: a readable Vietnamese text of what every implementing unit
 * reported (in directory order: form, date, participants, result, evidence), what Phòng Văn hóa -
 * Thông tin did, and the state of the portal's section. Stored as JSON text, since a String
 * variable holds at most 4000 characters and the reports of every unit hold more. The wording is the
 * template {@code templates/summary/dissemination.txt}.
 */
@Component("disseminationSummary")
class DisseminationSummary implements JavaDelegate {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
  static final String TEMPLATE = "dissemination";
  private static final String NOT_GIVEN = SummaryTemplates.NOT_GIVEN;

  private final Submissions submissions;
  private final OrganisationDirectory directory;
  private final HistoryService historyService;
  private final Deadlines deadlines;
  private final TaskForms forms;
  private final SummaryTemplates summaries;

  DisseminationSummary(Submissions submissions, OrganisationDirectory directory, HistoryService historyService,
      Deadlines deadlines, TaskForms forms, SummaryTemplates summaries) {
    this.summaries = summaries;
    this.forms = forms;
    this.submissions = submissions;
    this.directory = directory;
    this.historyService = historyService;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String text = summary(execution);
    execution.setVariable(Var.SUMMARY, Variables.objectValue(text)
        .serializationDataFormat(SerializationDataFormats.JSON).create());
  }

  String summary(DelegateExecution execution) {
    List<String> units = CommonVariables.UNITS.from(execution);
    Map<String, Map<String, Object>> reports = submissions.byUnit(execution.getProcessInstanceId(), CommonVariables.UNIT_ID.name(),
        Var.REPORT_FIELDS);
    TaskForms.Fields reportForm = forms.ofForm(execution.getProcessDefinitionId(), DisseminationProcess.REPORT_FORM);
    long[] totals = new long[Var.PARTICIPANTS.size()];
    List<Map<String, Object>> rows = new ArrayList<>();
    int reported = 0;
    for (String unit : units) {
      Map<String, Object> report = reports.getOrDefault(unit, Map.of());
      Map<String, Object> row = new HashMap<>();
      row.put("name", directory.unitName(unit));
      row.put("reported", !report.isEmpty());
      if (!report.isEmpty()) {
        reported++;
        String channel = reportForm.optionLabel(Var.CHANNEL, report.get(Var.CHANNEL));
        if (report.get(Var.CHANNEL_OTHER) != null) {
          channel += ": " + report.get(Var.CHANNEL_OTHER);
        }
        row.put("channel", shown(channel));
        row.put("date", shown(day(report.get(Var.DATE))));
        row.put("participants", shown(participants(report, totals)));
        row.put("result", shown(report.get(Var.RESULT)));
        row.put("evidence", shown(report.get(Var.EVIDENCE)));
      }
      rows.add(row);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("year", String.valueOf(CommonVariables.YEAR.fromOrNull(execution)));
    model.put("reported", reported);
    model.put("units", rows);
    model.put("totals", counts(totals));
    model.put("media", media(execution));
    model.put("portal", portal(execution));
    return summaries.render(TEMPLATE, model) + "\n";
  }

  private Map<String, Object> media(DelegateExecution execution) {
    Object items = execution.getVariable(Var.MEDIA_ITEMS);
    return Map.of("name", directory.unitName(directory.unitWithRole(DisseminationCycle.MEDIA_ROLE)).toUpperCase(VIETNAMESE),
        "guidance", shown(execution.getVariable(Var.MEDIA_GUIDANCE)), "result", shown(execution.getVariable(Var.MEDIA_RESULT)),
        "items", shown(items == null ? null : number(items)), "evidence", shown(execution.getVariable(Var.MEDIA_EVIDENCE)));
  }

  private Map<String, Object> portal(DelegateExecution execution) {
    Map<String, Object> portal = new HashMap<>();
    portal.put("name", directory.unitName(directory.unitWithRole(DisseminationCycle.PORTAL_ROLE)).toUpperCase(VIETNAMESE));
    Object url = execution.getVariable(Var.PORTAL_URL);
    portal.put("opened", url != null);
    if (url != null) {
      portal.put("url", shown(url + " (mở ngày " + day(execution.getVariable(Var.PORTAL_OPENED_ON)) + ")"));
      portal.put("content", shown(execution.getVariable(Var.PORTAL_CONTENT)));
      portal.put("updates", shown(historyService.createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(DisseminationProcess.Element.UPDATE_PORTAL_SECTION).finished().count()));
    }
    return portal;
  }

  /** A text of several lines stays indented under its label. */
  private static String shown(Object value) {
    return value == null || String.valueOf(value).isBlank() ? NOT_GIVEN
        : String.valueOf(value).strip().replaceAll("\\s*\\R\\s*", "\n  ");
  }

  private static String participants(Map<String, Object> report, long[] totals) {
    long[] counts = new long[Var.PARTICIPANTS.size()];
    for (int i = 0; i < counts.length; i++) {
      Object value = report.get(Var.PARTICIPANTS.get(i));
      counts[i] = value == null ? 0 : Math.round(Double.parseDouble(String.valueOf(value)));
      totals[i] += counts[i];
    }
    return counts(counts);
  }

  private static String counts(long[] counts) {
    return "cán bộ, công chức, viên chức, người lao động: " + number(counts[0]) + "; đảng viên: " + number(counts[1])
        + "; Nhân dân: " + number(counts[2]);
  }

  private static String number(Object value) {
    NumberFormat format = NumberFormat.getIntegerInstance(VIETNAMESE);
    try {
      return format.format(value instanceof Number n ? n : Double.parseDouble(String.valueOf(value)));
    } catch (NumberFormatException e) {
      return String.valueOf(value);
    }
  }

  private String day(Object value) {
    if (value == null) {
      return NOT_GIVEN;
    }
    if (value instanceof Date date) {
      return DAY.format(date.toInstant().atZone(deadlines.zone()));
    }
    String text = String.valueOf(value).trim();
    try {
      return DAY.format(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
    } catch (DateTimeParseException e) {
      return text;
    }
  }
}
