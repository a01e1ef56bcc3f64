package vn.ct15.workflow.issuance;

import java.util.List;

/**
 * What an administrative document says, in the parts Nghị định 30/2020/NĐ-CP (Phụ lục I) lays out:
 * the issuer and the number on the left, the national title, motto, place and date on the right, the
 * kind and summary, the text, and at the end the recipients and the signature. {@link OfficialDocumentPdf}
 * lays it out as PDF; each process fills it with its own content.
 *
 * @param issuerLines the issuing authority, upper case, one entry per line
 * @param numberLine "Số: 12/BC-UBND"
 * @param placeAndDate "Kiến An, ngày 15 tháng 6 năm 2027"
 * @param kind the document's kind, upper case ("BÁO CÁO")
 * @param summary the summary of its content under the kind
 * @param body the text: paragraphs, headings and tables, in order
 * @param recipients the "Nơi nhận" lines, without their leading dash
 * @param signatureTitles the lines above the signature ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
 * @param signerName the signer's name under the signature
 * @param annexes what follows the signature, each from a new landscape page (a wide table of figures)
 */
public record OfficialDocument(List<String> issuerLines, String numberLine, String placeAndDate, String kind, String summary,
    List<Block> body, List<String> recipients, List<String> signatureTitles, String signerName, List<Annex> annexes) {

  public OfficialDocument {
    annexes = annexes == null ? List.of() : List.copyOf(annexes);
  }

  public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
  public static final String RECIPIENTS_HEADING = "Nơi nhận:";

  /** A part of the text. */
  public sealed interface Block permits Paragraph, Table {}

  /**
   * A paragraph of the text, its first line indented; a heading is bold and kept with what follows.
   *
   * @param lead an italic lead-in before the text ("Dân biết: "), or null
   */
  public record Paragraph(String lead, String text, boolean heading) implements Block {

    public static Paragraph text(String text) {
      return new Paragraph(null, text, false);
    }

    public static Paragraph heading(String text) {
      return new Paragraph(null, text, true);
    }
  }

  /**
   * A table with borders; its header is repeated on each page it runs onto; the second column (names)
   * is left-aligned, the others centred.
   *
   * @param widths the columns' shares of the text width
   * @param bold per row, whether the row is bold (a subtotal, the total); may be empty
   * @param size the font size of its cells
   */
  public record Table(List<Double> widths, List<String> header, List<List<String>> rows, List<Boolean> bold, float size)
      implements Block {}

  /**
   * An annex after the signature, on landscape pages.
   *
   * @param titleLines its kind and title, bold and centred ("PHỤ LỤC", "BIỂU TỔNG HỢP SỐ LIỆU")
   * @param notes the lines under the title, italic and centred (which report it goes with, the period)
   * @param body its text and tables
   */
  public record Annex(List<String> titleLines, List<String> notes, List<Block> body) {}
}
