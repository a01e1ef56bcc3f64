package vn.ct15.workflow.dissemination;

import static vn.ct15.workflow.dissemination.DisseminationProcess.Var;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
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
import vn.ct15.workflow.plan.ThePlan;

/**
 * Drafts Phòng Nội vụ's consolidation: a readable Vietnamese text of what every implementing unit
 * reported (in directory order: form, date, participants, result, evidence), what Phòng Văn hóa -
 * Thông tin did, and the state of the portal's section. Stored as JSON text, since a String
 * variable holds at most 4000 characters and the reports of every unit hold more.
 */
@Component("disseminationSummary")
class DisseminationSummary implements JavaDelegate {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
  private static final String NOT_GIVEN = "(không nêu)";

  private final Submissions submissions;
  private final OrganisationDirectory directory;
  private final HistoryService historyService;
  private final Deadlines deadlines;
  private final TaskForms forms;
  private final ThePlan plan;

  DisseminationSummary(Submissions submissions, OrganisationDirectory directory, HistoryService historyService,
      Deadlines deadlines, TaskForms forms, ThePlan plan) {
    this.plan = plan;
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
    StringBuilder body = new StringBuilder();
    int number = 0;
    int reported = 0;
    for (String unit : units) {
      Map<String, Object> report = reports.getOrDefault(unit, Map.of());
      body.append('\n').append(++number).append(". ").append(directory.unitName(unit)).append('\n');
      if (report.isEmpty()) {
        body.append("- Chưa báo cáo.\n");
        continue;
      }
      reported++;
      String channel = reportForm.optionLabel(Var.CHANNEL, report.get(Var.CHANNEL));
      if (report.get(Var.CHANNEL_OTHER) != null) {
        channel += ": " + report.get(Var.CHANNEL_OTHER);
      }
      line(body, "Hình thức", channel);
      line(body, "Ngày thực hiện", day(report.get(Var.DATE)));
      line(body, "Số lượt người tham gia", participants(report, totals));
      line(body, "Kết quả", report.get(Var.RESULT));
      line(body, "Minh chứng", report.get(Var.EVIDENCE));
    }
    StringBuilder text = new StringBuilder();
    text.append("KẾT QUẢ QUÁN TRIỆT, THÔNG TIN, TUYÊN TRUYỀN CHỈ THỊ SỐ 15-CT/TU NĂM ")
        .append(CommonVariables.YEAR.fromOrNull(execution)).append('\n')
        .append("(").append(plan.section("II.1")).append(")\n\n")
        .append("Số cơ quan, đơn vị đã báo cáo: ").append(reported).append('/').append(units.size()).append(".\n")
        .append("Tổng số lượt người được quán triệt, tuyên truyền: ").append(counts(totals)).append(".\n\n")
        .append("I. CÁC CƠ QUAN, ĐƠN VỊ THỰC HIỆN (Mục II.1.a)\n").append(body)
        .append('\n').append(media(execution))
        .append('\n').append(portal(execution));
    return text.toString();
  }

  private String media(DelegateExecution execution) {
    StringBuilder text = new StringBuilder("II. ")
        .append(directory.unitName(directory.unitWithRole(DisseminationCycle.MEDIA_ROLE)).toUpperCase(VIETNAMESE))
        .append(" (Mục II.1.b)\n");
    line(text, "Văn bản hướng dẫn các cơ quan, đơn vị", execution.getVariable(Var.MEDIA_GUIDANCE));
    line(text, "Kết quả thông tin, tuyên truyền trên các phương tiện thông tin đại chúng",
        execution.getVariable(Var.MEDIA_RESULT));
    Object items = execution.getVariable(Var.MEDIA_ITEMS);
    line(text, "Số tin, bài đã đăng, phát", items == null ? null : number(items));
    line(text, "Minh chứng", execution.getVariable(Var.MEDIA_EVIDENCE));
    return text.toString();
  }

  private String portal(DelegateExecution execution) {
    StringBuilder text = new StringBuilder("III. ")
        .append(directory.unitName(directory.unitWithRole(DisseminationCycle.PORTAL_ROLE)).toUpperCase(VIETNAMESE))
        .append(" (Mục II.1.b)\n");
    Object url = execution.getVariable(Var.PORTAL_URL);
    if (url == null) {
      text.append("- Chưa mở chuyên trang, chuyên mục về việc thực hiện Chỉ thị số 15-CT/TU.\n");
      return text.toString();
    }
    line(text, "Chuyên trang, chuyên mục", url + " (mở ngày " + day(execution.getVariable(Var.PORTAL_OPENED_ON)) + ")");
    line(text, "Nội dung", execution.getVariable(Var.PORTAL_CONTENT));
    long updates = historyService.createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(DisseminationProcess.Element.UPDATE_PORTAL_SECTION).finished().count();
    line(text, "Số lần cập nhật đến nay", updates);
    return text.toString();
  }

  private static void line(StringBuilder text, String label, Object value) {
    // a text of several lines stays indented under its label
    String shown = value == null || String.valueOf(value).isBlank() ? NOT_GIVEN
        : String.valueOf(value).strip().replaceAll("\\s*\\R\\s*", "\n  ");
    text.append("- ").append(label).append(": ").append(shown).append('\n');
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
