package vn.ct15.workflow.issuance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.ct15.workflow.issuance.OfficialDocument.Block;
import vn.ct15.workflow.issuance.OfficialDocument.Paragraph;
import vn.ct15.workflow.issuance.OfficialDocument.Table;

/**
 * Lays out an {@link OfficialDocument} as PDF the way Nghị định 30/2020/NĐ-CP (Phụ lục I) lays out an
 * administrative document, as the Word document does: A4, margins 20/20/30/15 mm, a Times New Roman
 * metric font (Liberation Serif, embedded, so the Vietnamese text is extractable), page numbers
 * centred in the top margin from the second page, and room between the signature titles and the
 * signer's name for the signatures, whose places it returns for {@link PdfSignatures}.
 */
final class OfficialDocumentPdf {

  /** Where the signatures go: the page, the signer's image, and the agency's seal with its text below. */
  record SignaturePlaces(int page, PDRectangle signer, PDRectangle agency) {}

  record Rendered(byte[] pdf, SignaturePlaces places) {}

  static final float MM = 72f / 25.4f;
  private static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
  private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
  private static final float TOP = 20 * MM;
  private static final float BOTTOM = 20 * MM;
  private static final float LEFT = 30 * MM;
  private static final float RIGHT = 15 * MM;
  private static final float TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
  private static final float HEADER_LEFT = 62 * MM;
  private static final float FOOTER_LEFT = 75 * MM;
  private static final float INDENT = 10 * MM;
  /** The room between the signature titles and the signer's name. */
  private static final float SIGNATURE_ZONE = 44 * MM;
  private static final float SIGNATURE_WIDTH = 50 * MM;
  private static final float SIGNATURE_HEIGHT = 22 * MM;
  static final float SEAL = 32 * MM;
  static final float AGENCY_TEXT = 10;
  private static final float TEXT_SIZE = 14;

  private final PDDocument document = new PDDocument();
  private final PDFont regular;
  private final PDFont bold;
  private final PDFont italic;
  private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
  private PDPageContentStream page;
  /** The current page's geometry: portrait for the document, landscape for its annexes. */
  private float pageHeight = PAGE_HEIGHT;
  private float left = LEFT;
  private float textWidth = TEXT_WIDTH;
  private boolean landscape;
  private float y;
  private int pages;

  private OfficialDocumentPdf() throws IOException {
    regular = font("LiberationSerif-Regular.ttf");
    bold = font("LiberationSerif-Bold.ttf");
    italic = font("LiberationSerif-Italic.ttf");
  }

