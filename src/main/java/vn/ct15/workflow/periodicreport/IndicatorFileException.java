package vn.ct15.workflow.periodicreport;

/** The indicator file (ct15.report.indicators) cannot be read or breaks a rule; the message says where, in Vietnamese. */
class IndicatorFileException extends IllegalStateException {

  IndicatorFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
