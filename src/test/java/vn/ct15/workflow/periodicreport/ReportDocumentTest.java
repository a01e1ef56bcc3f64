package vn.ct15.workflow.periodicreport;

import static vn.ct15.workflow.TestTime.HANOI;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import vn.ct15.workflow.periodicreport.ReportDocument.Content;
import vn.ct15.workflow.periodicreport.ReportDocument.Submission;
import vn.ct15.workflow.periodicreport.ReportDocument.Timeliness;

/** The Word document on its own: layout of Nghị định 30/2020/NĐ-CP, and everything it must say. */
class ReportDocumentTest {


  static Date at(int month, int day, int hour) {
    return Date.from(LocalDateTime.of(2046, month, day, hour, 0).atZone(HANOI).toInstant());
  }

  static Content sample(LocalDate date) {
    Date due = at(11, 15, 23);
    Map<String, String> sections = new LinkedHashMap<>();
    sections.put("Dân biết", "Niêm yết công khai tại 12 tổ dân phố.");
    sections.put("Dân thụ hưởng", "Hoàn thành 3 công trình dân sinh.\nNhân dân đồng thuận.");
    sections.put("Hạn chế, tồn tại", "Một số tổ dân phố niêm yết chậm.");
    return new Content(List.of("ỦY BAN NHÂN DÂN", "QUẬN KIẾN AN"), "Số: ……/BC-UBND", "Kiến An", date,
        "Kết quả thực hiện Chỉ thị số 15-CT/TU ngày 21/11/2022 của Ban Thường vụ Thành ủy năm 2046",
        "Thực hiện Kế hoạch số 77/KH-UBND, Ủy ban nhân dân quận báo cáo như sau:\n\n"
            + "I. KẾT QUẢ THỰC HIỆN\n1. Dân biết\n- Phòng Nội vụ: Niêm yết công khai.\n",
        List.of(new Timeliness("Phòng Nội vụ", due, at(11, 10, 9)),
            new Timeliness("Ủy ban nhân dân phường Bắc Sơn", due, at(11, 20, 9)),
            new Timeliness("Công an quận", due, null)),
        List.of(new Submission("Ủy ban nhân dân phường Bắc Sơn", sections)),
        List.of("UBND thành phố (để báo cáo);", "TT Quận ủy, TT HĐND quận;", "Lưu: VT, PNV."),
        List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "", "Times New Roman", 14, HANOI);
  }

  static XWPFDocument open(byte[] bytes) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  static String text(XWPFDocument document) throws IOException {
    try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }

  static XWPFRun runWithText(XWPFDocument document, String text) {
    for (XWPFTable table : document.getTables()) {
      for (XWPFTableRow row : table.getRows()) {
        for (var cell : row.getTableCells()) {
          for (XWPFParagraph paragraph : cell.getParagraphs()) {
            for (XWPFRun run : paragraph.getRuns()) {
              if (text.equals(run.text())) {
                return run;
              }
            }
          }
        }
      }
    }
    return document.getParagraphs().stream().flatMap(paragraph -> paragraph.getRuns().stream())
        .filter(run -> text.equals(run.text())).findFirst().orElseThrow(() -> new AssertionError("no run '" + text + "'"));
  }

