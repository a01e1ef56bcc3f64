package vn.ct15.workflow.hardening;

/** The product's Vietnamese error sentences the hardening tests expect, from the security package. */
final class ErrorBodiesAccess {

  static final String NOT_FOUND = "Không tìm thấy nội dung được yêu cầu";

  private ErrorBodiesAccess() {}
}
