package vn.ct15.workflow.periodicreport;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.ct15.workflow.issuance.Issuance;
import vn.ct15.workflow.issuance.OfficialDocument;

/**
 * Renders the district's consolidated report as a Word document laid out as Nghị định
 * 30/2020/NĐ-CP (Phụ lục I) lays out an administrative document: A4, Times New Roman, the issuer and
 * the number on the left and the national title, motto, place and date on the right, the title,
 * the text, and at the end the recipients on the left and the signature on the right; after the
 * signature, on landscape pages, the annex table of the period's figures ({@link FiguresAnnex}). The
 * wording of the decree's fixed parts is here; everything about the organisation comes in
 * {@link Content}. The units' own texts are not in it but in {@link UnitReportsDocument}.
 */
final class ReportDocument {

  static final String MIME_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String NATIONAL_TITLE = OfficialDocument.NATIONAL_TITLE;
  static final String MOTTO = OfficialDocument.MOTTO;
  static final String TITLE = "BÁO CÁO";
  static final String RECIPIENTS_HEADING = OfficialDocument.RECIPIENTS_HEADING;
  static final String DOTS = "……";

  /** The header's left column (issuer, number) and the footer's left column (recipients). */
  private static final int HEADER_LEFT = WordBlocks.mm(62);
  private static final int FOOTER_LEFT = WordBlocks.mm(75);
  private static final int TEXT_WIDTH = WordBlocks.TEXT_WIDTH;
  /** The annex table's first two columns (number, unit); the figures share the rest of a landscape page. */
  private static final int ANNEX_NUMBER = WordBlocks.mm(11);
  private static final int ANNEX_NAME = WordBlocks.mm(56);
  /** Lines of the text that are headings: "I. ...", "1. ...". */
  private static final Pattern HEADING = Pattern.compile("^(?:[IVXLC]+|\\d{1,2})\\.\\s.*");

  /**
   * Everything the document says.
   *
   * @param issuerLines the issuing authority, upper case, one entry per line
   * @param numberLine "Số: ……/BC-UBND"
   * @param place the place before the date
   * @param date the date of the document, or null to leave it for the signer ("ngày … tháng … năm …")
   * @param subtitle the summary of the content under the title
   * @param body the report text, paragraphs separated by line breaks
   * @param annex the figures' table after the signature, or null for none
   * @param signature the signature titles, one line each ("TM. ỦY BAN NHÂN DÂN", ...)
   * @param signer the signer's name, or blank to leave a dotted line
   */
  record Content(List<String> issuerLines, String numberLine, String place, LocalDate date, String subtitle, String body,
      FiguresAnnex annex, List<String> recipients, List<String> signature, String signer, String font, int fontSize,
      ZoneId zone) {}

  private final Content content;
  private final WordBlocks word;

  private ReportDocument(Content content, WordBlocks word) {
    this.content = content;
    this.word = word;
  }

  /** The document as the bytes of a .docx file. */
  static byte[] render(Content content) {
    try (WordBlocks word = new WordBlocks(content.font(), content.fontSize())) {
      new ReportDocument(content, word).build();
      return word.bytes();
    }
  }

  /** "Kiến An, ngày 30 tháng 11 năm 2046", or with dots for the signer to fill in. */
  static String placeAndDate(String place, LocalDate date) {
    if (date == null) {
      return place + ", ngày " + DOTS + " tháng " + DOTS + " năm " + DOTS;
    }
    return Issuance.placeAndDate(place, date);
  }

  /** "(Kèm theo Báo cáo số ……/BC-UBND)": the annexes' reference to the report. */
  static String annexReference(String numberLine) {
    return "(Kèm theo Báo cáo số " + numberLine.strip().replaceFirst("^Số:\\s*", "") + ")";
  }