  @Test
  void shouldLayTheReportOutOnA4AsTheDecreeSays() throws IOException {
    byte[] bytes = ReportDocument.render(sample(null));
    // a copy to look at (LibreOffice: soffice --headless --convert-to pdf target/bao-cao-tong-hop-mau.docx)
    Files.write(Path.of("target", "bao-cao-tong-hop-mau.docx"), bytes);

    try (XWPFDocument document = open(bytes)) {
      CTPageSz size = document.getDocument().getBody().getSectPr().getPgSz();
      assertThat(List.of(size.getW(), size.getH())).containsExactly(BigInteger.valueOf(11906), BigInteger.valueOf(16838));
      CTPageMar margins = document.getDocument().getBody().getSectPr().getPgMar();
      // 20 mm = 1134, 30 mm = 1701, 15 mm = 850 twips
      assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
          .containsExactly(BigInteger.valueOf(1134), BigInteger.valueOf(1134), BigInteger.valueOf(1701), BigInteger.valueOf(850));

      // page numbers: a PAGE field centred in the top margin, none on the first page
      assertThat(document.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
      assertThat(document.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
      XWPFParagraph pageNumber = document.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0);
      assertThat(pageNumber.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      assertThat(pageNumber.getCTP().xmlText()).contains("PAGE").contains("fldCharType=\"begin\"");
      assertThat(pageNumber.getRuns()).allSatisfy(run -> assertThat(run.getFontSizeAsDouble()).isEqualTo(13.0));

      XWPFRun nation = runWithText(document, ReportDocument.NATIONAL_TITLE);
      assertThat(nation.isBold()).isTrue();
      assertThat(nation.getFontFamily()).isEqualTo("Times New Roman");
      XWPFRun motto = runWithText(document, "Độc lập - Tự do - Hạnh phúc");
      assertThat(motto.isBold()).isTrue();
      assertThat(motto.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
      assertThat(runWithText(document, "ỦY BAN NHÂN DÂN").isBold()).isTrue();
      assertThat(runWithText(document, "QUẬN KIẾN AN").isBold()).isTrue();
      assertThat(runWithText(document, "Kiến An, ngày …… tháng …… năm ……").isItalic()).isTrue();
      XWPFRun title = runWithText(document, "BÁO CÁO");
      assertThat(title.isBold()).isTrue();
      assertThat(title.getFontSizeAsDouble()).isEqualTo(14.0);
      assertThat(title.getParagraph().getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      XWPFRun recipients = runWithText(document, "Nơi nhận:");
      assertThat(recipients.isBold()).isTrue();
      assertThat(recipients.isItalic()).isTrue();
      assertThat(runWithText(document, "- Lưu: VT, PNV.").getFontSizeAsDouble()).isEqualTo(11.0);
      assertThat(runWithText(document, "PHÓ CHỦ TỊCH").isBold()).isTrue();
      XWPFRun body = runWithText(document, "Thực hiện Kế hoạch số 77/KH-UBND, Ủy ban nhân dân quận báo cáo như sau:");
      assertThat(body.getFontSizeAsDouble()).isEqualTo(14.0);
      assertThat(body.getParagraph().getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
      assertThat(runWithText(document, "I. KẾT QUẢ THỰC HIỆN").isBold()).as("a heading of the text").isTrue();

      String text = text(document);
      assertThat(text).containsSubsequence("ỦY BAN NHÂN DÂN", "QUẬN KIẾN AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Số: ……/BC-UBND", "Kiến An, ngày", "BÁO CÁO",
          "Kết quả thực hiện Chỉ thị số 15-CT/TU", "năm 2046", "I. KẾT QUẢ THỰC HIỆN", ReportDocument.TIMELINESS_HEADING,
          ReportDocument.SUBMISSIONS_HEADING, "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
      assertThat(text).contains("3 cơ quan, đơn vị phải báo cáo: 1 đúng hạn, 1 trễ hạn, 1 chưa báo cáo.")
          .contains("Dân thụ hưởng: Hoàn thành 3 công trình dân sinh.\nNhân dân đồng thuận.")
          .containsSubsequence("- UBND thành phố (để báo cáo);", "- TT Quận ủy, TT HĐND quận;", "- Lưu: VT, PNV.");
    }
  }

  @Test
  void shouldTellOnTimeLateAndMissingReportsApartInTheTable() throws IOException {
    try (XWPFDocument document = open(ReportDocument.render(sample(null)))) {
      XWPFTable table = document.getTables().stream()
          .filter(candidate -> candidate.getRow(0).getCell(0).getText().equals("STT")).findFirst().orElseThrow();
      assertThat(table.getRows()).hasSize(4);
      assertThat(table.getRow(0).getTableCells()).extracting(cell -> cell.getText())
          .containsExactly("STT", "Đơn vị", "Hạn báo cáo", "Ngày gửi báo cáo", "Tình trạng");
      assertThat(table.getRow(0).isRepeatHeader()).isTrue();
      assertThat(table.getRow(1).getTableCells()).extracting(cell -> cell.getText())
          .containsExactly("1", "Phòng Nội vụ", "15/11/2046", "10/11/2046", "Đúng hạn");
      assertThat(table.getRow(2).getTableCells()).extracting(cell -> cell.getText())
          .containsExactly("2", "Ủy ban nhân dân phường Bắc Sơn", "15/11/2046", "20/11/2046", "Trễ hạn");
      assertThat(table.getRow(3).getTableCells()).extracting(cell -> cell.getText())
          .containsExactly("3", "Công an quận", "15/11/2046", "", "Chưa báo cáo");
    }
  }

  @Test
  void shouldDateTheReportAsTheDecreeWritesDates() throws IOException {
    assertThat(ReportDocument.placeAndDate("Kiến An", LocalDate.of(2046, 2, 5))).isEqualTo("Kiến An, ngày 05 tháng 02 năm 2046");
    assertThat(ReportDocument.placeAndDate("Kiến An", LocalDate.of(2046, 11, 30))).isEqualTo("Kiến An, ngày 30 tháng 11 năm 2046");
    try (XWPFDocument document = open(ReportDocument.render(sample(LocalDate.of(2046, 11, 30))))) {
      assertThat(runWithText(document, "Kiến An, ngày 30 tháng 11 năm 2046").isItalic()).isTrue();
    }
  }
}
