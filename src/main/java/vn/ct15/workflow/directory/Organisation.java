package vn.ct15.workflow.directory;

import java.util.List;

/**
 * The organisation that carries out the plan, as its organisation file (the directory) names it.
 *
 * @param name full Vietnamese name of the issuing authority ("Ủy ban nhân dân quận Kiến An")
 * @param issuerLines the issuer block of its documents, one line each, upper case ("ỦY BAN NHÂN DÂN",
 *     "QUẬN KIẾN AN")
 * @param place the place written before the date of its documents ("Kiến An")
 * @param superior the authority its consolidated reports go to
 */
public record Organisation(String name, List<String> issuerLines, String place, Superior superior) {

  public Organisation {
    issuerLines = issuerLines == null ? List.of() : List.copyOf(issuerLines);
  }

  /**
   * The authority above the organisation, which receives its reports.
   *
   * @param name "Ủy ban nhân dân thành phố Hải Phòng"
   * @param email where the approved reports are sent
   */
  public record Superior(String name, String email) {}
}
