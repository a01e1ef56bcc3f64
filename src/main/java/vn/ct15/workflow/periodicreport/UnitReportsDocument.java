package vn.ct15.workflow.periodicreport;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The separate annex "Tập hợp báo cáo của các cơ quan, đơn vị" ({@code tapHopBaoCao}): when each
 * unit sent its report, and each unit's full text, grouped by unit kind. The report itself cites
 * figures and a line per notable model or issue; whoever wants a unit's own words reads them here.
 */
final class UnitReportsDocument {

  static final String MIME_TYPE = ReportDocument.MIME_TYPE;
  static final String TITLE = "TẬP HỢP BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ";
  static final String TIMELINESS_HEADING = "I. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ";
  static final String SUBMISSIONS_HEADING = "II. BÁO CÁO CỦA TỪNG CƠ QUAN, ĐƠN VỊ";
  static final List<String> TABLE_HEADER = List.of("STT", "Cơ quan, đơn vị", "Hạn báo cáo", "Ngày gửi báo cáo", "Tình trạng");
  private static final int[] TABLE_COLUMNS = {WordBlocks.mm(12), WordBlocks.mm(63), WordBlocks.mm(28), WordBlocks.mm(30),
      WordBlocks.mm(32)};
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

  /** One unit's due date and the day it sent its report. */
  record Timeliness(String unit, Date due, Date submitted) {
    Status status() {
      return Status.of(due, submitted);
    }
  }

  /** What one unit reported: section title to text, in the order of its form. */
  record Submission(String unit, Map<String, String> sections) {}

  /** The units of one kind: when they reported and, for those that did, what. */
  record Group(String title, List<Timeliness> timeliness, List<Submission> submissions) {}

  /**
   * Everything the annex says.
   *
   * @param subtitle the report's summary ("Kết quả thực hiện … 6 tháng đầu năm 2046")
   * @param reference which report it goes with and the data period, in parentheses
   */
  record Content(String subtitle, String reference, List<Group> groups, String font, int fontSize, ZoneId zone) {}

  private UnitReportsDocument() {}

  /**
   * How a period's units stand: how many reported on time and late, and the names of those that have not.
   */
  record Tally(int onTime, int late, List<String> missing) {

    static Tally of(Collection<Timeliness> timeliness) {
      int onTime = 0;
      int late = 0;
      List<String> missing = new ArrayList<>();
      for (Timeliness row : timeliness) {
        switch (row.status()) {
          case ON_TIME -> onTime++;
          case LATE -> late++;
          case MISSING -> missing.add(row.unit());
        }
      }
      return new Tally(onTime, late, missing);
    }
  }

  /** "27 cơ quan, đơn vị phải báo cáo: 25 đúng hạn, 1 trễ hạn, 1 chưa báo cáo." */
  static String timelinessSummary(List<Timeliness> timeliness) {
    Tally tally = Tally.of(timeliness);
    return timeliness.size() + " cơ quan, đơn vị phải báo cáo: " + tally.onTime() + " đúng hạn, " + tally.late()
        + " trễ hạn, " + tally.missing().size() + " chưa báo cáo.";
  }

  static byte[] render(Content content) {
    try (WordBlocks word = new WordBlocks(content.font(), content.fontSize())) {
      word.pageSetup();
      word.pageNumbers();
      word.centred(TITLE, 14, true, false);
      word.centred(content.subtitle(), 14, true, false);
      word.centred(content.reference(), 13, false, true);
      WordBlocks.shortLine(word.document.createParagraph(), WordBlocks.TEXT_WIDTH, 0.2).setSpacingAfter(240);
      timeliness(word, content);
      submissions(word, content);
      return word.bytes();
    }
  }

  private static void timeliness(WordBlocks word, Content content) {
    word.heading(TIMELINESS_HEADING);
    List<Timeliness> all = content.groups().stream().flatMap(group -> group.timeliness().stream()).toList();
    word.text(timelinessSummary(all), false);
    DateTimeFormatter day = DAY.withZone(content.zone());
    List<List<String>> rows = new ArrayList<>();
    List<Boolean> bold = new ArrayList<>();
    List<Boolean> lastBold = new ArrayList<>();
    for (int g = 0; g < content.groups().size(); g++) {
      Group group = content.groups().get(g);
      rows.add(List.of(KindGroups.numeral(g), group.title(), "", "", ""));
      bold.add(true);
      lastBold.add(false);
      for (int i = 0; i < group.timeliness().size(); i++) {
        Timeliness row = group.timeliness().get(i);
        rows.add(List.of(String.valueOf(i + 1), row.unit(), row.due() == null ? "" : day.format(row.due().toInstant()),
            row.submitted() == null ? "" : day.format(row.submitted().toInstant()), row.status().label));
        bold.add(false);
        lastBold.add(row.status() != Status.ON_TIME);
      }
    }
    word.table(TABLE_COLUMNS, TABLE_HEADER, rows, bold, lastBold, 12);
  }

  private static void submissions(WordBlocks word, Content content) {
    word.heading(SUBMISSIONS_HEADING);
    for (int g = 0; g < content.groups().size(); g++) {
      Group group = content.groups().get(g);
      word.heading((g + 1) + ". " + group.title());
      if (group.submissions().isEmpty()) {
        word.text("Chưa có cơ quan, đơn vị nào gửi báo cáo.", false);
      }
      int number = 0;
      for (Submission submission : group.submissions()) {
        word.text((g + 1) + "." + ++number + ". " + submission.unit(), true).setKeepNext(true);
        submission.sections().forEach((title, text) -> {
          String[] lines = text.strip().split("\\R");
          XWPFParagraph first = word.textParagraph();
          word.run(first, title + ": ", word.fontSize(), false, true);
          word.run(first, lines[0].strip(), word.fontSize(), false, false);
          for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
              word.text(lines[i].strip(), false);
            }
          }
        });
      }
    }
  }
}
