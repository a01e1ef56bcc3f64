package vn.ct15.workflow.periodicreport;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused indicator file as a clear start-up failure: the file, each entry at fault, what to do. */
class IndicatorFileFailureAnalyzer extends AbstractFailureAnalyzer<IndicatorFileException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, IndicatorFileException cause) {
    return new FailureAnalysis(cause.getMessage(), "Sửa tệp chỉ tiêu (ct15.report.indicators) theo các lỗi trên rồi khởi động lại. "
        + "Fix the indicator file as listed above and start again.", cause);
  }
}
