package vn.ct15.workflow.periodicreport;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The wording of the consolidated report's Word document that belongs to the organisation rather
 * than to the decree (Nghị định 30/2020/NĐ-CP): the number line, the summary under the title, the
 * recipients and the signature. The issuer block, the place and the superior come from the directory.
 *
 * @param symbol the symbol after the number ("BC-UBND"); the number comes from the outgoing register when the
 *     report is issued, and the drafts read "Số: ……/BC-UBND"
 * @param subtitle the summary under "BÁO CÁO"; {@code {period}} stands for the period in words
 * @param recipients the "Nơi nhận" lines, each without its leading dash
 * @param signature the signature titles, one line each, of the drafts and of a signer whom the directory gives none
 * @param signer the signer's name on the drafts; blank leaves a dotted line to sign over
 * @param font the font of the whole document
 * @param fontSize the size of the text, in points (the decree: 13 or 14)
 */
@ConfigurationProperties("ct15.periodic-report.document")
record ReportDocumentProperties(
    String symbol,
    String subtitle,
    List<String> recipients,
    List<String> signature,
    String signer,
    String font,
    int fontSize) {

  static final String PERIOD = "{period}";

  /** The number line of a draft, for the register to fill in at issuance. */
  String draftNumberLine() {
    return "Số: " + ReportDocument.DOTS + "/" + symbol;
  }

  String subtitle(String periodLabel) {
    return subtitle.replace(PERIOD, periodLabel);
  }
}
