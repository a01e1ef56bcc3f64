package vn.ct15.workflow.periodicreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ct15.workflow.EngineTest;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.periodicreport.PeriodicReportProcess.Element;
import vn.ct15.workflow.periodicreport.PeriodicReportProcess.Var;
import vn.ct15.workflow.process.Motto;

/**
 * The figures of the indicator file in a reporting period: the units' form asks each unit for the
 * figures of its kind, the server refuses what breaks the file's rules (in Vietnamese, the task left
 * open with nothing written), and the consolidation adds them up into the draft's key figures and
 * the spreadsheet {@code bangSoLieu}, whose formulas, evaluated, give the same totals.
 */
@EngineTest
class FiguresTest {

  static final String PERFORMERS = "coordinator,office,ward,armed-force,public-service";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;
  @Autowired OrganisationDirectory directory;
  @Autowired Indicators indicators;

  List<String> units;

  @BeforeEach
  void init() {
    units = directory.unitIds(PERFORMERS);
  }

  @AfterEach
  void cleanUp() {
    PeriodicReportTesting.cleanUp(runtimeService);
  }

  Map<String, Object> report(String unit) {
    Map<String, Object> fields = new HashMap<>();
    Motto.PARTS.forEach(part -> fields.put(part, "Kết quả " + part + " của " + unit));
    fields.put("noiDungCongKhai", 2L);
    fields.put("donTiepNhan", 4L);
    fields.put("donDaGiaiQuyet", 3L);
    fields.put("moHinhDienHinh", unit.startsWith("phuong-") ? 1L : 0L);
    if (directory.unit(unit).kind() == UnitKind.WARD) {
      fields.put("hoiNghiThonToDanPho", 5L);
      fields.put("giaTriNhanDanDongGop", 120L);
    }
    return fields;
  }