  static Rendered render(OfficialDocument content, String title) {
    try {
      OfficialDocumentPdf pdf = new OfficialDocumentPdf();
      try (PDDocument document = pdf.document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        document.setVersion(1.7f);
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("ct15-workflow");
        SignaturePlaces places = pdf.build(content);
        pdf.page.close();
        document.save(out);
        return new Rendered(out.toByteArray(), places);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lay out the document as PDF", e);
    }
  }

  private PDFont font(String file) throws IOException {
    try (InputStream in = OfficialDocumentPdf.class.getResourceAsStream("/fonts/" + file)) {
      return PDType0Font.load(document, in, true);
    }
  }

  private SignaturePlaces build(OfficialDocument content) throws IOException {
    newPage();
    header(content);
    kind(content);
    blocks(content.body());
    SignaturePlaces places = footer(content);
    for (OfficialDocument.Annex annex : content.annexes()) {
      landscape = true;
      pageHeight = PAGE_WIDTH;
      left = 20 * MM;
      textWidth = PAGE_HEIGHT - left - RIGHT;
      newPage();
      for (String line : annex.titleLines()) {
        y = centred(line, bold, 14, left, textWidth, y);
      }
      for (String line : annex.notes()) {
        y = centred(line, italic, 13, left, textWidth, y);
      }
      y -= 8;
      blocks(annex.body());
    }
    return places;
  }

  private void blocks(List<Block> blocks) throws IOException {
    for (Block block : blocks) {
      if (block instanceof Paragraph paragraph) {
        paragraph(paragraph);
      } else if (block instanceof Table table) {
        table(table);
      }
    }
  }

  // ---------------------------------------------------------------- the parts

  private void header(OfficialDocument content) throws IOException {
    float top = y;
    float left = top;
    for (String line : content.issuerLines()) {
      left = centred(line, bold, 13, LEFT, HEADER_LEFT, left);
    }
    rule(LEFT + HEADER_LEFT * 0.325f, LEFT + HEADER_LEFT * 0.675f, left - 3);
    left -= 8;
    left = centred(content.numberLine(), regular, 13, LEFT, HEADER_LEFT, left - 4);

    float rightX = LEFT + HEADER_LEFT;
    float rightWidth = TEXT_WIDTH - HEADER_LEFT;
    float right = centred(OfficialDocument.NATIONAL_TITLE, bold, 12, rightX, rightWidth, top);
    right = centred(OfficialDocument.MOTTO, bold, 13, rightX, rightWidth, right);
    float mottoWidth = width(OfficialDocument.MOTTO, bold, 13);
    rule(rightX + (rightWidth - mottoWidth) / 2, rightX + (rightWidth + mottoWidth) / 2, right - 3);
    right = centred(content.placeAndDate(), italic, 13, rightX, rightWidth, right - 12);
    y = Math.min(left, right) - 18;
  }

  private void kind(OfficialDocument content) throws IOException {
    y = centred(content.kind(), bold, 14, LEFT, TEXT_WIDTH, y);
    for (String line : wrap(words(content.summary(), bold), TEXT_WIDTH * 0.85f, 14, 0)) {
      y = centred(line, bold, 14, LEFT, TEXT_WIDTH, y);
    }
    rule(LEFT + TEXT_WIDTH * 0.4f, LEFT + TEXT_WIDTH * 0.6f, y - 3);
    y -= 18;
  }

  private void paragraph(Paragraph paragraph) throws IOException {
    List<Word> words = new ArrayList<>();
    if (paragraph.lead() != null && !paragraph.lead().isBlank()) {
      words.addAll(words(paragraph.lead(), italic));
    }
    words.addAll(words(paragraph.text(), paragraph.heading() ? bold : regular));
    if (words.isEmpty()) {
      return;
    }
    float leading = TEXT_SIZE * 1.25f;
    List<List<Word>> lines = wrapWords(words, textWidth, TEXT_SIZE, INDENT);
    if (paragraph.heading()) {
      y -= 4;
      room(leading * (lines.size() + 2));
    }
    for (int i = 0; i < lines.size(); i++) {
      room(leading);
      float indent = i == 0 ? INDENT : 0;
      boolean last = i == lines.size() - 1;
      drawLine(lines.get(i), left + indent, y - TEXT_SIZE, textWidth - indent, TEXT_SIZE, !last);
      y -= leading;
    }
    y -= 6;
  }

  private void table(Table table) throws IOException {
    float size = table.size();
    float leading = size * 1.2f;
    float padding = 3;
    float[] widths = new float[table.widths().size()];
    double total = table.widths().stream().mapToDouble(Double::doubleValue).sum();
    for (int i = 0; i < widths.length; i++) {
      widths[i] = (float) (textWidth * table.widths().get(i) / total);
    }
    y -= 4;
    List<List<String>> header = cells(table.header(), widths, bold, size);
    float headerHeight = height(header, leading, padding);
    room(headerHeight * 2);
    row(header, widths, bold, size, leading, padding, headerHeight, true);
    for (int r = 0; r < table.rows().size(); r++) {
      boolean rowBold = r < table.bold().size() && table.bold().get(r);
      List<List<String>> cells = cells(table.rows().get(r), widths, rowBold ? bold : regular, size);
      float height = height(cells, leading, padding);
      if (y - height < BOTTOM) {
        newPage();
        row(header, widths, bold, size, leading, padding, headerHeight, true);
      }
      row(cells, widths, rowBold ? bold : regular, size, leading, padding, height, false);
    }
    y -= 10;
  }

  private SignaturePlaces footer(OfficialDocument content) throws IOException {
    float titles = content.signatureTitles().size() * 13 * 1.2f;
    float needed = Math.max(titles + SIGNATURE_ZONE + 20, (content.recipients().size() + 1) * 13f) + 12;
    room(needed);
    y -= 12;
    float top = y;
    float left = line(OfficialDocument.RECIPIENTS_HEADING, bold, 12, LEFT, top);
    for (String recipient : content.recipients()) {
      for (String line : wrap(words("- " + recipient, regular), FOOTER_LEFT - 6, 11, 0)) {
        left = line(line, regular, 11, LEFT, left);
      }
    }
    float rightX = LEFT + FOOTER_LEFT;
    float rightWidth = TEXT_WIDTH - FOOTER_LEFT;
    float right = top;
    for (String title : content.signatureTitles()) {
      right = centred(title, bold, 13, rightX, rightWidth, right);
    }
    float zoneTop = right;
    float zoneBottom = right - SIGNATURE_ZONE;
    centred(content.signerName(), bold, 14, rightX, rightWidth, zoneBottom);
    y = Math.min(left, zoneBottom - 20);

    // the signer's signature centred in the zone; the seal over its left third, the agency's text under the seal
    float signerX = rightX + (rightWidth - SIGNATURE_WIDTH) / 2;
    float signerY = zoneBottom + (SIGNATURE_ZONE - SIGNATURE_HEIGHT) / 2 + 4 * MM;
    PDRectangle signer = new PDRectangle(signerX, signerY, SIGNATURE_WIDTH, SIGNATURE_HEIGHT);
    float sealX = signerX + SIGNATURE_WIDTH / 3 - SEAL;
    float sealTop = Math.min(zoneTop, signerY + SIGNATURE_HEIGHT / 2 + SEAL / 2);
    float agencyHeight = SEAL + 2.4f * AGENCY_TEXT * 1.2f;
    PDRectangle agency = new PDRectangle(sealX, sealTop - agencyHeight, 62 * MM, agencyHeight);
    return new SignaturePlaces(pages - 1, signer, agency);
  }

  // ---------------------------------------------------------------- pages

  private void newPage() throws IOException {
    if (page != null) {
      page.close();
    }
    PDPage next = new PDPage(landscape ? new PDRectangle(PAGE_HEIGHT, PAGE_WIDTH) : PDRectangle.A4);
    document.addPage(next);
    pages++;
    page = new PDPageContentStream(document, next);
    y = pageHeight - TOP;
    if (pages > 1) {
      String number = String.valueOf(pages);
      text(number, regular, 13, left + (textWidth - width(number, regular, 13)) / 2, pageHeight - 12 * MM);
    }
  }

  /** Starts a new page unless {@code height} fits on this one. */
  private void room(float height) throws IOException {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  // ---------------------------------------------------------------- text

  private record Word(String text, PDFont font) {}

  private List<Word> words(String text, PDFont font) {
    List<Word> words = new ArrayList<>();
    for (String word : clean(text, font).split(" ")) {
      if (!word.isEmpty()) {
        words.add(new Word(word, font));
      }
    }
    return words;
  }

  private List<String> wrap(List<Word> words, float width, float size, float indent) throws IOException {
    List<String> lines = new ArrayList<>();
    for (List<Word> line : wrapWords(words, width, size, indent)) {
      lines.add(String.join(" ", line.stream().map(Word::text).toList()));
    }
    return lines;
  }

  private List<List<Word>> wrapWords(List<Word> words, float width, float size, float indent) throws IOException {
    List<List<Word>> lines = new ArrayList<>();
    List<Word> line = new ArrayList<>();
    float used = 0;
    float space = width(" ", regular, size);
    for (Word word : words) {
      float w = width(word.text(), word.font(), size);
      float available = width - (lines.isEmpty() ? indent : 0);
      if (!line.isEmpty() && used + space + w > available) {
        lines.add(line);
        line = new ArrayList<>();
        used = 0;
      }
      used += (line.isEmpty() ? 0 : space) + w;
      line.add(word);
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  /** One line of words from x, spread to the full width when justified. */
  private void drawLine(List<Word> words, float x, float baseline, float width, float size, boolean justified) throws IOException {
    float natural = 0;
    for (Word word : words) {
      natural += width(word.text(), word.font(), size);
    }
    float space = width(" ", regular, size);
    if (justified && words.size() > 1) {
      space = Math.max(space, (width - natural) / (words.size() - 1));
    }
    float at = x;
    for (Word word : words) {
      text(word.text(), word.font(), size, at, baseline);
      at += width(word.text(), word.font(), size) + space;
    }
  }

  /** A centred line under the cursor {@code top}; returns the new cursor. */
  private float centred(String text, PDFont font, float size, float x, float width, float top) throws IOException {
    String clean = clean(text, font);
    text(clean, font, size, x + (width - width(clean, font, size)) / 2, top - size);
    return top - size * 1.2f;
  }

  private float line(String text, PDFont font, float size, float x, float top) throws IOException {
    text(clean(text, font), font, size, x, top - size);
    return top - size * 1.2f;
  }

  private void text(String text, PDFont font, float size, float x, float baseline) throws IOException {
    page.beginText();
    page.setFont(font, size);
    page.newLineAtOffset(x, baseline);
    page.showText(text);
    page.endText();
  }

  private void rule(float from, float to, float at) throws IOException {
    page.setLineWidth(0.6f);
    page.moveTo(from, at);
    page.lineTo(to, at);
    page.stroke();
  }

  private List<List<String>> cells(List<String> texts, float[] widths, PDFont font, float size) throws IOException {
    List<List<String>> cells = new ArrayList<>();
    for (int i = 0; i < widths.length; i++) {
      String text = i < texts.size() && texts.get(i) != null ? texts.get(i) : "";
      List<String> lines = wrap(words(text, font), widths[i] - 8, size, 0);
      cells.add(lines.isEmpty() ? List.of("") : lines);
    }
    return cells;
  }

  private static float height(List<List<String>> cells, float leading, float padding) {
    int lines = cells.stream().mapToInt(List::size).max().orElse(1);
    return lines * leading + 2 * padding;
  }

  /** A row of cells in {@code font}, centred but for the second column, which is left-aligned; the header centred. */
  private void row(List<List<String>> cells, float[] widths, PDFont font, float size, float leading, float padding,
      float height, boolean header) throws IOException {
    float x = left;
    page.setLineWidth(0.5f);
    for (int i = 0; i < widths.length; i++) {
      page.addRect(x, y - height, widths[i], height);
      page.stroke();
      float top = y - padding;
      for (String line : cells.get(i)) {
        boolean centre = header || i != 1;
        if (centre) {
          top = centred(line, font, size, x, widths[i], top);
        } else {
          top = line(line, font, size, x + 3, top);
        }
      }
      x += widths[i];
    }
    y -= height;
  }

  private float width(String text, PDFont font, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /** NFC, no control characters, and a character the font cannot draw shown as "?". */
  private String clean(String text, PDFont font) {
    String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\s]+", " ");
    StringBuilder out = new StringBuilder(normal.length());
    normal.codePoints().forEach(code -> out.appendCodePoint(drawable(font, code) ? code : '?'));
    return out.toString();
  }

  private boolean drawable(PDFont font, int code) {
    return glyphs.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(code, c -> {
      try {
        font.encode(new String(Character.toChars(c)));
        return true;
      } catch (IOException | IllegalArgumentException e) {
        return false;
      }
    });
  }
}
