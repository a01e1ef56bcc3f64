package vn.ct15.workflow.periodicreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.ct15.workflow.issuance.Issuance;
import vn.ct15.workflow.issuance.OfficialDocument;

/**
 * Renders the district's consolidated report as a Word document laid out as Nghị định
 * 30/2020/NĐ-CP (Phụ lục I) lays out an administrative document: A4, Times New Roman, the issuer and
 * the number on the left and the national title, motto, place and date on the right, the title,
 * the text, and at the end the recipients on the left and the signature on the right. The wording
 * of the decree's fixed parts is here; everything about the organisation comes in {@link Content}.
 */
final class ReportDocument {

  static final String MIME_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String NATIONAL_TITLE = OfficialDocument.NATIONAL_TITLE;
  static final String MOTTO = OfficialDocument.MOTTO;
  static final String TITLE = "BÁO CÁO";
  static final String RECIPIENTS_HEADING = OfficialDocument.RECIPIENTS_HEADING;
  static final String TIMELINESS_HEADING = "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ";
  static final String SUBMISSIONS_HEADING = "BÁO CÁO CỦA TỪNG CƠ QUAN, ĐƠN VỊ";
  static final List<String> TABLE_HEADER = List.of("STT", "Đơn vị", "Hạn báo cáo", "Ngày gửi báo cáo", "Tình trạng");
  static final String DOTS = "……";

  /** A4 and the decree's margins (Phụ lục I, Mục I.3: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm), in twips. */
  static final int PAGE_WIDTH = 11906;
  static final int PAGE_HEIGHT = 16838;
  static final int MARGIN_TOP = mm(20);
  static final int MARGIN_BOTTOM = mm(20);
  static final int MARGIN_LEFT = mm(30);
  static final int MARGIN_RIGHT = mm(15);
  static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
  /** The header's left column (issuer, number) and the footer's left column (recipients). */
  private static final int HEADER_LEFT = mm(62);
  private static final int FOOTER_LEFT = mm(75);
  private static final int[] TABLE_COLUMNS = {mm(12), mm(63), mm(28), mm(30), mm(32)};
  private static final int FIRST_LINE_INDENT = mm(10);
  /** Lines of the text that are headings: "I. ...", "1. ...". */
  private static final Pattern HEADING = Pattern.compile("^(?:[IVXLC]+|\\d{1,2})\\.\\s.*");
  private static final String BLACK = "000000";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Whether a unit sent its report by its due date. */
  enum Status {
    ON_TIME("Đúng hạn"), LATE("Trễ hạn"), MISSING("Chưa báo cáo");

    final String label;

    Status(String label) {
      this.label = label;
    }

    static Status of(Date due, Date submitted) {
      if (submitted == null) {
        return MISSING;
      }
      return due != null && submitted.after(due) ? LATE : ON_TIME;
    }
  }

  /** One row of the on-time table. */
  record Timeliness(String unit, Date due, Date submitted) {
    Status status() {
      return Status.of(due, submitted);
    }
  }

  /** What one unit reported: section title to text, in the order of its form. */
  record Submission(String unit, Map<String, String> sections) {}

  /**
   * Everything the document says.
   *
   * @param issuerLines the issuing authority, upper case, one entry per line
   * @param numberLine "Số: ……/BC-UBND"
   * @param place the place before the date
   * @param date the date of the document, or null to leave it for the signer ("ngày … tháng … năm …")
   * @param subtitle the summary of the content under the title
   * @param body the report text, paragraphs separated by line breaks
   * @param signature the signature titles, one line each ("TM. ỦY BAN NHÂN DÂN", ...)
   * @param signer the signer's name, or blank to leave a dotted line
   */
  record Content(List<String> issuerLines, String numberLine, String place, LocalDate date, String subtitle, String body,
      List<Timeliness> timeliness, List<Submission> submissions, List<String> recipients, List<String> signature,
      String signer, String font, int fontSize, ZoneId zone) {}

  private final Content content;
  private final XWPFDocument document = new XWPFDocument();

  private ReportDocument(Content content) {
    this.content = content;
  }

  /** The document as the bytes of a .docx file. */
  static byte[] render(Content content) {
    ReportDocument report = new ReportDocument(content);
    try (XWPFDocument document = report.document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      report.build();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the consolidated report", e);
    }
  }

