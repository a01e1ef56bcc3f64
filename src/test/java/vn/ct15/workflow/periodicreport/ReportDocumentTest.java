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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.ct15.workflow.periodicreport.ReportDocument.Content;
import vn.ct15.workflow.periodicreport.UnitReportsDocument.Submission;
import vn.ct15.workflow.periodicreport.UnitReportsDocument.Timeliness;

/** The Word document on its own: layout of Nghị định 30/2020/NĐ-CP, and everything it must say. */
class ReportDocumentTest {


  static Date at(int month, int day, int hour) {
    return Date.from(LocalDateTime.of(2046, month, day, hour, 0).atZone(HANOI).toInstant());
  }

  static Content sample(LocalDate date) {
    return new Content(List.of("ỦY BAN NHÂN DÂN", "QUẬN KIẾN AN"), "Số: ……/BC-UBND", "Kiến An", date,
        "Kết quả thực hiện Chỉ thị số 15-CT/TU ngày 21/11/2022 của Ban Thường vụ Thành ủy năm 2046",
        "Thực hiện Kế hoạch số 77/KH-UBND, Ủy ban nhân dân quận báo cáo như sau:\n\n"
            + "I. KẾT QUẢ THỰC HIỆN\n1. Dân biết\n- Nội dung đã công khai để Nhân dân biết: 54 nội dung.\n",
        annex(), List.of("UBND thành phố (để báo cáo);", "TT Quận ủy, TT HĐND quận;", "Lưu: VT, PNV."),
        List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "", "Times New Roman", 14, HANOI);
  }

  static FiguresAnnex annex() {
    return new FiguresAnnex("năm 2046; số liệu tính từ ngày 15/12/2045 đến ngày 14/12/2046",
        List.of("STT", "Cơ quan, đơn vị", "(1)", "(2)"),
        List.of(List.of("I", "Các phường (2)", "7", "1.200"), List.of("1", "Ủy ban nhân dân phường Bắc Sơn", "4", "1.000"),
            List.of("2", "Ủy ban nhân dân phường Nam Sơn (chưa báo cáo)", "", ""), List.of("", "Tổng cộng (2)", "7", "1.200")),
        List.of(true, false, false, true),
        List.of("(1) Nội dung đã công khai để Nhân dân biết (nội dung)", "(2) Giá trị Nhân dân đóng góp (triệu đồng)"), true);
  }

  static UnitReportsDocument.Content compilation() {
    Date due = at(11, 15, 23);
    Map<String, String> sections = new LinkedHashMap<>();
    sections.put("Dân biết", "Niêm yết công khai tại 12 tổ dân phố.");
    sections.put("Dân thụ hưởng", "Hoàn thành 3 công trình dân sinh.\nNhân dân đồng thuận.");
    sections.put("Hạn chế, tồn tại", "Một số tổ dân phố niêm yết chậm.");
    return new UnitReportsDocument.Content("Kết quả thực hiện Chỉ thị số 15-CT/TU năm 2046",
        "(Kèm theo báo cáo của Ủy ban nhân dân quận Kiến An; năm 2046)",
        List.of(new UnitReportsDocument.Group("Các phòng chuyên môn", List.of(new Timeliness("Phòng Nội vụ", due, at(11, 10, 9))),
                List.of()),
            new UnitReportsDocument.Group("Các phường", List.of(new Timeliness("Ủy ban nhân dân phường Bắc Sơn", due, at(11, 20, 9))),
                List.of(new Submission("Ủy ban nhân dân phường Bắc Sơn", sections))),
            new UnitReportsDocument.Group("Các lực lượng vũ trang", List.of(new Timeliness("Công an quận", due, null)), List.of())),
        "Times New Roman", 14, HANOI);
  }

  static XWPFDocument open(byte[] bytes) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  static String text(XWPFDocument document) throws IOException {
    try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }

  /** The settings of the report's portrait pages: on the section break before the annex, if there is one. */
  static CTSectPr portraitSection(XWPFDocument document) {
    return document.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr())
        .findFirst().map(p -> p.getCTP().getPPr().getSectPr()).orElse(document.getDocument().getBody().getSectPr());
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
      CTSectPr section = portraitSection(document);
      CTPageSz size = section.getPgSz();
      assertThat(List.of(size.getW(), size.getH())).containsExactly(BigInteger.valueOf(11906), BigInteger.valueOf(16838));
      CTPageMar margins = section.getPgMar();
      // 20 mm = 1134, 30 mm = 1701, 15 mm = 850 twips
      assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
          .containsExactly(BigInteger.valueOf(1134), BigInteger.valueOf(1134), BigInteger.valueOf(1701), BigInteger.valueOf(850));

