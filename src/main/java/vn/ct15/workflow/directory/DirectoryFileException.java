package vn.ct15.workflow.directory;

/** The organisation file cannot be used: what is wrong, naming the file and each entry at fault. */
public class DirectoryFileException extends IllegalStateException {

  public DirectoryFileException(String message) {
    super(message);
  }

  public DirectoryFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
