package vn.ct15.workflow.periodicreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The indicator file: the shipped default loads; a faulty one is refused naming the file and each entry. */
class IndicatorsTest {

  static Indicators load(String yaml) {
    return new Indicators(new Indicators.Settings(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "chi-tieu.yaml")));
  }

  @Test
  void shouldLoadTheShippedDefault() {
    Indicators indicators = new Indicators(new Indicators.Settings(new ClassPathResource("indicators/dan-chu-co-so.yaml")));
    assertThat(indicators.parts().keySet()).as("in the file's order").containsExactly("danBiet", "danBan", "danLam", "danKiemTra", "danGiamSat", "danThuHuong",
        "khieuNai", "khac");
    assertThat(indicators.enteredKeys()).contains("noiDungCongKhai", "donTiepNhan", "donDaGiaiQuyet")
        .doesNotContain("tyLeGiaiQuyet", "donViCoMoHinh");
    assertThat(indicators.all()).hasSizeGreaterThan(indicators.entered().size());
  }

  @Test
  void shouldNameEveryFaultByTheFileAndTheEntry() {
    String faulty = """
        parts:
          danBiet: "Dân biết"
        indicators:
          - {key: congKhai, label: "Nội dung công khai", unit: "nội dung", part: danBiet}
          - {key: congKhai, label: "Trùng", unit: "nội dung", part: danBiet}
          - {key: hoiNghi, label: "Hội nghị", unit: "cuộc", part: danBan}
          - {key: daGiaiQuyet, label: "Đã giải quyết", unit: "đơn", part: danBiet, atMost: tiepNhan}
          - {key: tyLe, label: "Tỷ lệ", unit: "%", part: danBiet, ratio: {numerator: congKhai}}
          - {key: danBiet, label: "", unit: "", part: danBiet}
        """;
    assertThatThrownBy(() -> load(faulty))
        .isInstanceOf(IndicatorFileException.class)
        .hasMessageStartingWith("Tệp chỉ tiêu Byte array resource [chi-tieu.yaml] không hợp lệ (7 lỗi):")
        .hasMessageContaining("- indicators[1] (congKhai).key: mã chỉ tiêu «congKhai» bị trùng")
        .hasMessageContaining("- indicators[2] (hoiNghi).part: phần «danBan» không có trong parts (có: danBiet)")
        .hasMessageContaining("- indicators[3] (daGiaiQuyet).atMost: chỉ tiêu «tiepNhan» không có trong tệp")
        .hasMessageContaining("- indicators[4] (tyLe).ratio: cần numerator và denominator")
        .hasMessageContaining("- indicators[5] (danBiet).key: mã chỉ tiêu «danBiet» trùng tên một trường của báo cáo")
        .hasMessageContaining("- indicators[5] (danBiet).label: thiếu tên chỉ tiêu")
        .hasMessageContaining("- indicators[5] (danBiet).unit: thiếu đơn vị tính");
  }

  @Test
  void shouldNameTheLineOfAnUnknownFieldOrBrokenYaml() {
    assertThatThrownBy(() -> load("parts:\n  danBiet: \"Dân biết\"\nindicators:\n  - {key: a1, label: x, unit: y, part: danBiet, rule: z}\n"))
        .isInstanceOf(IndicatorFileException.class)
        .hasMessageStartingWith("Tệp chỉ tiêu Byte array resource [chi-tieu.yaml] không hợp lệ: dòng 4: ")
        .hasMessageContaining("\"rule\"");
    assertThatThrownBy(() -> load("parts:\n  danBiet: \"Dân biết\nindicators: []\n"))
        .isInstanceOf(IndicatorFileException.class)
        .hasMessageContaining("không hợp lệ: dòng ").hasMessageContaining("sai cú pháp YAML");
  }
}
