package vn.ct15.workflow.periodicreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The building blocks of the cycle's Word documents, laid out as Nghị định 30/2020/NĐ-CP (Phụ lục I)
 * lays out an administrative document: A4 in the decree's margins, one font, justified paragraphs
 * with their first line indented, numbered pages, bordered tables whose header repeats on each page,
 * and landscape pages for a wide annex table.
 */
final class WordBlocks implements AutoCloseable {

  /** A4 and the decree's margins (Phụ lục I, Mục I.3: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm), in twips. */
  static final int PAGE_WIDTH = 11906;
  static final int PAGE_HEIGHT = 16838;
  static final int MARGIN_TOP = mm(20);
  static final int MARGIN_BOTTOM = mm(20);
  static final int MARGIN_LEFT = mm(30);
  static final int MARGIN_RIGHT = mm(15);
  static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
  /** A landscape page's margins (the binding edge is then the top): 20 mm, and 15 mm on the right. */
  static final int LANDSCAPE_LEFT = mm(20);
  static final int LANDSCAPE_TEXT_WIDTH = PAGE_HEIGHT - LANDSCAPE_LEFT - MARGIN_RIGHT;
  private static final int FIRST_LINE_INDENT = mm(10);
  private static final String BLACK = "000000";

  final XWPFDocument document = new XWPFDocument();
  private final String font;
  private final int fontSize;

  WordBlocks(String font, int fontSize) {
    this.font = font;
    this.fontSize = fontSize;
  }

  /** The document as the bytes of a .docx file. */
  byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the Word document", e);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int fontSize() {
    return fontSize;
  }

  /** The document's font and its A4 portrait page in the decree's margins. */
  void pageSetup() {
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(font);
    fonts.setHAnsi(font);
    fonts.setCs(font);
    fonts.setEastAsia(font);
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
  void pageNumbers() {
    document.getDocument().getBody().getSectPr().addNewTitlePg();
    document.createHeader(HeaderFooterType.FIRST).createParagraph();
    XWPFParagraph number = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
    number.setAlignment(ParagraphAlignment.CENTER);
    run(number, "", 13, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    run(number, "", 13, false, false).getCTR().addNewInstrText().setStringValue(" PAGE ");
    run(number, "", 13, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  /**
   * Ends the portrait pages written so far and turns what follows onto landscape pages, numbered on:
   * the portrait section's settings go on a section break, the document's last section turns.
   */
  void landscapeFromHere() {
    CTSectPr last = document.getDocument().getBody().getSectPr();
    XWPFParagraph breakHere = document.createParagraph();
    breakHere.getCTP().addNewPPr().setSectPr((CTSectPr) last.copy());
    if (last.isSetTitlePg()) {
      last.unsetTitlePg();
    }
    last.getPgSz().setW(BigInteger.valueOf(PAGE_HEIGHT));
    last.getPgSz().setH(BigInteger.valueOf(PAGE_WIDTH));
    last.getPgSz().setOrient(STPageOrientation.LANDSCAPE);
    last.getPgMar().setLeft(BigInteger.valueOf(LANDSCAPE_LEFT));
  }

  XWPFParagraph textParagraph() {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.BOTH);
    paragraph.setFirstLineIndent(FIRST_LINE_INDENT);
    paragraph.setSpacingBefore(0);
    paragraph.setSpacingAfter(120);
    paragraph.setSpacingBetween(1.1, LineSpacingRule.AUTO);
    return paragraph;
  }

  /** A paragraph of the text in the document's size. */
  XWPFParagraph text(String text, boolean bold) {
    XWPFParagraph paragraph = textParagraph();
    run(paragraph, text, fontSize, bold, false);
    return paragraph;
  }

  /** A bold heading of the text, kept with what follows. */
  void heading(String text) {
    XWPFParagraph paragraph = textParagraph();
    paragraph.setSpacingBefore(240);
    paragraph.setKeepNext(true);
    run(paragraph, text, fontSize, true, false);
  }

  /** A centred line of a title block. */
  XWPFParagraph centred(String text, int size, boolean bold, boolean italic) {
    XWPFParagraph paragraph = document.createParagraph();
    tight(paragraph, ParagraphAlignment.CENTER);
    run(paragraph, text, size, bold, italic);
    return paragraph;
  }

  XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(font);
    run.setFontSize(size);
    run.setBold(bold);
    run.setItalic(italic);
    run.setText(text);
    return run;
  }

  /**
   * A bordered table whose header row repeats on each page; the second column (names) is left-aligned,
   * the others centred.
   *
   * @param bold per row, whether the whole row is bold (a group's or the total's row)
   * @param lastBold per row, whether the last cell is bold ("Trễ hạn")
   */
  XWPFTable table(int[] widths, List<String> header, List<List<String>> rows, List<Boolean> bold, List<Boolean> lastBold,
      int size) {
    XWPFTable table = document.createTable(rows.size() + 1, widths.length);
    fixedLayout(table, widths);
    table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
    table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
    table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
    table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
    table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
    table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
    XWPFTableRow headerRow = table.getRow(0);
    headerRow.setRepeatHeader(true);
    for (int column = 0; column < header.size(); column++) {
      cell(headerRow.getCell(column), header.get(column), true, ParagraphAlignment.CENTER, size);
    }
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r + 1);
      row.setCantSplitRow(true);
      boolean wholeBold = r < bold.size() && bold.get(r);
      for (int column = 0; column < widths.length; column++) {
        boolean last = column == widths.length - 1 && r < lastBold.size() && lastBold.get(r);
        cell(row.getCell(column), column < rows.get(r).size() ? rows.get(r).get(column) : "", wholeBold || last,
            column == 1 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER, size);
      }
    }
    return table;
  }

  private void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment, int size) {
    cell.setVerticalAlignment(XWPFVertAlign.CENTER);
    XWPFParagraph paragraph = firstParagraph(cell);
    tight(paragraph, alignment);
    paragraph.setSpacingBefore(40);
    paragraph.setSpacingAfter(40);
    run(paragraph, text, size, bold, false);
  }

  /** A borderless table of fixed columns, used to place blocks side by side. */
  XWPFTable layoutTable(int rows, int... widths) {
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

  static XWPFParagraph firstParagraph(XWPFTableCell cell) {
    return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
  }

  static void tight(XWPFParagraph paragraph, ParagraphAlignment alignment) {
    paragraph.setAlignment(alignment);
    paragraph.setSpacingBefore(0);
    paragraph.setSpacingAfter(0);
    paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
  }

  /** A short horizontal line under the line above, centred, as wide as the given share of the width. */
  static XWPFParagraph shortLine(XWPFParagraph paragraph, int width, double share) {
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

  static int mm(double millimetres) {
    return (int) Math.round(millimetres * 1440 / 25.4);
  }
}
