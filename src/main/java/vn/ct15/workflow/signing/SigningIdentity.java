package vn.ct15.workflow.signing;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A key that signs issued documents: a person's (the signer's) or the agency's (its seal). The
 * product asks it for a CMS (CAdES) detached signature over the bytes a PDF signature covers, so the
 * private key may live anywhere: a PKCS#12 keystore ({@link KeystoreSigning}), a token, or a remote
 * signing service.
 */
public interface SigningIdentity {

  /** The signer as the signature names it (the certificate's common name). */
  String name();

  /** The certificate and its issuers, the signer's first. */
  List<X509Certificate> chain();

  /** The visible image of the signature: the signature (blue) or the seal (red), PNG with a transparent background. */
  byte[] image();

  /**
   * The CMS signed data, detached, over {@code content}: SHA-256, the ESS signing-certificate-v2
   * attribute and no signing-time attribute, as PAdES (ETSI EN 319 142) asks.
   */
  byte[] sign(InputStream content) throws IOException;
}
