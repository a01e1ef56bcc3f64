package vn.ct15.workflow.directory;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused organisation file as a clear start-up failure: the file, each entry at fault, what to do. */
class DirectoryFileFailureAnalyzer extends AbstractFailureAnalyzer<DirectoryFileException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, DirectoryFileException cause) {
    return new FailureAnalysis(cause.getMessage(), "Sửa tệp tổ chức (ct15.directory) theo các lỗi trên rồi khởi động lại. "
        + "Fix the organisation file as listed above and start again.", cause);
  }
}
