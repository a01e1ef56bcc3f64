package vn.ct15.workflow.signing;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** A CAdES detached signature as PAdES baseline B asks (Bouncy Castle's CMS generator). */
final class CmsSignature {

  static final String ALGORITHM = "SHA256withRSA";

  private CmsSignature() {}

  static byte[] sign(PrivateKey key, List<X509Certificate> chain, InputStream content) throws IOException {
    X509Certificate certificate = chain.get(0);
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
          .setSignedAttributeGenerator(new PadesAttributes(signingCertificate(certificate)))
          .build(new JcaContentSignerBuilder(ALGORITHM).build(key), certificate));
      generator.addCertificates(new JcaCertStore(chain));
      return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
    } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
      throw new IOException("Cannot sign with " + certificate.getSubjectX500Principal(), e);
    }
  }

  /** ESS signing-certificate-v2: which certificate signed, bound into the signature. */
  private static Attribute signingCertificate(X509Certificate certificate)
      throws CertificateEncodingException, GeneralSecurityException {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
    IssuerSerial issuer = new IssuerSerial(new GeneralNames(new GeneralName(
        X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))), certificate.getSerialNumber());
    ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuer);
    return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
  }

  /** The signed attributes: content type, message digest, signing certificate; the time is the PDF's, not the CMS's. */
  private static final class PadesAttributes extends DefaultSignedAttributeTableGenerator {

    PadesAttributes(Attribute signingCertificate) {
      super(new AttributeTable(vector(signingCertificate)));
    }

    private static ASN1EncodableVector vector(Attribute attribute) {
      ASN1EncodableVector vector = new ASN1EncodableVector();
      vector.add(attribute);
      return vector;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public AttributeTable getAttributes(Map parameters) {
      return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }
  }
}