  /** "Kiến An, ngày 30 tháng 11 năm 2046", or with dots for the signer to fill in. */
  static String placeAndDate(String place, LocalDate date) {
    if (date == null) {
      return place + ", ngày " + DOTS + " tháng " + DOTS + " năm " + DOTS;
    }
    return Issuance.placeAndDate(place, date);
  }

  /**
   * The same content as the Word document, for the issued PDF ({@link OfficialDocument}): the text, the
   * on-time table and each unit's report.
   */
  static OfficialDocument official(Content content) {
    List<OfficialDocument.Block> body = new ArrayList<>();
    for (String line : content.body().strip().split("\\R")) {
      if (!line.isBlank()) {
        String text = line.strip();
        body.add(HEADING.matcher(text).matches() ? OfficialDocument.Paragraph.heading(text) : OfficialDocument.Paragraph.text(text));
      }
    }
    body.add(OfficialDocument.Paragraph.heading(TIMELINESS_HEADING));
    body.add(OfficialDocument.Paragraph.text(timelinessSummary(content.timeliness())));
    List<List<String>> rows = new ArrayList<>();
    List<Boolean> emphasised = new ArrayList<>();
    DateTimeFormatter day = DAY.withZone(content.zone());
    for (int i = 0; i < content.timeliness().size(); i++) {
      Timeliness row = content.timeliness().get(i);
      rows.add(List.of(String.valueOf(i + 1), row.unit(), row.due() == null ? "" : day.format(row.due().toInstant()),
          row.submitted() == null ? "" : day.format(row.submitted().toInstant()), row.status().label));
      emphasised.add(row.status() != Status.ON_TIME);
    }
    body.add(new OfficialDocument.Table(Arrays.stream(TABLE_COLUMNS).mapToObj(width -> (double) width).toList(), TABLE_HEADER,
        rows, emphasised));
    body.add(OfficialDocument.Paragraph.heading(SUBMISSIONS_HEADING));
    int number = 0;
    for (Submission submission : content.submissions()) {
      body.add(OfficialDocument.Paragraph.heading(++number + ". " + submission.unit()));
      submission.sections().forEach((title, text) -> {
        String[] lines = text.strip().split("\\R");
        body.add(new OfficialDocument.Paragraph(title + ": ", lines[0].strip(), false));
        for (int i = 1; i < lines.length; i++) {
          if (!lines[i].isBlank()) {
            body.add(OfficialDocument.Paragraph.text(lines[i].strip()));
          }
        }
      });
    }
    return new OfficialDocument(content.issuerLines(), content.numberLine(), placeAndDate(content.place(), content.date()),
        TITLE, content.subtitle(), body, content.recipients(), content.signature(),
        content.signer() == null || content.signer().isBlank() ? DOTS.repeat(5) : content.signer().strip());
  }

  private static String timelinessSummary(List<Timeliness> timeliness) {
    long late = timeliness.stream().filter(row -> row.status() == Status.LATE).count();
    long missing = timeliness.stream().filter(row -> row.status() == Status.MISSING).count();
    return timeliness.size() + " cơ quan, đơn vị phải báo cáo: " + (timeliness.size() - late - missing) + " đúng hạn, " + late
        + " trễ hạn, " + missing + " chưa báo cáo.";
  }

  private void build() {
    pageSetup();
    pageNumbers();
    header();
    title();
    body();
    timeliness();
    submissions();
    footer();
  }

