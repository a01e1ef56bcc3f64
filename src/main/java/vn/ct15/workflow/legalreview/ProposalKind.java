package vn.ct15.workflow.legalreview;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a unit proposes to do with a legal normative document (Mục II.2: "đề xuất sửa đổi, bổ sung,
 * thay thế, bãi bỏ hoặc ban hành mới"). The values are those of the select in the contribution form.
 */
enum ProposalKind {
  AMEND("amend", "Sửa đổi"),
  SUPPLEMENT("supplement", "Bổ sung"),
  REPLACE("replace", "Thay thế"),
  REPEAL("repeal", "Bãi bỏ"),
  ISSUE_NEW("issue-new", "Ban hành mới");

  private final String value;
  private final String label;

  ProposalKind(String value, String label) {
    this.value = value;
    this.label = label;
  }

  String value() {
    return value;
  }

  String label() {
    return label;
  }

  static Optional<ProposalKind> of(Object value) {
    return Arrays.stream(values()).filter(kind -> kind.value.equals(String.valueOf(value))).findFirst();
  }
}
