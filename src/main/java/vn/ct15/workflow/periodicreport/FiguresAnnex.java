package vn.ct15.workflow.periodicreport;

import java.util.List;

/**
 * The annex table "Biểu tổng hợp số liệu" after the report's signature: units (or, for an
 * organisation of thousands of units, unit kinds) by the figures units enter, with each kind's
 * subtotal and the total. The columns are numbered "(1)", "(2)", … and named in the legend under
 * the table, as the provinces' report forms (biểu mẫu) do.
 *
 * @param period "6 tháng đầu năm 2046; số liệu tính từ ngày 15/12/2045 đến ngày 14/6/2046"
 * @param header the table's header: "STT", "Cơ quan, đơn vị", "(1)", …
 * @param rows the rows, each as many cells as the header
 * @param bold per row, whether it is a kind's subtotal or the total (bold)
 * @param legend what each numbered column counts: "(1) Nội dung đã công khai để Nhân dân biết (nội dung)"
 * @param perUnit whether the table has a row per unit; if not, it has a row per kind and each unit's
 *     figures are in the spreadsheet
 */
record FiguresAnnex(String period, List<String> header, List<List<String>> rows, List<Boolean> bold, List<String> legend,
    boolean perUnit) {

  static final String TITLE = "BIỂU TỔNG HỢP SỐ LIỆU";
  static final String KIND = "PHỤ LỤC";
  static final String IN_THE_SPREADSHEET =
      "Số liệu của từng cơ quan, đơn vị: Biểu tổng hợp số liệu (tệp .xlsx) gửi kèm theo báo cáo.";
  /** A figure a unit's kind does not report. */
  static final String NOT_REPORTED_BY_KIND = "-";
  static final String NOT_REPORTED = " (chưa báo cáo)";
}
