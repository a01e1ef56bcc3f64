package vn.ct15.workflow.directory;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organisation that carries out the plan, as its organisation file (the directory) names it.
 *
 * @param name full Vietnamese name of the issuing authority ("Ủy ban nhân dân quận Kiến An")
 * @param issuerLines the issuer block of its documents, one line each, upper case ("ỦY BAN NHÂN DÂN",
 *     "QUẬN KIẾN AN")
 * @param place the place written before the date of its documents ("Kiến An")
 * @param superior the authority its consolidated reports go to
 * @param kinds how the texts name a unit of each kind that gets work, one and all ("phường", "các
 *     phường"; "xã, phường, đặc khu", "các xã, phường, đặc khu")
 */
public record Organisation(String name, List<String> issuerLines, String place, Superior superior,
    Map<UnitKind, KindNames> kinds) {

  /** The kinds of unit that get work, which the organisation file must name. */
  public static final Set<UnitKind> NAMED_KINDS =
      Collections.unmodifiableSet(EnumSet.of(UnitKind.OFFICE, UnitKind.WARD, UnitKind.ARMED_FORCE, UnitKind.PUBLIC_SERVICE));

  public Organisation {
    issuerLines = issuerLines == null ? List.of() : List.copyOf(issuerLines);
    kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
  }

  /** The names of a kind; empty names for a kind the file does not name. */
  public KindNames kind(UnitKind kind) {
    return kinds.getOrDefault(kind, new KindNames(null, null));
  }

  /**
   * How texts name a unit of a kind.
   *
   * @param one a unit of the kind, in lower case as in a sentence ("phường")
   * @param all all of them ("các phường")
   */
  public record KindNames(String one, String all) {}

  /**
   * The authority above the organisation, which receives its reports.
   *
   * @param name "Ủy ban nhân dân thành phố Hải Phòng"
   * @param email where the approved reports are sent
   */
  public record Superior(String name, String email) {}
}