  private void pageSetup() {
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(content.font());
    fonts.setHAnsi(content.font());
    fonts.setCs(content.font());
    fonts.setEastAsia(content.font());
    document.createStyles().setDefaultFonts(fonts);
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN_TOP));
    margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    margins.setHeader(BigInteger.valueOf(mm(10)));
    margins.setFooter(BigInteger.valueOf(mm(10)));
  }

  /**
   * Page numbers as the decree places them: Arabic numerals, centred in the top margin, not shown
   * on the first page (a PAGE field in the default header, an empty header for the title page).
   */
  private void pageNumbers() {
    document.getDocument().getBody().getSectPr().addNewTitlePg();
    document.createHeader(HeaderFooterType.FIRST).createParagraph();
    XWPFParagraph number = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
    number.setAlignment(ParagraphAlignment.CENTER);
    run(number, "", 13, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    run(number, "", 13, false, false).getCTR().addNewInstrText().setStringValue(" PAGE ");
    run(number, "", 13, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  /** The issuer and the number on the left; national title, motto, place and date on the right. */
  private void header() {
    XWPFTable table = layoutTable(2, HEADER_LEFT, TEXT_WIDTH - HEADER_LEFT);
    XWPFTableCell issuer = table.getRow(0).getCell(0);
    XWPFParagraph first = firstParagraph(issuer);
    for (int i = 0; i < content.issuerLines().size(); i++) {
      XWPFParagraph line = i == 0 ? first : issuer.addParagraph();
      tight(line, ParagraphAlignment.CENTER);
      run(line, content.issuerLines().get(i), 13, true, false);
    }
    shortLine(issuer.addParagraph(), HEADER_LEFT, 0.35);

    XWPFTableCell nation = table.getRow(0).getCell(1);
    XWPFParagraph title = firstParagraph(nation);
    tight(title, ParagraphAlignment.CENTER);
    run(title, NATIONAL_TITLE, 12, true, false);
    XWPFParagraph motto = nation.addParagraph();
    tight(motto, ParagraphAlignment.CENTER);
    run(motto, MOTTO, 13, true, false).setUnderline(UnderlinePatterns.SINGLE);

    XWPFParagraph number = firstParagraph(table.getRow(1).getCell(0));
    tight(number, ParagraphAlignment.CENTER);
    number.setSpacingBefore(120);
    run(number, content.numberLine(), 13, false, false);
    XWPFParagraph date = firstParagraph(table.getRow(1).getCell(1));
    tight(date, ParagraphAlignment.CENTER);
    date.setSpacingBefore(120);
    run(date, placeAndDate(content.place(), content.date()), 13, false, true);
  }

  private void title() {
    XWPFParagraph title = document.createParagraph();
    tight(title, ParagraphAlignment.CENTER);
    title.setSpacingBefore(360);
    run(title, TITLE, 14, true, false);
    XWPFParagraph subtitle = document.createParagraph();
    tight(subtitle, ParagraphAlignment.CENTER);
    run(subtitle, content.subtitle(), 14, true, false);
    shortLine(document.createParagraph(), TEXT_WIDTH, 0.2).setSpacingAfter(240);
  }

  private void body() {
    for (String line : content.body().strip().split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String text = line.strip();
      boolean heading = HEADING.matcher(text).matches();
      run(textParagraph(), text, content.fontSize(), heading, false);
    }
  }

  private void timeliness() {
    heading(TIMELINESS_HEADING);
    run(textParagraph(), timelinessSummary(content.timeliness()), content.fontSize(), false, false);

    XWPFTable table = document.createTable(content.timeliness().size() + 1, TABLE_COLUMNS.length);
    fixedLayout(table, TABLE_COLUMNS);
    table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
    table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
    table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
    table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
    table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
    table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    for (int column = 0; column < TABLE_HEADER.size(); column++) {
      cell(header.getCell(column), TABLE_HEADER.get(column), true, ParagraphAlignment.CENTER);
    }
    for (int i = 0; i < content.timeliness().size(); i++) {
      Timeliness row = content.timeliness().get(i);
      XWPFTableRow cells = table.getRow(i + 1);
      cells.setCantSplitRow(true);
      cell(cells.getCell(0), String.valueOf(i + 1), false, ParagraphAlignment.CENTER);
      cell(cells.getCell(1), row.unit(), false, ParagraphAlignment.LEFT);
      cell(cells.getCell(2), day(row.due()), false, ParagraphAlignment.CENTER);
      cell(cells.getCell(3), day(row.submitted()), false, ParagraphAlignment.CENTER);
      cell(cells.getCell(4), row.status().label, row.status() != Status.ON_TIME, ParagraphAlignment.CENTER);
    }
  }

  private void submissions() {
    heading(SUBMISSIONS_HEADING);
    int number = 0;
    for (Submission submission : content.submissions()) {
      run(textParagraph(), ++number + ". " + submission.unit(), content.fontSize(), true, false);
      submission.sections().forEach((title, text) -> {
        String[] lines = text.strip().split("\\R");
        XWPFParagraph first = textParagraph();
        run(first, title + ": ", content.fontSize(), false, true);
        run(first, lines[0].strip(), content.fontSize(), false, false);
        for (int i = 1; i < lines.length; i++) {
          if (!lines[i].isBlank()) {
            run(textParagraph(), lines[i].strip(), content.fontSize(), false, false);
          }
        }
      });
    }
  }

  /** Recipients on the left, the signature on the right (Phụ lục I, Mục II.8–II.9). */
  private void footer() {
    document.createParagraph().setSpacingAfter(0);
    XWPFTable table = layoutTable(1, FOOTER_LEFT, TEXT_WIDTH - FOOTER_LEFT);
    XWPFTableCell recipients = table.getRow(0).getCell(0);
    XWPFParagraph heading = firstParagraph(recipients);
    tight(heading, ParagraphAlignment.LEFT);
    run(heading, RECIPIENTS_HEADING, 12, true, true);
    for (String recipient : content.recipients()) {
      XWPFParagraph line = recipients.addParagraph();
      tight(line, ParagraphAlignment.LEFT);
      run(line, "- " + recipient, 11, false, false);
    }

    XWPFTableCell signature = table.getRow(0).getCell(1);
    XWPFParagraph first = firstParagraph(signature);
    for (int i = 0; i < content.signature().size(); i++) {
      XWPFParagraph line = i == 0 ? first : signature.addParagraph();
      tight(line, ParagraphAlignment.CENTER);
      run(line, content.signature().get(i), 13, true, false);
    }
    for (int i = 0; i < 4; i++) {
      tight(signature.addParagraph(), ParagraphAlignment.CENTER);
    }
    XWPFParagraph signer = signature.addParagraph();
    tight(signer, ParagraphAlignment.CENTER);
    boolean unnamed = content.signer() == null || content.signer().isBlank();
    run(signer, unnamed ? DOTS.repeat(5) : content.signer().strip(), 14, !unnamed, false);
  }

  // ---------------------------------------------------------------- building blocks

  private XWPFParagraph textParagraph() {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.BOTH);
    paragraph.setFirstLineIndent(FIRST_LINE_INDENT);
    paragraph.setSpacingBefore(0);
    paragraph.setSpacingAfter(120);
    paragraph.setSpacingBetween(1.1, LineSpacingRule.AUTO);
    return paragraph;
  }

  private void heading(String text) {
    XWPFParagraph paragraph = textParagraph();
    paragraph.setSpacingBefore(240);
    paragraph.setKeepNext(true);
    run(paragraph, text, content.fontSize(), true, false);
  }

  private XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(content.font());
    run.setFontSize(size);
    run.setBold(bold);
    run.setItalic(italic);
    run.setText(text);
    return run;
  }

  private void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
    cell.setVerticalAlignment(XWPFVertAlign.CENTER);
    XWPFParagraph paragraph = firstParagraph(cell);
    tight(paragraph, alignment);
    paragraph.setSpacingBefore(40);
    paragraph.setSpacingAfter(40);
    run(paragraph, text, 12, bold, false);
  }

  /** A borderless table of fixed columns, used to place blocks side by side. */
  private XWPFTable layoutTable(int rows, int... widths) {
    XWPFTable table = document.createTable(rows, widths.length);
    table.removeBorders();
    fixedLayout(table, widths);
    return table;
  }

  private static void fixedLayout(XWPFTable table, int... widths) {
    table.setWidth(String.valueOf(Arrays.stream(widths).sum()));
    CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout()
        ? table.getCTTbl().getTblPr().getTblLayout() : table.getCTTbl().getTblPr().addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int width : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    for (XWPFTableRow row : table.getRows()) {
      for (int column = 0; column < widths.length; column++) {
        row.getCell(column).setWidth(String.valueOf(widths[column]));
      }
    }
  }

  private static XWPFParagraph firstParagraph(XWPFTableCell cell) {
    return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
  }

  private static void tight(XWPFParagraph paragraph, ParagraphAlignment alignment) {
    paragraph.setAlignment(alignment);
    paragraph.setSpacingBefore(0);
    paragraph.setSpacingAfter(0);
    paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
  }

  /** A short horizontal line under the line above, centred, as wide as the given share of the width. */
  private static XWPFParagraph shortLine(XWPFParagraph paragraph, int width, double share) {
    int indent = (int) Math.round(width * (1 - share) / 2);
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    paragraph.setIndentationLeft(indent);
    paragraph.setIndentationRight(indent);
    paragraph.setBorderTop(Borders.SINGLE);
    // a little air between the text and the line: space before lies outside the border
    paragraph.setSpacingBefore(80);
    paragraph.setSpacingAfter(0);
    paragraph.setSpacingBetween(0.5, LineSpacingRule.AUTO);
    return paragraph;
  }

  private String day(Date date) {
    return date == null ? "" : DAY.format(date.toInstant().atZone(content.zone()));
  }

  private static int mm(double millimetres) {
    return (int) Math.round(millimetres * 1440 / 25.4);
  }
}
