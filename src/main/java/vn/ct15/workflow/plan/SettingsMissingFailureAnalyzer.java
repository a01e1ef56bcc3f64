package vn.ct15.workflow.plan;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints missing settings as a clear start-up failure: which, in which file, what to do. */
class SettingsMissingFailureAnalyzer extends AbstractFailureAnalyzer<SettingsMissingException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SettingsMissingException cause) {
    return new FailureAnalysis(cause.getMessage(), "Ghi các thiết lập này vào tệp kế hoạch (theo mẫu plan/kien-an-77.yaml) "
        + "rồi khởi động lại. Write these settings into the plan file and start again.", cause);
  }
}
