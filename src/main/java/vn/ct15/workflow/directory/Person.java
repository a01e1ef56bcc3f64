package vn.ct15.workflow.directory;

import java.util.List;

/**
 * A person of a unit, as listed in the directory. {@code role} is {@code head} or {@code staff}.
 *
 * @param fullName the name written under the person's signature on an issued document (optional; else
 *     first and last name)
 * @param signatureTitles the lines above the signature when this person signs, as Nghị định
 *     30/2020/NĐ-CP writes them ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"); optional
 */
public record Person(String id, String firstName, String lastName, String email, String role, String fullName,
    List<String> signatureTitles) {

  static final String HEAD = "head";

  public Person {
    signatureTitles = signatureTitles == null ? List.of() : List.copyOf(signatureTitles);
  }

  /** The name under the signature. */
  public String displayName() {
    if (fullName != null && !fullName.isBlank()) {
      return fullName.strip();
    }
    return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
  }

  boolean isHead() {
    return HEAD.equalsIgnoreCase(role);
  }
}
