package vn.ct15.workflow.dissemination;

import java.util.Arrays;

/**
 * The forms in which a unit disseminates the directive ("Bằng hình thức phù hợp", Mục II.1.a):
 * the options of the report form's select, by the code it stores. The form
 * {@code ct15-dissemination-report} lists the same codes and labels.
 */
enum Channel {
  CONFERENCE("hoi-nghi-quan-triet", "Hội nghị quán triệt, triển khai"),
  REGULAR_MEETING("long-ghep-sinh-hoat", "Lồng ghép trong sinh hoạt, hội nghị định kỳ của cơ quan, đơn vị"),
  DOCUMENTS("phat-hanh-tai-lieu", "Phát hành tài liệu, đề cương, tờ gấp tuyên truyền"),
  MASS_MEDIA("thong-tin-dai-chung", "Trên phương tiện thông tin đại chúng, hệ thống truyền thanh"),
  ONLINE("cong-thong-tin-mang-xa-hoi", "Trên cổng, trang thông tin điện tử, mạng xã hội"),
  OTHER("hinh-thuc-khac", "Hình thức khác");

  private final String code;
  private final String label;

  Channel(String code, String label) {
    this.code = code;
    this.label = label;
  }

  String code() {
    return code;
  }

  String label() {
    return label;
  }

  /** The label of a stored code; an unknown code is shown as it is. */
  static String labelOf(Object code) {
    return Arrays.stream(values()).filter(channel -> channel.code.equals(String.valueOf(code))).findFirst()
        .map(Channel::label).orElse(String.valueOf(code));
  }
}