  /** The same content as the Word document, for the issued PDF ({@link OfficialDocument}): the text and the annex table. */
  static OfficialDocument official(Content content) {
    List<OfficialDocument.Block> body = new ArrayList<>(paragraphs(content.body()));
    List<OfficialDocument.Annex> annexes = new ArrayList<>();
    FiguresAnnex annex = content.annex();
    if (annex != null) {
      List<OfficialDocument.Block> blocks = new ArrayList<>();
      blocks.add(new OfficialDocument.Table(annexWidths(annex).stream().map(width -> (double) width).toList(),
          annex.header(), annex.rows(), annex.bold(), 9));
      blocks.add(new OfficialDocument.Paragraph("Ghi chú: ", String.join("; ", annex.legend()) + ".", false));
      if (!annex.perUnit()) {
        blocks.add(OfficialDocument.Paragraph.text(FiguresAnnex.IN_THE_SPREADSHEET));
      }
      annexes.add(new OfficialDocument.Annex(List.of(FiguresAnnex.KIND, FiguresAnnex.TITLE),
          List.of(annexReference(content.numberLine()), annex.period()), blocks));
    }
    return new OfficialDocument(content.issuerLines(), content.numberLine(), placeAndDate(content.place(), content.date()),
        TITLE, content.subtitle(), body, content.recipients(), content.signature(),
        content.signer() == null || content.signer().isBlank() ? DOTS.repeat(5) : content.signer().strip(), annexes);
  }

  private void build() {
    word.pageSetup();
    word.pageNumbers();
    header();
    title();
    body();
    footer();
    if (content.annex() != null) {
      annex(content.annex());
    }
  }

  /** The issuer and the number on the left; national title, motto, place and date on the right. */
  private void header() {
    XWPFTable table = word.layoutTable(2, HEADER_LEFT, TEXT_WIDTH - HEADER_LEFT);
    XWPFTableCell issuer = table.getRow(0).getCell(0);
    XWPFParagraph first = WordBlocks.firstParagraph(issuer);
    for (int i = 0; i < content.issuerLines().size(); i++) {
      XWPFParagraph line = i == 0 ? first : issuer.addParagraph();
      WordBlocks.tight(line, ParagraphAlignment.CENTER);
      word.run(line, content.issuerLines().get(i), 13, true, false);
    }
    WordBlocks.shortLine(issuer.addParagraph(), HEADER_LEFT, 0.35);

    XWPFTableCell nation = table.getRow(0).getCell(1);
    XWPFParagraph title = WordBlocks.firstParagraph(nation);
    WordBlocks.tight(title, ParagraphAlignment.CENTER);
    word.run(title, NATIONAL_TITLE, 12, true, false);
    XWPFParagraph motto = nation.addParagraph();
    WordBlocks.tight(motto, ParagraphAlignment.CENTER);
    word.run(motto, MOTTO, 13, true, false).setUnderline(UnderlinePatterns.SINGLE);

    XWPFParagraph number = WordBlocks.firstParagraph(table.getRow(1).getCell(0));
    WordBlocks.tight(number, ParagraphAlignment.CENTER);
    number.setSpacingBefore(120);
    word.run(number, content.numberLine(), 13, false, false);
    XWPFParagraph date = WordBlocks.firstParagraph(table.getRow(1).getCell(1));
    WordBlocks.tight(date, ParagraphAlignment.CENTER);
    date.setSpacingBefore(120);
    word.run(date, placeAndDate(content.place(), content.date()), 13, false, true);
  }

  private void title() {
    word.centred(TITLE, 14, true, false).setSpacingBefore(360);
    word.centred(content.subtitle(), 14, true, false);
    WordBlocks.shortLine(word.document.createParagraph(), TEXT_WIDTH, 0.2).setSpacingAfter(240);
  }

  private void body() {
    for (OfficialDocument.Paragraph paragraph : paragraphs(content.body())) {
      word.text(paragraph.text(), paragraph.heading());
    }
  }