      // page numbers: a PAGE field centred in the top margin, none on the first page
      assertThat(section.isSetTitlePg()).isTrue();
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
          "Kết quả thực hiện Chỉ thị số 15-CT/TU", "năm 2046", "I. KẾT QUẢ THỰC HIỆN", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN",
          "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "PHỤ LỤC", "BIỂU TỔNG HỢP SỐ LIỆU", "(Kèm theo Báo cáo số ……/BC-UBND)",
          "năm 2046; số liệu tính từ ngày 15/12/2045", "Ghi chú:", "(1) Nội dung đã công khai để Nhân dân biết (nội dung)");
      assertThat(text).containsSubsequence("- UBND thành phố (để báo cáo);", "- TT Quận ủy, TT HĐND quận;", "- Lưu: VT, PNV.")
          .as("the units' own texts are in the other annex").doesNotContain("Niêm yết công khai tại 12 tổ dân phố");
    }
  }

  @Test
  void shouldPutTheFiguresTableAfterTheSignatureOnLandscapePages() throws IOException {
    try (XWPFDocument document = open(ReportDocument.render(sample(null)))) {
      // the portrait pages end at a section break after the signature; the last section is landscape A4
      CTSectPr portrait = portraitSection(document);
      assertThat(portrait).isNotSameAs(document.getDocument().getBody().getSectPr());
      assertThat(portrait.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
      assertThat(portrait.isSetTitlePg()).as("no number on the first page").isTrue();
      CTSectPr last = document.getDocument().getBody().getSectPr();
      assertThat(List.of(last.getPgSz().getW(), last.getPgSz().getH())).containsExactly(BigInteger.valueOf(16838),
          BigInteger.valueOf(11906));
      assertThat(last.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);

      XWPFTable table = document.getTables().stream()
          .filter(candidate -> candidate.getRow(0).getCell(0).getText().equals("STT")).findFirst().orElseThrow();
      assertThat(table.getRow(0).isRepeatHeader()).isTrue();
      assertThat(table.getRow(0).getTableCells()).extracting(cell -> cell.getText())
          .containsExactly("STT", "Cơ quan, đơn vị", "(1)", "(2)");
      assertThat(table.getRow(1).getTableCells()).extracting(cell -> cell.getText()).containsExactly("I", "Các phường (2)", "7", "1.200");
      assertThat(runWithText(document, "Các phường (2)").isBold()).as("a kind's subtotal").isTrue();
      assertThat(runWithText(document, "Ủy ban nhân dân phường Bắc Sơn").isBold()).isFalse();
      assertThat(table.getRow(4).getTableCells()).extracting(cell -> cell.getText()).containsExactly("", "Tổng cộng (2)", "7", "1.200");
      String text = text(document);
      assertThat(text.indexOf("PHÓ CHỦ TỊCH")).as("after the signature").isLessThan(text.indexOf("BIỂU TỔNG HỢP SỐ LIỆU"));
    }
  }

  @Test
  void shouldCompileTheUnitsReportsByKindWithWhenEachReported() throws IOException {
    byte[] bytes = UnitReportsDocument.render(compilation());
    Files.write(Path.of("target", "tap-hop-bao-cao-mau.docx"), bytes);
    try (XWPFDocument document = open(bytes)) {
      String text = text(document);
      assertThat(text).containsSubsequence(UnitReportsDocument.TITLE, "Kết quả thực hiện Chỉ thị số 15-CT/TU năm 2046",
          "(Kèm theo báo cáo của Ủy ban nhân dân quận Kiến An; năm 2046)", UnitReportsDocument.TIMELINESS_HEADING,
          "3 cơ quan, đơn vị phải báo cáo: 1 đúng hạn, 1 trễ hạn, 1 chưa báo cáo.", UnitReportsDocument.SUBMISSIONS_HEADING,
          "1. Các phòng chuyên môn", "Chưa có cơ quan, đơn vị nào gửi báo cáo.", "2. Các phường", "2.1. Ủy ban nhân dân phường Bắc Sơn",
          "Dân biết: Niêm yết công khai tại 12 tổ dân phố.", "Dân thụ hưởng: Hoàn thành 3 công trình dân sinh.\nNhân dân đồng thuận.",
          "3. Các lực lượng vũ trang");
    }
  }

  @Test
  void shouldTellOnTimeLateAndMissingReportsApartInTheTableByKind() throws IOException {
    try (XWPFDocument document = open(UnitReportsDocument.render(compilation()))) {
      XWPFTable table = document.getTables().stream()
          .filter(candidate -> candidate.getRow(0).getCell(0).getText().equals("STT")).findFirst().orElseThrow();
      assertThat(table.getRows()).hasSize(7);
      assertThat(table.getRow(0).getTableCells()).extracting(cell -> cell.getText())
          .containsExactly("STT", "Cơ quan, đơn vị", "Hạn báo cáo", "Ngày gửi báo cáo", "Tình trạng");
      assertThat(table.getRow(0).isRepeatHeader()).isTrue();
      assertThat(table.getRow(1).getTableCells()).extracting(cell -> cell.getText())
          .containsExactly("I", "Các phòng chuyên môn", "", "", "");
      assertThat(table.getRow(2).getTableCells()).extracting(cell -> cell.getText())
          .containsExactly("1", "Phòng Nội vụ", "15/11/2046", "10/11/2046", "Đúng hạn");
      assertThat(table.getRow(4).getTableCells()).extracting(cell -> cell.getText())
          .containsExactly("1", "Ủy ban nhân dân phường Bắc Sơn", "15/11/2046", "20/11/2046", "Trễ hạn");
      assertThat(table.getRow(6).getTableCells()).extracting(cell -> cell.getText())
          .containsExactly("1", "Công an quận", "15/11/2046", "", "Chưa báo cáo");
      assertThat(runWithText(document, "Trễ hạn").isBold()).isTrue();
      assertThat(runWithText(document, "Đúng hạn").isBold()).isFalse();
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
