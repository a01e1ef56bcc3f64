package vn.ct15.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

  static final FormSchema FORM = FormSchema.parse(new ByteArrayInputStream("""
      {"id": "test", "components": [
        {"type": "text", "text": "Giới thiệu"},
        {"type": "textfield", "key": "tieuDe", "label": "Tiêu đề", "validate": {"required": true, "minLength": 5, "maxLength": 20}},
        {"type": "number", "key": "soNguoi", "label": "Số người tham dự", "validate": {"min": 0, "max": 1000}},
        {"type": "datetime", "subtype": "date", "key": "ngay", "dateLabel": "Ngày thực hiện", "validate": {"required": true}},
        {"type": "select", "key": "hinhThuc", "label": "Hình thức", "values": [{"label": "Hội nghị", "value": "hoi-nghi"}]},
        {"type": "textfield", "key": "soHieu", "label": "Số hiệu", "validate": {"pattern": "^[0-9]+/[A-Z-]+$"}},
        {"type": "textarea", "key": "chiXem", "label": "Chỉ xem", "readonly": true, "validate": {"required": true}},
        {"type": "group", "components": [{"type": "textarea", "key": "longNhau", "label": "Lồng nhau", "validate": {"required": true}}]}
      ]}""".getBytes(StandardCharsets.UTF_8)));

  static Map<String, Object> valid() {
    Map<String, Object> values = new HashMap<>();
    values.put("tieuDe", "Hội nghị quán triệt");
    values.put("soNguoi", 120L);
    values.put("ngay", "2026-03-15");
    values.put("hinhThuc", "hoi-nghi");
    values.put("soHieu", "77/KH-UBND");
    values.put("longNhau", "có");
    return values;
  }

  @Test
  void shouldAcceptValidValuesAndIgnoreReadOnlyFields() {
    assertThat(FormValidator.validate(FORM, valid()::get)).isEmpty();
  }

  @Test
  void shouldNameEveryFieldAtFaultInVietnamese() {
    Map<String, Object> values = valid();
    values.put("tieuDe", "Ngắn");
    values.put("soNguoi", -3);
    values.put("ngay", "31/02/2026");
    values.put("hinhThuc", "khac");
    values.put("soHieu", "bảy mươi bảy");
    values.remove("longNhau");

    assertThat(FormValidator.validate(FORM, values::get)).containsExactly(
        "Trường «Tiêu đề» phải có ít nhất 5 ký tự",
        "Trường «Số người tham dự» phải lớn hơn hoặc bằng 0",
        "Trường «Ngày thực hiện» không phải là ngày hợp lệ: 31/02/2026",
        "Trường «Hình thức» phải là một trong các giá trị: hoi-nghi",
        "Trường «Số hiệu» không đúng định dạng",
        "Trường «Lồng nhau» là bắt buộc");
  }

  @Test
  void shouldTreatAnEmptyListAsMissing() {
    Map<String, Object> values = valid();
    values.put("longNhau", org.camunda.spin.Spin.JSON("[]"));
    assertThat(FormValidator.validate(FORM, values::get)).containsExactly("Trường «Lồng nhau» là bắt buộc");
    values.put("longNhau", java.util.List.of());
    assertThat(FormValidator.validate(FORM, values::get)).containsExactly("Trường «Lồng nhau» là bắt buộc");
  }

  @Test
  void shouldRefuseAnImpossibleDateAndBlankRequiredText() {
    Map<String, Object> values = valid();
    values.put("ngay", "2026-02-31");
    values.put("tieuDe", "   ");
    assertThat(FormValidator.validate(FORM, values::get))
        .containsExactly("Trường «Tiêu đề» là bắt buộc", "Trường «Ngày thực hiện» không phải là ngày hợp lệ: 2026-02-31");
  }
}
