package vn.ct15.workflow.periodicreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drafted report's quotes of the units: the same issue once, the most raised first, and bounded whatever they wrote. */
class DraftLinesTest {

  static final PeriodicReportProperties.Draft LIMITS = new PeriodicReportProperties.Draft(12, 240, 6, 200);

  @Test
  void shouldGroupTheSameIssueWrittenInAnotherCaseOrWithOtherMarks() {
    List<String> lines = DraftLines.issues(List.of(
        new DraftLines.Quote("Phường A", "- Thiếu kinh phí.\n2. Tài liệu chậm"),
        new DraftLines.Quote("Phường B", "+ thiếu   KINH PHÍ;"),
        new DraftLines.Quote("Phường C", "1) Thiếu kinh phí")), LIMITS);
    assertThat(lines).containsExactly("Thiếu kinh phí (Phường A, Phường B, Phường C).", "Tài liệu chậm (Phường A).");
  }

  @Test
  void shouldNameSixUnitsAndCountTheOthers() {
    assertThat(DraftLines.names(List.of("A", "B"), 6)).isEqualTo("A, B");
    assertThat(DraftLines.names(List.of("A", "B", "C", "D", "E", "F", "G", "H"), 6))
        .isEqualTo("A, B, C, D, E, F và 2 cơ quan, đơn vị khác");
  }

  @Test
  void shouldCutALongLineAtAWord() {
    String cut = DraftLines.cut("Một hai ba bốn năm sáu bảy tám chín mười", 20);
    assertThat(cut).isEqualTo("Một hai ba bốn năm…");
    assertThat(DraftLines.cut("Ngắn", 20)).isEqualTo("Ngắn");
  }

  @Test
  void shouldGiveAsManyLinesForThreeThousandUnitsAsForTwentySeven() {
    for (int units : List.of(27, 3_398)) {
      List<DraftLines.Quote> quotes = new ArrayList<>();
      for (int unit = 0; unit < units; unit++) {
        quotes.add(new DraftLines.Quote("Đơn vị " + unit, ("Ý kiến riêng của đơn vị " + unit + " " + "rất dài ".repeat(100) + "\n").repeat(3)
            + "Thiếu kinh phí"));
      }
      List<String> issues = DraftLines.issues(quotes, LIMITS);
      assertThat(issues).as(units + " units").hasSize(13);
      assertThat(issues.get(0)).startsWith("Thiếu kinh phí (Đơn vị 0, Đơn vị 1").endsWith(" và " + (units - 6) + " cơ quan, đơn vị khác).");
      assertThat(issues.get(12)).startsWith("Ngoài ra, " + (units - 11) + " ý kiến khác của " + (units - 11) + " cơ quan, đơn vị");
      assertThat(String.join("\n", issues).length()).as(units + " units").isLessThan(13 * 420);
      List<String> models = DraftLines.byUnit(quotes, LIMITS, "cơ quan, đơn vị khác có mô hình, cách làm hay");
      assertThat(models).hasSize(13);
      assertThat(models.get(12)).startsWith("Ngoài ra, " + (units - 12) + " cơ quan, đơn vị khác có mô hình");
    }
  }
}
