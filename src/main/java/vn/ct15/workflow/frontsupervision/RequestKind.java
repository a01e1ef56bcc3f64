package vn.ct15.workflow.frontsupervision;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a supervising body asks (Mục II.6: Quyết định 217-QĐ/TW on supervision and social criticism,
 * 218-QĐ/TW on contributions to building the Party and the administration). The values are those of
 * the select in the start form.
 */
enum RequestKind {
  SUPERVISION("giam-sat", "giám sát"),
  SOCIAL_CRITICISM("phan-bien-xa-hoi", "phản biện xã hội"),
  CONTRIBUTION("gop-y-xay-dung-chinh-quyen", "góp ý xây dựng chính quyền");

  private final String value;
  private final String label;

  RequestKind(String value, String label) {
    this.value = value;
    this.label = label;
  }

  String value() {
    return value;
  }

  /** The Vietnamese name, lower case, as it reads inside a task name. */
  String label() {
    return label;
  }

  static Optional<RequestKind> of(Object value) {
    return Arrays.stream(values()).filter(kind -> kind.value.equals(String.valueOf(value))).findFirst();
  }
}
