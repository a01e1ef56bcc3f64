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
 */
public record OfficialDocument(List<String> issuerLines, String numberLine, String placeAndDate, String kind, String summary,
    List<Block> body, List<String> recipients, List<String> signatureTitles, String signerName) {

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
   * A table with borders; its header is repeated on each page it runs onto.
   *
   * @param widths the columns' shares of the text width
   * @param emphasised per row, whether the last column is bold (e.g. "Trễ hạn"); may be empty
   */
  public record Table(List<Double> widths, List<String> header, List<List<String>> rows, List<Boolean> emphasised)
      implements Block {}
}
