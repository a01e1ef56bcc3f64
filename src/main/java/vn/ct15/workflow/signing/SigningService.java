package vn.ct15.workflow.signing;

import java.util.Date;

/**
 * Where issuance gets its keys: the person who signs as the authority and the agency whose seal goes
 * beside it (Nghị định 30/2020/NĐ-CP, Phụ lục I). The product's implementation reads PKCS#12
 * keystores ({@link KeystoreSigning}, {@code ct15.signing.*}); a remote signing service replaces it
 * by a Spring bean of this type marked {@code @Primary} (README "Issuance").
 *
 * <p>Both methods throw {@link SigningUnavailable} (an incident, not retried) when the key is missing,
 * cannot be read, or its certificate is not valid at {@code when}.
 */
public interface SigningService {

  /** The key of the person with this user id. */
  SigningIdentity person(String userId, Date when);

  /** The agency's key (its seal). */
  SigningIdentity agency(Date when);
}
