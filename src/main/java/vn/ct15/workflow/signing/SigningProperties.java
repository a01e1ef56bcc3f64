package vn.ct15.workflow.signing;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys that sign issued documents ({@code ct15.signing.*}).
 *
 * @param agency the agency's keystore and its seal image
 * @param people each signer's keystore and signature image, by user id
 * @param defaultSigner who signs a document whose approval no person gave (an approval by an API call
 *     without a login); blank: such a document cannot be issued
 * @param demo create a demo certificate chain and images at the first start, in {@code demoDirectory},
 *     for the agency and every head of the leadership (the demo profile; {@code prod} refuses it)
 * @param demoDirectory where the demo keys are kept
 */
@ConfigurationProperties("ct15.signing")
public record SigningProperties(Key agency, Map<String, Key> people, String defaultSigner, boolean demo,
    String demoDirectory) {

  public SigningProperties {
    people = people == null ? Map.of() : Map.copyOf(people);
    agency = agency == null ? new Key(null, null, null) : agency;
  }

  /**
   * One key.
   *
   * @param keystore a PKCS#12 file (Spring resource location, e.g. {@code file:/etc/ct15/agency.p12})
   * @param password the keystore's and its key's password
   * @param image the visible signature: a PNG (signature in blue, or the seal in red), transparent
   */
  public record Key(String keystore, String password, String image) {

    boolean configured() {
      return keystore != null && !keystore.isBlank();
    }
  }
}
