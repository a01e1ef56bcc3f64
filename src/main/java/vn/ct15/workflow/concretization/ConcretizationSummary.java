package vn.ct15.workflow.concretization;

import static vn.ct15.workflow.concretization.ConcretizationProcess.Var;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.reporting.Submissions;
import vn.ct15.workflow.process.CommonVariables;
import vn.ct15.workflow.plan.ThePlan;

/**
 * Drafts Phòng Nội vụ's review: a readable Vietnamese text of the documents every implementing unit
 * recorded (in directory order: number, date, title, the parts of the motto they make concrete, other
 * documents), and how many units made each part concrete. Runs after the units' subprocesses have
 * committed (asyncBefore), since it reads them from the history. Stored as JSON text, which has no
 * length limit.
 */
@Component("concretizationSummary")
class ConcretizationSummary implements JavaDelegate {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String NOT_GIVEN = "(không nêu)";

  private final Submissions submissions;
  private final OrganisationDirectory directory;
  private final Deadlines deadlines;
  private final ThePlan plan;

  ConcretizationSummary(Submissions submissions, OrganisationDirectory directory, Deadlines deadlines, ThePlan plan) {
    this.plan = plan;
    this.submissions = submissions;
    this.directory = directory;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Var.SUMMARY, Variables.objectValue(summary(execution))
        .serializationDataFormat(SerializationDataFormats.JSON).create());
  }

  String summary(DelegateExecution execution) {
    List<String> units = CommonVariables.UNITS.from(execution);
    Map<String, Map<String, Object>> records = submissions.byUnit(execution.getProcessInstanceId(), CommonVariables.UNIT_ID.name(),
        Var.RECORD_FIELDS);
    int[] unitsPerPart = new int[Var.PARTS.size()];
    StringBuilder body = new StringBuilder();
    int number = 0;
    int recorded = 0;
    for (String unit : units) {
      Map<String, Object> record = records.getOrDefault(unit, Map.of());
      body.append('\n').append(++number).append(". ").append(directory.unitName(unit)).append('\n');
      if (record.get(Var.NUMBER) == null) {
        body.append("- Chưa ghi nhận văn bản.\n");
        continue;
      }
      recorded++;
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < Var.PARTS.size(); i++) {
        if (Boolean.TRUE.equals(record.get(Var.PARTS.get(i)))) {
          parts.add(Var.PART_LABELS.get(i));
          unitsPerPart[i]++;
        }
      }
      line(body, "Văn bản", record.get(Var.NUMBER) + " ngày " + day(record.get(Var.ISSUED_ON)));
      line(body, "Trích yếu", record.get(Var.TITLE));
      line(body, "Nội dung của phương châm được cụ thể hóa", String.join(", ", parts));
      if (record.get(Var.OTHER_DOCUMENTS) != null) {
        line(body, "Các văn bản khác", record.get(Var.OTHER_DOCUMENTS));
      }
    }
    StringBuilder text = new StringBuilder()
        .append("KẾT QUẢ BAN HÀNH VĂN BẢN CỤ THỂ HÓA PHƯƠNG CHÂM \"DÂN BIẾT, DÂN BÀN, DÂN LÀM, DÂN KIỂM TRA, ")
        .append("DÂN GIÁM SÁT, DÂN THỤ HƯỞNG\" NĂM ").append(CommonVariables.YEAR.fromOrNull(execution)).append('\n')
        .append("(").append(plan.section("II.3")).append(")\n\n")
        .append("Số cơ quan, đơn vị đã ban hành văn bản: ").append(recorded).append('/').append(units.size()).append(".\n")
        .append("Số cơ quan, đơn vị đã cụ thể hóa từng nội dung:\n");
    for (int i = 0; i < Var.PARTS.size(); i++) {
      text.append("- ").append(Var.PART_LABELS.get(i)).append(": ").append(unitsPerPart[i]).append('\n');
    }
    return text.append(body).toString();
  }

  private static void line(StringBuilder text, String label, Object value) {
    String shown = value == null || String.valueOf(value).isBlank() ? NOT_GIVEN
        : String.valueOf(value).strip().replaceAll("\\s*\\R\\s*", "\n  ");
    text.append("- ").append(label).append(": ").append(shown).append('\n');
  }

  private String day(Object value) {
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
