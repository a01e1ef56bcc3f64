package vn.ct15.workflow.backup;

/** A backup that could not be taken, checked or restored; its message says why, for the log and the administrator. */
class BackupException extends RuntimeException {

  private String missingTable;

  BackupException(String message) {
    super(message);
  }

  BackupException(String message, Throwable cause) {
    super(message, cause);
  }

  BackupException missing(String table) {
    this.missingTable = table;
    return this;
  }

  /** The engine table a supposed backup lacks, if that is why it was refused. */
  String missingTable() {
    return missingTable;
  }
}