  /** The text's non-blank lines, a paragraph each; "I. …" and "1. …" are headings. */
  private static List<OfficialDocument.Paragraph> paragraphs(String body) {
    List<OfficialDocument.Paragraph> paragraphs = new ArrayList<>();
    for (String line : body.strip().split("\\R")) {
      if (!line.isBlank()) {
        String text = line.strip();
        paragraphs.add(HEADING.matcher(text).matches() ? OfficialDocument.Paragraph.heading(text)
            : OfficialDocument.Paragraph.text(text));
      }
    }
    return paragraphs;
  }

  /** Recipients on the left, the signature on the right (Phụ lục I, Mục II.8–II.9). */
  private void footer() {
    word.document.createParagraph().setSpacingAfter(0);
    XWPFTable table = word.layoutTable(1, FOOTER_LEFT, TEXT_WIDTH - FOOTER_LEFT);
    XWPFTableCell recipients = table.getRow(0).getCell(0);
    XWPFParagraph heading = WordBlocks.firstParagraph(recipients);
    WordBlocks.tight(heading, ParagraphAlignment.LEFT);
    word.run(heading, RECIPIENTS_HEADING, 12, true, true);
    for (String recipient : content.recipients()) {
      XWPFParagraph line = recipients.addParagraph();
      WordBlocks.tight(line, ParagraphAlignment.LEFT);
      word.run(line, "- " + recipient, 11, false, false);
    }

    XWPFTableCell signature = table.getRow(0).getCell(1);
    XWPFParagraph first = WordBlocks.firstParagraph(signature);
    for (int i = 0; i < content.signature().size(); i++) {
      XWPFParagraph line = i == 0 ? first : signature.addParagraph();
      WordBlocks.tight(line, ParagraphAlignment.CENTER);
      word.run(line, content.signature().get(i), 13, true, false);
    }
    for (int i = 0; i < 4; i++) {
      WordBlocks.tight(signature.addParagraph(), ParagraphAlignment.CENTER);
    }
    XWPFParagraph signer = signature.addParagraph();
    WordBlocks.tight(signer, ParagraphAlignment.CENTER);
    boolean unnamed = content.signer() == null || content.signer().isBlank();
    word.run(signer, unnamed ? DOTS.repeat(5) : content.signer().strip(), 14, !unnamed, false);
  }

  /** After the signature, on landscape pages: the figures by unit and kind, the total, and what each column counts. */
  private void annex(FiguresAnnex annex) {
    word.landscapeFromHere();
    word.centred(FiguresAnnex.KIND, 14, true, false);
    word.centred(FiguresAnnex.TITLE, 14, true, false);
    word.centred(annexReference(content.numberLine()), 13, false, true);
    word.centred(annex.period(), 13, false, true).setSpacingAfter(160);
    word.table(annexWidths(annex).stream().mapToInt(Integer::intValue).toArray(), annex.header(), annex.rows(), annex.bold(),
        List.of(), 10);
    XWPFParagraph legend = word.textParagraph();
    legend.setSpacingBefore(160);
    word.run(legend, "Ghi chú: ", 12, false, true);
    word.run(legend, String.join("; ", annex.legend()) + ".", 12, false, false);
    if (!annex.perUnit()) {
      XWPFParagraph note = word.textParagraph();
      word.run(note, FiguresAnnex.IN_THE_SPREADSHEET, 12, false, true);
    }
  }

  private static List<Integer> annexWidths(FiguresAnnex annex) {
    int figures = annex.header().size() - 2;
    int each = figures == 0 ? 0 : (WordBlocks.LANDSCAPE_TEXT_WIDTH - ANNEX_NUMBER - ANNEX_NAME) / figures;
    List<Integer> widths = new ArrayList<>(List.of(ANNEX_NUMBER, ANNEX_NAME));
    for (int i = 0; i < figures; i++) {
      widths.add(each);
    }
    return widths;
  }
}
