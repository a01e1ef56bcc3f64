package vn.ct15.workflow.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.progress.ProgressMatrix.Cell;
import vn.ct15.workflow.progress.ProgressMatrix.Column;
import vn.ct15.workflow.progress.ProgressMatrix.Row;

/**
 * The progress matrix as an Excel workbook: sheet "Tiến độ", a header row with the duties, one row
 * per unit with the state in Vietnamese (coloured) in each cell, an extended task's new due date beside
 * it, and its counts per state, then one row of totals per state and the overall total.
 */
@Component
class ProgressWorkbook {

  private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final java.time.ZoneId zone;

  ProgressWorkbook(vn.ct15.workflow.deadline.Deadlines deadlines) {
    this.zone = deadlines.zone();
  }

  private String format(java.util.Date date) {
    return date.toInstant().atZone(zone).format(DAY);
  }

  static final String SHEET = "Tiến độ";
  static final String UNIT_HEADER = "Đơn vị";
  static final String TOTAL = "Tổng số";
  static final String NOT_ASSIGNED = "—";

  byte[] write(ProgressMatrix matrix) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet(SHEET);
      XSSFCellStyle header = style(book, "D9E1F2", true);
      header.setWrapText(true);
      XSSFCellStyle plain = style(book, null, false);
      XSSFCellStyle bold = style(book, null, true);
      Map<TaskState, XSSFCellStyle> stateStyles = new EnumMap<>(TaskState.class);
      for (TaskState state : TaskState.values()) {
        XSSFCellStyle style = style(book, state.fill(), false);
        style.setAlignment(HorizontalAlignment.CENTER);
        stateStyles.put(state, style);
      }
      List<Column> duties = matrix.duties();
      TaskState[] states = TaskState.values();

      XSSFRow head = sheet.createRow(0);
      text(head, 0, UNIT_HEADER + " / nhiệm vụ năm " + matrix.year(), header);
      for (int d = 0; d < duties.size(); d++) {
        text(head, 1 + d, duties.get(d).label(), header);
      }
      for (int s = 0; s < states.length; s++) {
        text(head, 1 + duties.size() + s, states[s].label(), stateStyles.get(states[s]));
      }
      text(head, 1 + duties.size() + states.length, TOTAL, header);

      int r = 1;
      for (Row unit : matrix.units()) {
        XSSFRow row = sheet.createRow(r++);
        text(row, 0, unit.name(), plain);
        for (int d = 0; d < duties.size(); d++) {
          Cell cell = unit.cells().get(duties.get(d).id());
          if (cell == null) {
            text(row, 1 + d, NOT_ASSIGNED, plain);
          } else {
            TaskState state = TaskState.valueOf(cell.state().toUpperCase().replace('-', '_'));
            text(row, 1 + d, cell.extended() ? state.label() + " (gia hạn đến " + format(cell.due()) + ")" : state.label(),
                stateStyles.get(state));
          }
        }
        counts(row, 1 + duties.size(), unit.totals(), plain);
      }
      for (TaskState state : states) {
        XSSFRow row = sheet.createRow(r++);
        text(row, 0, TOTAL + ": " + state.label(), stateStyles.get(state));
        for (int d = 0; d < duties.size(); d++) {
          row.createCell(1 + d).setCellValue(duties.get(d).totals().get(state.code()));
          row.getCell(1 + d).setCellStyle(bold);
        }
      }
      XSSFRow all = sheet.createRow(r);
      text(all, 0, TOTAL, header);
      for (int d = 0; d < duties.size(); d++) {
        all.createCell(1 + d).setCellValue(duties.get(d).totals().get("total"));
        all.getCell(1 + d).setCellStyle(bold);
      }
      counts(all, 1 + duties.size(), matrix.totals(), bold);

      sheet.setColumnWidth(0, 45 * 256);
      for (int c = 1; c <= duties.size() + states.length + 1; c++) {
        sheet.setColumnWidth(c, 22 * 256);
      }
      sheet.createFreezePane(1, 1);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the progress workbook", e);
    }
  }

  private static void counts(XSSFRow row, int first, Map<String, Integer> totals, XSSFCellStyle style) {
    TaskState[] states = TaskState.values();
    for (int s = 0; s < states.length; s++) {
      row.createCell(first + s).setCellValue(totals.get(states[s].code()));
      row.getCell(first + s).setCellStyle(style);
    }
    row.createCell(first + states.length).setCellValue(totals.get("total"));
    row.getCell(first + states.length).setCellStyle(style);
  }

  private static void text(XSSFRow row, int column, String value, XSSFCellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static XSSFCellStyle style(XSSFWorkbook book, String fill, boolean bold) {
    XSSFCellStyle style = book.createCellStyle();
    if (fill != null) {
      style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(fill)));
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    if (bold) {
      XSSFFont font = book.createFont();
      font.setBold(true);
      style.setFont(font);
    }
    return style;
  }
}
