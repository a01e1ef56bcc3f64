package vn.ct15.workflow.periodicreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.Unit;

/**
 * The period's figures added up ({@code bangSoLieu}, a spreadsheet beside the Word report): one row
 * per unit that reports, one column per figure of the indicator file, grouped under the parts; the
 * totals row adds them up with Excel formulas (a sum; for a count of units, how many have a non-zero
 * value; for a ratio, the ratio of two totals in %), so that Phòng Nội vụ and the superior can check
 * and reuse them. A figure a unit's kind does not report is left empty. Also the roll-up
 * ({@link #totals}) the report's text cites.
 */
@Component
class FiguresWorkbook {

  static final String FILE_NAME = "bang-so-lieu-%s.xlsx";
  static final String MIME_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String SHEET = "Biểu tổng hợp số liệu";
  /** Rows above the table: title, organisation and period, data window, blank, parts, headings. */
  static final int FIRST_UNIT_ROW = 5;

  private final Indicators indicators;
  private final OrganisationDirectory directory;
  private final InstanceFiles files;

  FiguresWorkbook(Indicators indicators, OrganisationDirectory directory,
      InstanceFiles files) {
    this.indicators = indicators;
    this.directory = directory;
    this.files = files;
  }

  /** The figures of the period, added up: by key, the total (sum, count of units or ratio in %, rounded to 0.1). */
  Map<String, Double> totals(List<String> units, Map<String, Map<String, Object>> byUnit) {
    Map<String, Double> totals = new LinkedHashMap<>();
    for (Indicators.Indicator figure : indicators.all()) {
      if (figure.entered()) {
        totals.put(figure.key(), units.stream().mapToDouble(unit -> value(byUnit, unit, figure.key())).sum());
      }
    }
    for (Indicators.Indicator figure : indicators.all()) {
      if (figure.units() != null) {
        totals.put(figure.key(), (double) units.stream().filter(unit -> value(byUnit, unit, figure.units()) > 0).count());
      } else if (figure.ratio() != null) {
        double denominator = totals.getOrDefault(figure.ratio().denominator(), 0.0);
        totals.put(figure.key(), denominator == 0 ? null
            : Math.round(1000 * totals.getOrDefault(figure.ratio().numerator(), 0.0) / denominator) / 10.0);
      }
    }
    return totals;
  }

  private static double value(Map<String, Map<String, Object>> byUnit, String unit, String key) {
    Long value = FiguresCheck.wholeNumber(byUnit.getOrDefault(unit, Map.of()).get(key));
    return value == null ? 0 : value;
  }

