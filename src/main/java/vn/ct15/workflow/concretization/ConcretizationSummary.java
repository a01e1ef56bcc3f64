package vn.ct15.workflow.concretization;

import static vn.ct15.workflow.concretization.ConcretizationProcess.Var;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import vn.ct15.workflow.reporting.SummaryTemplates;

/**
 * Drafts Phòng Nội vụ's review: a readable Vietnamese text of the documents every implementing unit
 * recorded (in directory order: number, date, title, the parts of the motto they make concrete, other
 * documents), and how many units made each part concrete. Runs after the units' subprocesses have
 * committed (asyncBefore), since it reads them from the history. Stored as JSON text, which has no
 * length limit. The wording is the template {@code templates/summary/concretization.txt}.
 */
@Component("concretizationSummary")
class ConcretizationSummary implements JavaDelegate {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final String TEMPLATE = "concretization";
  private static final String NOT_GIVEN = SummaryTemplates.NOT_GIVEN;

  private final Submissions submissions;
  private final OrganisationDirectory directory;
  private final Deadlines deadlines;
  private final SummaryTemplates summaries;

  ConcretizationSummary(Submissions submissions, OrganisationDirectory directory, Deadlines deadlines,
      SummaryTemplates summaries) {
    this.summaries = summaries;
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
    Map<String, Integer> perPart = new LinkedHashMap<>();
    Var.PART_LABELS.forEach(label -> perPart.put(label, 0));
    List<Map<String, Object>> rows = new ArrayList<>();
    int recorded = 0;
    for (String unit : units) {
      Map<String, Object> record = records.getOrDefault(unit, Map.of());
      Map<String, Object> row = new HashMap<>();
      row.put("name", directory.unitName(unit));
      row.put("recorded", record.get(Var.NUMBER) != null);
      if (record.get(Var.NUMBER) != null) {
        recorded++;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Var.PARTS.size(); i++) {
          if (Boolean.TRUE.equals(record.get(Var.PARTS.get(i)))) {
            parts.add(Var.PART_LABELS.get(i));
            perPart.merge(Var.PART_LABELS.get(i), 1, Integer::sum);
          }
        }
        row.put("document", shown(record.get(Var.NUMBER) + " ngày " + day(record.get(Var.ISSUED_ON))));
        row.put("title", shown(record.get(Var.TITLE)));
        row.put("parts", shown(String.join(", ", parts)));
        row.put("others", record.get(Var.OTHER_DOCUMENTS) == null ? null : shown(record.get(Var.OTHER_DOCUMENTS)));
      }
      rows.add(row);
    }
    return summaries.render(TEMPLATE, Map.of("year", String.valueOf(CommonVariables.YEAR.fromOrNull(execution)),
        "recorded", recorded, "perPart", perPart.entrySet(), "units", rows)) + "\n";
  }

  /** A text of several lines stays indented under its label. */
  private static String shown(Object value) {
    return value == null || String.valueOf(value).isBlank() ? NOT_GIVEN
        : String.valueOf(value).strip().replaceAll("\\s*\\R\\s*", "\n  ");
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
