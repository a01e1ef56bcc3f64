package vn.ct15.workflow.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.signing.SigningProperties.Key;

/**
 * The keys of {@code ct15.signing.*}, read from PKCS#12 keystores each time a document is signed (a
 * renewed keystore takes effect without a restart). With {@code ct15.signing.demo} a key not
 * configured is taken from the demo keys ({@link DemoSigningKeys}).
 */
@Component
class KeystoreSigning implements SigningService {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final SigningProperties properties;
  private final ResourceLoader resources;
  private final ZoneId zone;

  KeystoreSigning(SigningProperties properties, ResourceLoader resources,
      @Value("${ct15.zone}") String zone) {
    this.properties = properties;
    this.resources = resources;
    this.zone = ZoneId.of(zone);
  }

  @Override
  public SigningIdentity person(String userId, Date when) {
    Key key = properties.people().get(userId);
    if ((key == null || !key.configured()) && properties.demo()) {
      key = DemoSigningKeys.key(demoDirectory(), userId);
    }
    if (key == null || !key.configured()) {
      throw new SigningUnavailable("Chưa cấu hình khóa ký số của người ký «" + userId + "» (ct15.signing.people."
          + userId + "): văn bản chưa được ký và phát hành. Cấu hình khóa rồi thử lại trong Cockpit.");
    }
    return load(key, "người ký «" + userId + "»", when);
  }

  @Override
  public SigningIdentity agency(Date when) {
    Key key = properties.agency();
    if (!key.configured() && properties.demo()) {
      key = DemoSigningKeys.key(demoDirectory(), DemoSigningKeys.AGENCY);
    }
    if (!key.configured()) {
      throw new SigningUnavailable("Chưa cấu hình khóa ký số của cơ quan (ct15.signing.agency): văn bản chưa được ký "
          + "và phát hành. Cấu hình khóa rồi thử lại trong Cockpit.");
    }
    return load(key, "cơ quan", when);
  }

  private Path demoDirectory() {
    return Path.of(properties.demoDirectory()).toAbsolutePath().normalize();
  }

  /** Every configured key's certificate, for the production check. */
  List<X509Certificate> configuredCertificates() {
    List<Key> keys = new ArrayList<>(properties.people().values());
    keys.add(properties.agency());
    List<X509Certificate> certificates = new ArrayList<>();
    for (Key key : keys) {
      if (key.configured()) {
        certificates.addAll(Keystores.read(resources.getResource(key.keystore()), key.password()).chain());
      }
    }
    return certificates;
  }

  private SigningIdentity load(Key key, String whose, Date when) {
    Keystores.Entry entry;
    byte[] image;
    try {
      entry = Keystores.read(resources.getResource(key.keystore()), key.password());
      image = read(resources.getResource(key.image()));
    } catch (RuntimeException | IOException e) {
      throw new SigningUnavailable("Không đọc được khóa ký số của " + whose + " (" + key.keystore() + "): "
          + "văn bản chưa được ký và phát hành. Kiểm tra tệp khóa, mật khẩu và hình ảnh chữ ký rồi thử lại trong Cockpit.", e);
    }
    X509Certificate certificate = entry.chain().get(0);
    try {
      certificate.checkValidity(when);
    } catch (CertificateExpiredException e) {
      throw new SigningUnavailable("Chứng thư số của " + whose + " đã hết hạn ngày "
          + DAY.format(certificate.getNotAfter().toInstant().atZone(zone)) + ": văn bản chưa được ký và phát hành. "
          + "Gia hạn chứng thư số rồi thử lại trong Cockpit.", e);
    } catch (CertificateNotYetValidException e) {
      throw new SigningUnavailable("Chứng thư số của " + whose + " chỉ có hiệu lực từ ngày "
          + DAY.format(certificate.getNotBefore().toInstant().atZone(zone)) + ": văn bản chưa được ký và phát hành.", e);
    }
    return new Identity(commonName(certificate), entry.key(), entry.chain(), image);
  }

  private static byte[] read(Resource resource) throws IOException {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    }
  }

  static String commonName(X509Certificate certificate) {
    try {
      for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
        if ("CN".equalsIgnoreCase(rdn.getType())) {
          return String.valueOf(rdn.getValue());
        }
      }
    } catch (javax.naming.InvalidNameException ignored) {
      // the whole name below
    }
    return certificate.getSubjectX500Principal().getName();
  }

  private record Identity(String name, PrivateKey key, List<X509Certificate> chain, byte[] image) implements SigningIdentity {

    @Override
    public byte[] sign(InputStream content) throws IOException {
      return CmsSignature.sign(key, chain, content);
    }
  }

  /** Reading PKCS#12 keystores: the first key entry and its chain. */
  static final class Keystores {

    record Entry(PrivateKey key, List<X509Certificate> chain) {}

    private Keystores() {}

    static Entry read(Resource resource, String password) {
      char[] secret = password == null ? new char[0] : password.toCharArray();
      try (InputStream in = resource.getInputStream()) {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(in, secret);
        for (String alias : Collections.list(store.aliases())) {
          if (store.isKeyEntry(alias)) {
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : store.getCertificateChain(alias)) {
              chain.add((X509Certificate) certificate);
            }
            return new Entry((PrivateKey) store.getKey(alias, secret), List.copyOf(chain));
          }
        }
        throw new IllegalStateException("No key in " + resource.getDescription());
      } catch (IOException | GeneralSecurityException e) {
        throw new IllegalStateException("Cannot read the keystore " + resource.getDescription(), e);
      }
    }
  }
}
