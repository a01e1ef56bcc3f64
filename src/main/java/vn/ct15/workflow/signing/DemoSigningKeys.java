package vn.ct15.workflow.signing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.UnitKind;
import vn.ct15.workflow.signing.SigningProperties.Key;

/**
 * The demo profile's signing keys (never for real documents; {@code prod} refuses them): at the first
 * start, a demo root certificate "CT15 DEMO", a key for the agency with a red seal and a key for every
 * head of the leadership with a blue signature, each a PKCS#12 file with the password
 * {@value #PASSWORD} in {@code ct15.signing.demo-directory}. Kept across restarts, so documents signed
 * earlier keep validating against the same root ({@code demo-ca.pem}).
 */
@Component
@ConditionalOnProperty(name = "ct15.signing.demo", havingValue = "true")
public class DemoSigningKeys {

  private static final Logger LOG = LoggerFactory.getLogger(DemoSigningKeys.class);

  static final String AGENCY = "agency";
  static final String PASSWORD = "demo";
  /** The organisation name in every demo certificate: what {@code prod} recognises and refuses. */
  static final String DEMO_ORGANISATION = "ct15-workflow DEMO";
  static final String CA = "demo-ca";
  private static final Date NOT_BEFORE = date(LocalDate.of(2020, 1, 1));
  private static final Date NOT_AFTER = date(LocalDate.of(2099, 12, 31));

  DemoSigningKeys(SigningProperties properties, OrganisationDirectory directory) {
    Path folder = Path.of(properties.demoDirectory()).toAbsolutePath().normalize();
    Map<String, String> signers = new LinkedHashMap<>();
    directory.unitsOfKinds(Set.of(UnitKind.LEADERSHIP)).forEach(unit -> unit.people().stream()
        .filter(person -> "head".equalsIgnoreCase(person.role()))
        .forEach(person -> signers.put(person.id(), person.displayName())));
    boolean created = create(folder, directory.organisation().name(), signers, NOT_BEFORE, NOT_AFTER);
    LOG.warn("Chữ ký số DEMO (không dùng cho văn bản thật; hồ sơ prod từ chối): {} khóa cơ quan và người ký {} trong {}; "
        + "chứng thư gốc để kiểm tra chữ ký: {}", created ? "đã tạo" : "dùng", signers.keySet(), folder.toAbsolutePath(),
        folder.resolve(CA + ".pem").toAbsolutePath());
  }

  /** Where the demo key of {@code id} (a user id, or {@value #AGENCY}) is kept. */
  static Key key(Path folder, String id) {
    String image = AGENCY.equals(id) ? id + "-seal.png" : id + "-signature.png";
    return new Key("file:" + folder.resolve(id + ".p12").toAbsolutePath(), PASSWORD,
        "file:" + folder.resolve(image).toAbsolutePath());
  }

  /**
   * Creates what is missing: the root, the agency's key and seal, each signer's key and signature
   * (also how the tests make keys of their own, e.g. an expired one).
   *
   * @param signers user id to the name in their certificate
   * @return whether anything was created
   */
  public static synchronized boolean create(Path folder, String agencyName, Map<String, String> signers, Date notBefore, Date notAfter) {
    try {
      Files.createDirectories(folder);
      Path caFile = folder.resolve(CA + ".p12");
      boolean created = false;
      if (!Files.exists(caFile)) {
        KeyPair pair = keyPair();
        X500Name name = name("CT15 DEMO Root CA");
        X509Certificate certificate = certificate(name, pair, name, pair, true, notBefore, notAfter);
        store(caFile, pair, List.of(certificate));
        Files.writeString(folder.resolve(CA + ".pem"), pem(certificate), StandardCharsets.US_ASCII);
        created = true;
      }
      KeystoreSigning.Keystores.Entry ca = KeystoreSigning.Keystores.read(
          new FileSystemResource(caFile), PASSWORD);
      if (!Files.exists(folder.resolve(AGENCY + ".p12"))) {
        issue(folder, AGENCY, agencyName, ca, notBefore, notAfter);
        Files.write(folder.resolve(AGENCY + "-seal.png"), seal(agencyName));
        created = true;
      }
      for (Map.Entry<String, String> signer : signers.entrySet()) {
        if (!Files.exists(folder.resolve(signer.getKey() + ".p12"))) {
          issue(folder, signer.getKey(), signer.getValue(), ca, notBefore, notAfter);
          Files.write(folder.resolve(signer.getKey() + "-signature.png"), signature(signer.getValue()));
          created = true;
        }
      }
      return created;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the demo signing keys in " + folder, e);
    }
  }