  @Test
  void shouldAskEachUnitForTheFiguresOfItsKindOnItsForm() throws Exception {
    ProcessInstance cycle = PeriodicReportTesting.assign(managementService,
        runtimeService.startProcessInstanceByKey(PeriodicReportProcess.KEY, withVariables(Var.PERIOD, "2091-H1")));
    Task ward = PeriodicReportTesting.reportTask(taskService, cycle.getBusinessKey(), "phuong-bac-son");
    JsonNode form;
    try (InputStream in = formService.getDeployedTaskForm(ward.getId())) {
      form = new ObjectMapper().readTree(in);
    }
    Map<String, JsonNode> fields = new HashMap<>();
    form.path("components").forEach(component -> fields.put(component.path("id").asText(), component));
    assertThat(fields.get("Text_DataWindow").path("text").asText()).contains("{{kySoLieu}}");
    assertThat(fields.get("Text_Figures_danBan").path("text").asText()).isEqualTo("**Dân bàn**");
    assertThat(fields.get("Field_donDaGiaiQuyet").path("label").asText())
        .isEqualTo("Đơn khiếu nại, tố cáo, kiến nghị, phản ánh đã giải quyết (đơn)");
    assertThat(fields.get("Field_donDaGiaiQuyet").path("validate").path("min").asInt()).isZero();
    assertThat(fields.get("Field_donDaGiaiQuyet").has("conditional")).as("every kind reports it").isFalse();
    assertThat(fields.get("Field_hoiNghiThonToDanPho").path("conditional").path("hide").asText())
        .isEqualTo("=not(list contains([\"ward\"], unitKind))");
    assertThat(fields).as("a computed figure is not entered").doesNotContainKey("Field_tyLeGiaiQuyet");
    assertThat(taskService.getVariable(ward.getId(), PeriodicReportUnitProcess.Var.UNIT_KIND)).isEqualTo("ward");
    // the unit's fixed facts stay out of the history (UnitFactsOutOfHistory); its unit and its form's fields do not
    assertThat(taskService.getVariable(ward.getId(), PeriodicReportUnitProcess.Var.DATA_WINDOW)).isNotNull();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(ward.getProcessInstanceId())
        .variableNameIn(PeriodicReportUnitProcess.Var.UNIT_KIND, PeriodicReportUnitProcess.Var.DATA_WINDOW).count()).isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(ward.getProcessInstanceId()).variableUpdates().list())
        .extracting(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName())
        .doesNotContain(PeriodicReportUnitProcess.Var.UNIT_KIND, PeriodicReportUnitProcess.Var.DATA_WINDOW)
        .contains(vn.ct15.workflow.process.CommonVariables.UNIT_ID.name());
  }

  @Test
  void shouldRefuseFiguresThatBreakTheFilesRulesAndKeepTheTaskOpen() {
    ProcessInstance cycle = PeriodicReportTesting.assign(managementService,
        runtimeService.startProcessInstanceByKey(PeriodicReportProcess.KEY, withVariables(Var.PERIOD, "2092-H1")));
    Task office = PeriodicReportTesting.reportTask(taskService, cycle.getBusinessKey(), "phong-tu-phap");

    Map<String, Object> settledAboveReceived = report("phong-tu-phap");
    settledAboveReceived.put("donDaGiaiQuyet", 6L);
    assertThatThrownBy(() -> taskService.complete(office.getId(), settledAboveReceived))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("trường «Đơn khiếu nại, tố cáo, kiến nghị, phản ánh đã giải quyết (đơn)» (6) không được lớn hơn "
            + "«Đơn khiếu nại, tố cáo, kiến nghị, phản ánh đã tiếp nhận (đơn)» (4)");

    Map<String, Object> notItsKind = report("phong-tu-phap");
    notItsKind.put("hoiNghiThonToDanPho", 2L);
    assertThatThrownBy(() -> taskService.complete(office.getId(), notItsKind))
        .hasMessageContaining("trường «Hội nghị thôn, tổ dân phố (cuộc)» không thuộc báo cáo của loại đơn vị này");

    Map<String, Object> negative = report("phong-tu-phap");
    negative.put("noiDungCongKhai", -1L);
    assertThatThrownBy(() -> taskService.complete(office.getId(), negative))
        .hasMessageContaining("Trường «Nội dung đã công khai để Nhân dân biết (nội dung)» phải lớn hơn hoặc bằng 0");
    Map<String, Object> fraction = report("phong-tu-phap");
    fraction.put("noiDungCongKhai", 2.5);
    assertThatThrownBy(() -> taskService.complete(office.getId(), fraction))
        .hasMessageContaining("trường «Nội dung đã công khai để Nhân dân biết (nội dung)» phải là số nguyên không âm, không phải '2.5'");

    assertThat(taskService.createTaskQuery().taskId(office.getId()).count()).as("the task stays open").isOne();
    assertThat(taskService.getVariable(office.getId(), "donDaGiaiQuyet")).as("nothing written").isNull();
  }

  @Test
  void shouldAddUpThePeriodsFiguresInTheDraftAndASpreadsheetWhoseFormulasGiveTheTotals() throws Exception {
    ProcessInstance cycle = reportedAndDrafted("2093");

    long wards = units.stream().filter(unit -> directory.unit(unit).kind() == UnitKind.WARD).count();
    int count = units.size();
    String draft = (String) runtimeService.getVariable(cycle.getId(), Var.REPORT_TEXT);
    assertThat(draft).contains("1. Dân biết\n- Nội dung đã công khai để Nhân dân biết: " + 2 * count + " nội dung, " + count
            + " cơ quan, đơn vị thực hiện.\n")
        .contains("- Hội nghị thôn, tổ dân phố: " + 5 * wards + " cuộc, " + wards + " cơ quan, đơn vị thực hiện.")
        .contains("- Giá trị Nhân dân đóng góp: " + String.format("%,d", 120 * wards).replace(',', '.') + " triệu đồng")
        .contains("- Cơ quan, đơn vị có mô hình, cách làm hay: " + wards + " cơ quan, đơn vị.")
        .contains("7. Tiếp nhận, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh\n- Đơn khiếu nại, tố cáo, kiến nghị, phản ánh đã "
            + "tiếp nhận: " + 4 * count + " đơn, " + count + " cơ quan, đơn vị thực hiện.")
        .contains("- Tỷ lệ đơn đã giải quyết: 75 %.")
        .contains("số liệu tính từ ngày 15/12/2092 đến ngày 14/12/2093")
        .as("no earlier period to compare with").doesNotContain("cùng kỳ năm trước").doesNotContain("kỳ trước");

    // the annex table after the signature: a row per unit under its kind's subtotal, and the total
    FileValue report = (FileValue) runtimeService.getVariableTyped(cycle.getId(), Var.REPORT_DOCUMENT);
    try (XWPFDocument document = new XWPFDocument(report.getValue())) {
      XWPFTable table = document.getTables().stream().filter(candidate -> candidate.getRow(0).getCell(0).getText().equals("STT"))
          .findFirst().orElseThrow();
      assertThat(table.getRows()).as("header, 4 kinds, 27 units, total").hasSize(1 + 4 + count + 1);
      XWPFTableRow total = table.getRow(table.getRows().size() - 1);
      assertThat(total.getCell(1).getText()).isEqualTo("Tổng cộng (" + count + ")");
      assertThat(total.getCell(2).getText()).as("(1) is the first figure").isEqualTo(String.valueOf(2 * count));
      XWPFTableRow wardsRow = table.getRows().stream().filter(row -> row.getCell(1).getText().startsWith("Các phường")).findFirst()
          .orElseThrow();
      assertThat(wardsRow.getCell(1).getText()).isEqualTo("Các phường (" + wards + ")");
      assertThat(wardsRow.getCell(2).getText()).isEqualTo(String.valueOf(2 * wards));
      XWPFTableRow office = table.getRows().stream().filter(row -> row.getCell(1).getText().equals("Phòng Tư pháp")).findFirst()
          .orElseThrow();
      int column = 2 + indicators.enteredKeys().indexOf("hoiNghiThonToDanPho");
      assertThat(office.getCell(column).getText()).as("a figure the office's kind does not report").isEqualTo("-");
    }

    FileValue file = (FileValue) runtimeService.getVariableTyped(cycle.getId(), Var.FIGURES);
    assertThat(file.getFilename()).isEqualTo("bang-so-lieu-2093.xlsx");
    assertThat((String) runtimeService.getVariable(cycle.getId(), Var.FIGURES_URL)).endsWith("/variables/bangSoLieu/data");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.getValue().readAllBytes()))) {
      XSSFSheet sheet = book.getSheet(FiguresWorkbook.SHEET);
      XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Kỳ số liệu: từ ngày 15/12/2092 đến ngày 14/12/2093"
          + " (Nghị định số 09/2019/NĐ-CP)");
      Map<String, Integer> columns = new HashMap<>();
      sheet.getRow(4).forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
      Row totals = sheet.getRow(FiguresWorkbook.FIRST_UNIT_ROW + count);
      assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng (" + count + " cơ quan, đơn vị)");
      assertThat(evaluator.evaluate(totals.getCell(columns.get("Nội dung đã công khai để Nhân dân biết (nội dung)"))).getNumberValue())
          .isEqualTo(2.0 * count);
      assertThat(evaluator.evaluate(totals.getCell(columns.get("Hội nghị thôn, tổ dân phố (cuộc)"))).getNumberValue())
          .isEqualTo(5.0 * wards);
      assertThat(evaluator.evaluate(totals.getCell(columns.get("Cơ quan, đơn vị có mô hình, cách làm hay (cơ quan, đơn vị)")))
          .getNumberValue()).isEqualTo((double) wards);
      assertThat(evaluator.evaluate(totals.getCell(columns.get("Tỷ lệ đơn đã giải quyết (%)"))).getNumberValue()).isEqualTo(75.0);
      Row office = sheet.getRow(FiguresWorkbook.FIRST_UNIT_ROW + units.indexOf("phong-tu-phap"));
      assertThat(office.getCell(columns.get("Hội nghị thôn, tổ dân phố (cuộc)")).getCellType())
          .as("a figure the office's kind does not report stays empty").isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
    }
  }

  @Test
  void shouldCompareWithTheSamePeriodLastYearAndThePreviousPeriod() {
    reportedAndDrafted("2095-H1");
    reportedAndDrafted("2095");
    ProcessInstance cycle = reportedAndDrafted("2096-H1");
    int count = units.size();
    assertThat((String) runtimeService.getVariable(cycle.getId(), Var.REPORT_TEXT))
        .contains("Nội dung đã công khai để Nhân dân biết: " + 2 * count + " nội dung, " + count + " cơ quan, đơn vị thực hiện"
            + " (cùng kỳ năm trước: " + 2 * count + ", không đổi; kỳ trước: " + 2 * count + ", không đổi)")
        .contains("Tỷ lệ đơn đã giải quyết: 75 % (cùng kỳ năm trước: 75, không đổi; kỳ trước: 75, không đổi)");
  }

  /** A period in which every unit reported its figures, up to the draft of the consolidated report. */
  ProcessInstance reportedAndDrafted(String period) {
    ProcessInstance cycle = PeriodicReportTesting.assign(managementService,
        runtimeService.startProcessInstanceByKey(PeriodicReportProcess.KEY, withVariables(Var.PERIOD, period)));
    for (String unit : units) {
      taskService.complete(PeriodicReportTesting.reportTask(taskService, cycle.getBusinessKey(), unit).getId(), report(unit));
    }
    PeriodicReportTesting.recordReports(managementService);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(cycle.getId())
        .activityId(Element.DRAFT_CONSOLIDATED).singleResult().getId());
    return cycle;
  }
}
