package vn.ct15.workflow.directory;

/** A person of a unit, as listed in the directory's demo data. {@code role} is {@code head} or {@code staff}. */
public record Person(String id, String firstName, String lastName, String email, String role) {

  static final String HEAD = "head";

  boolean isHead() {
    return HEAD.equalsIgnoreCase(role);
  }
}