  private static void issue(Path folder, String id, String commonName, KeystoreSigning.Keystores.Entry ca, Date notBefore,
      Date notAfter) throws IOException {
    KeyPair pair = keyPair();
    X509Certificate caCertificate = ca.chain().get(0);
    X509Certificate certificate = certificate(name(commonName), pair,
        X500Name.getInstance(caCertificate.getSubjectX500Principal().getEncoded()),
        new KeyPair(caCertificate.getPublicKey(), ca.key()), false, notBefore, notAfter);
    store(folder.resolve(id + ".p12"), pair, List.of(certificate, caCertificate));
  }

  private static X500Name name(String commonName) {
    return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).addRDN(BCStyle.O, DEMO_ORGANISATION)
        .addRDN(BCStyle.C, "VN").build();
  }

  private static KeyPair keyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048, new SecureRandom());
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is not available", e);
    }
  }

  private static X509Certificate certificate(X500Name subject, KeyPair subjectKeys, X500Name issuer, KeyPair issuerKeys,
      boolean authority, Date notBefore, Date notAfter) {
    try {
      X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, new SecureRandom()),
          notBefore, notAfter, subject, subjectKeys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
      builder.addExtension(Extension.keyUsage, true, authority ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
          : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      return new JcaX509CertificateConverter().getCertificate(
          builder.build(new JcaContentSignerBuilder(CmsSignature.ALGORITHM).build(issuerKeys.getPrivate())));
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("Cannot create a demo certificate for " + subject, e);
    }
  }

  private static void store(Path file, KeyPair pair, List<X509Certificate> chain) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("key", pair.getPrivate(), PASSWORD.toCharArray(), chain.toArray(new Certificate[0]));
      store.store(out, PASSWORD.toCharArray());
    } catch (GeneralSecurityException e) {
      throw new IOException("Cannot write " + file, e);
    }
  }

  private static String pem(X509Certificate certificate) {
    try {
      return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
          .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- the images

  /** A red round seal: two rings, the agency's name around, a star in the middle (transparent PNG, 4 cm at 300 dpi). */
  static byte[] seal(String agencyName) {
    int size = 472;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = canvas(image);
    Color red = new Color(0xD0, 0x10, 0x10, 230);
    g.setColor(red);
    g.setStroke(new BasicStroke(10));
    g.drawOval(8, 8, size - 16, size - 16);
    g.setStroke(new BasicStroke(4));
    g.drawOval(92, 92, size - 184, size - 184);
    g.fill(star(size / 2.0, size / 2.0, 70, 28));
    String text = agencyName.toUpperCase(Locale.forLanguageTag("vi")) + " ★ DEMO ★ ";
    g.setFont(font("LiberationSerif-Bold.ttf", 34f));
    double radius = size / 2.0 - 56;
    double step = 2 * Math.PI / text.length();
    for (int i = 0; i < text.length(); i++) {
      double angle = -Math.PI / 2 + i * step;
      AffineTransform saved = g.getTransform();
      g.translate(size / 2.0 + radius * Math.cos(angle), size / 2.0 + radius * Math.sin(angle));
      g.rotate(angle + Math.PI / 2);
      String letter = String.valueOf(text.charAt(i));
      g.drawString(letter, -g.getFontMetrics().stringWidth(letter) / 2f, 0);
      g.setTransform(saved);
    }
    g.dispose();
    return png(image);
  }

  /** A blue hand-written signature: the name in italics over a flourish (transparent PNG). */
  static byte[] signature(String name) {
    BufferedImage image = new BufferedImage(600, 260, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = canvas(image);
    g.setColor(new Color(0x10, 0x30, 0xB0));
    g.setFont(font("LiberationSerif-Italic.ttf", 64f));
    String shown = name.length() > 16 ? name.substring(name.lastIndexOf(' ') + 1) : name;
    g.drawString(shown, 40, 140);
    g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new CubicCurve2D.Double(30, 190, 200, 120, 360, 250, 570, 150));
    g.dispose();
    return png(image);
  }

  private static Graphics2D canvas(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    return g;
  }

  private static Path2D star(double cx, double cy, double outer, double inner) {
    Path2D star = new Path2D.Double();
    for (int i = 0; i < 10; i++) {
      double r = i % 2 == 0 ? outer : inner;
      double angle = -Math.PI / 2 + i * Math.PI / 5;
      if (i == 0) {
        star.moveTo(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
      } else {
        star.lineTo(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
      }
    }
    star.closePath();
    return star;
  }

  private static Font font(String file, float size) {
    try (InputStream in = DemoSigningKeys.class.getResourceAsStream("/fonts/" + file)) {
      return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("Cannot read the font " + file, e);
    }
  }

  private static byte[] png(BufferedImage image) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
  }
}
