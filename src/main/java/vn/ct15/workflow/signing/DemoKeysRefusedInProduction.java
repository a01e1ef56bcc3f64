package vn.ct15.workflow.signing;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.security.InsecureConfigurationException;

/**
 * In the prod profile, refuses to start with the demo signing keys: {@code ct15.signing.demo}, a key
 * whose certificate comes from the demo root, or a keystore with the demo password. A document
 * signed with them would look issued and be worth nothing.
 */
@Component
@Profile("prod")
class DemoKeysRefusedInProduction {

  DemoKeysRefusedInProduction(SigningProperties properties, KeystoreSigning keys) {
    List<String> reasons = new ArrayList<>();
    if (properties.demo()) {
      reasons.add("ct15.signing.demo=true");
    }
    List<SigningProperties.Key> configured = new ArrayList<>(properties.people().values());
    configured.add(properties.agency());
    if (configured.stream().anyMatch(key -> key.configured() && DemoSigningKeys.PASSWORD.equals(key.password()))) {
      reasons.add("một kho khóa có mật khẩu 'demo'");
    }
    if (!reasons.isEmpty() || keys.configuredCertificates().stream().anyMatch(DemoKeysRefusedInProduction::demo)) {
      if (reasons.isEmpty()) {
        reasons.add("chứng thư số cấp bởi gốc DEMO");
      }
      throw new InsecureConfigurationException(
          "Hồ sơ prod không khởi động: khóa ký số DEMO (" + String.join(", ", reasons) + "). "
              + "The prod profile refuses to start with the demo signing keys.",
          "Cấu hình khóa ký số thật của cơ quan và người ký (ct15.signing.agency, ct15.signing.people), "
              + "bỏ ct15.signing.demo, rồi khởi động lại. Configure real keys and start again.");
    }
  }

  private static boolean demo(X509Certificate certificate) {
    return certificate.getSubjectX500Principal().getName().contains(DemoSigningKeys.DEMO_ORGANISATION)
        || certificate.getIssuerX500Principal().getName().contains(DemoSigningKeys.DEMO_ORGANISATION);
  }
}