  /**
   * The annex table of the Word and PDF report: a row per unit under its kind's subtotal, or, beyond
   * {@code unitRows} units, a row per kind (each unit's figures being in the spreadsheet); a column
   * per figure units enter; the total last.
   */
  FiguresAnnex annex(List<String> units, Map<String, Map<String, Object>> byUnit, String period, int unitRows) {
    List<Indicators.Indicator> columns = indicators.entered();
    List<String> header = new ArrayList<>(List.of("STT", "Cơ quan, đơn vị"));
    List<String> legend = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      header.add("(" + (i + 1) + ")");
      legend.add("(" + (i + 1) + ") " + columns.get(i).labelWithUnit());
    }
    boolean perUnit = units.size() <= unitRows;
    List<List<String>> rows = new ArrayList<>();
    List<Boolean> bold = new ArrayList<>();
    List<KindGroups.Group> groups = KindGroups.of(units, directory);
    for (int g = 0; g < groups.size(); g++) {
      KindGroups.Group group = groups.get(g);
      Map<String, Double> subtotals = totals(group.units(), byUnit);
      rows.add(row(KindGroups.numeral(g), group.title() + " (" + group.units().size() + ")",
          columns.stream().map(figure -> ConsolidatedReportDraft.number(subtotals.get(figure.key()))).toList()));
      bold.add(true);
      for (int u = 0; perUnit && u < group.units().size(); u++) {
        String unitId = group.units().get(u);
        Unit unit = directory.unit(unitId);
        Map<String, Object> reported = byUnit.get(unitId);
        rows.add(row(String.valueOf(u + 1), unit.name() + (reported == null ? FiguresAnnex.NOT_REPORTED : ""),
            columns.stream().map(figure -> !figure.appliesTo(unit.kind()) ? FiguresAnnex.NOT_REPORTED_BY_KIND
                : reported == null ? "" : ConsolidatedReportDraft.number(value(byUnit, unitId, figure.key()))).toList()));
        bold.add(false);
      }
    }
    Map<String, Double> totals = totals(units, byUnit);
    rows.add(row("", "Tổng cộng (" + units.size() + ")",
        columns.stream().map(figure -> ConsolidatedReportDraft.number(totals.get(figure.key()))).toList()));
    bold.add(true);
    return new FiguresAnnex(period, header, rows, bold, legend, perUnit);
  }


  private static List<String> row(String number, String name, List<String> values) {
    List<String> row = new ArrayList<>(List.of(number, name));
    row.addAll(values);
    return row;
  }

  /** Renders the spreadsheet and sets it on the process instance with its download address. */
  void attach(DelegateExecution execution, List<String> units, Map<String, Map<String, Object>> byUnit, String periodLabel,
      String dataWindow) {
    String period = String.valueOf(execution.getVariable(PeriodicReportProcess.Var.PERIOD));
    FileValue file = Variables.fileValue(String.format(FILE_NAME, period)).file(render(units, byUnit, periodLabel, dataWindow))
        .mimeType(MIME_TYPE).create();
    files.put(execution, PeriodicReportProcess.Var.FIGURES, PeriodicReportProcess.Var.FIGURES_URL, file);
  }

  byte[] render(List<String> units, Map<String, Map<String, Object>> byUnit, String periodLabel, String dataWindow) {
    List<Indicators.Indicator> columns = new ArrayList<>();
    indicators.parts().keySet().forEach(part -> indicators.all().stream().filter(figure -> figure.part().equals(part))
        .forEach(columns::add));
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet(SHEET);
      XSSFCellStyle heading = style(book, "D9E1F2", true, false);
      XSSFCellStyle text = style(book, null, false, false);
      XSSFCellStyle number = style(book, null, false, true);
      XSSFCellStyle total = style(book, "FFF2CC", true, true);
      XSSFCellStyle totalText = style(book, "FFF2CC", true, false);
      XSSFCellStyle percent = style(book, "FFF2CC", true, true);
      percent.setDataFormat(book.createDataFormat().getFormat("0.0"));

      sheet.createRow(0).createCell(0).setCellValue("BIỂU TỔNG HỢP SỐ LIỆU KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ");
      sheet.getRow(0).getCell(0).setCellStyle(style(book, null, true, false));
      sheet.createRow(1).createCell(0).setCellValue(directory.organisation().name() + " — " + periodLabel);
      sheet.createRow(2).createCell(0).setCellValue("Kỳ số liệu: " + dataWindow + " (Nghị định số 09/2019/NĐ-CP)");

      XSSFRow parts = sheet.createRow(3);
      XSSFRow head = sheet.createRow(4);
      cell(parts, 0, "STT", heading);
      cell(parts, 1, "Cơ quan, đơn vị", heading);
      cell(head, 0, "", heading);
      cell(head, 1, "", heading);
      sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
      sheet.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
      int column = 2;
      String part = null;
      int partStart = column;
      for (Indicators.Indicator figure : columns) {
        if (!figure.part().equals(part)) {
          mergePart(sheet, partStart, column - 1);
          part = figure.part();
          partStart = column;
          cell(parts, column, indicators.parts().get(part), heading);
        } else {
          cell(parts, column, "", heading);
        }
        cell(head, column, figure.labelWithUnit(), heading);
        sheet.setColumnWidth(column, 18 * 256);
        column++;
      }
      mergePart(sheet, partStart, column - 1);
      sheet.setColumnWidth(0, 6 * 256);
      sheet.setColumnWidth(1, 42 * 256);
      head.setHeightInPoints(75);

      int row = FIRST_UNIT_ROW;
      for (String unitId : units) {
        Unit unit = directory.unit(unitId);
        XSSFRow line = sheet.createRow(row);
        line.createCell(0).setCellValue(row - FIRST_UNIT_ROW + 1);
        line.getCell(0).setCellStyle(number);
        cell(line, 1, unit.name(), text);
        for (int i = 0; i < columns.size(); i++) {
          Indicators.Indicator figure = columns.get(i);
          var cell = line.createCell(2 + i);
          cell.setCellStyle(number);
          Object value = byUnit.getOrDefault(unitId, Map.of()).get(figure.key());
          if (figure.entered() && figure.appliesTo(unit.kind()) && FiguresCheck.wholeNumber(value) != null) {
            cell.setCellValue(FiguresCheck.wholeNumber(value));
          }
        }
        row++;
      }
      int last = row - 1;
      XSSFRow totals = sheet.createRow(row);
      cell(totals, 0, "", totalText);
      cell(totals, 1, "Tổng cộng (" + units.size() + " cơ quan, đơn vị)", totalText);
      for (int i = 0; i < columns.size(); i++) {
        Indicators.Indicator figure = columns.get(i);
        var cell = totals.createCell(2 + i);
        cell.setCellStyle(figure.ratio() != null ? percent : total);
        String range = range(2 + i, last);
        if (figure.entered()) {
          cell.setCellFormula("SUM(" + range + ")");
        } else if (figure.units() != null) {
          cell.setCellFormula("COUNTIF(" + range(2 + columns.indexOf(figureOf(columns, figure.units())), last) + ",\">0\")");
        } else {
          String numerator = ref(2 + columns.indexOf(figureOf(columns, figure.ratio().numerator())), row);
          String denominator = ref(2 + columns.indexOf(figureOf(columns, figure.ratio().denominator())), row);
          cell.setCellFormula("IF(" + denominator + "=0,\"\"," + numerator + "/" + denominator + "*100)");
        }
      }
      sheet.createFreezePane(2, FIRST_UNIT_ROW);
      sheet.getPrintSetup().setLandscape(true);
      sheet.setFitToPage(true);
      sheet.getPrintSetup().setFitHeight((short) 0);
      book.setForceFormulaRecalculation(true);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Indicators.Indicator figureOf(List<Indicators.Indicator> columns, String key) {
    return columns.stream().filter(figure -> figure.key().equals(key)).findFirst().orElseThrow();
  }

  private static String range(int column, int lastRow) {
    return ref(column, FIRST_UNIT_ROW) + ":" + ref(column, Math.max(lastRow, FIRST_UNIT_ROW));
  }

  private static String ref(int column, int row) {
    return CellReference.convertNumToColString(column) + (row + 1);
  }

  private static void mergePart(XSSFSheet sheet, int from, int to) {
    if (to > from) {
      sheet.addMergedRegion(new CellRangeAddress(3, 3, from, to));
    }
  }

  private static void cell(XSSFRow row, int column, String value, XSSFCellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static XSSFCellStyle style(XSSFWorkbook book, String fill, boolean bold, boolean numeric) {
    XSSFCellStyle style = book.createCellStyle();
    XSSFFont font = book.createFont();
    font.setFontName("Times New Roman");
    font.setFontHeightInPoints((short) 12);
    font.setBold(bold);
    style.setFont(font);
    style.setWrapText(true);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    if (numeric) {
      style.setAlignment(HorizontalAlignment.RIGHT);
      style.setDataFormat(book.createDataFormat().getFormat("#,##0"));
    }
    if (fill != null) {
      style.setFillForegroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(fill)));
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    return style;
  }
}
