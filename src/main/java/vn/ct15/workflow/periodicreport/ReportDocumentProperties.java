package vn.ct15.workflow.periodicreport;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The wording of the consolidated report's Word document that belongs to the organisation rather
 * than to the decree (Nghị định 30/2020/NĐ-CP): the number line, the summary under the title, the
 * recipients and the signature. The issuer, the place and the superior come from the directory.
 *
 * @param issuerLines the issuing authority, upper case, one entry per line; empty: the directory's
 *     organisation name in upper case, broken after "ỦY BAN NHÂN DÂN"
 * @param numberLine the number and symbol line, left for the clerk to number ("Số: ……/BC-UBND")
 * @param subtitle the summary under "BÁO CÁO"; {@code {period}} stands for the period in words
 * @param recipients the "Nơi nhận" lines, each without its leading dash
 * @param signature the signature titles, one line each
 * @param signer the signer's name; blank leaves a dotted line to sign over
 * @param font the font of the whole document
 * @param fontSize the size of the text, in points (the decree: 13 or 14)
 */
@ConfigurationProperties("ct15.periodic-report.document")
record ReportDocumentProperties(
    @DefaultValue({}) List<String> issuerLines,
    @DefaultValue("Số: ……/BC-UBND") String numberLine,
    @DefaultValue("Kết quả thực hiện Chỉ thị số 15-CT/TU ngày 21/11/2022 của Ban Thường vụ Thành ủy {period}") String subtitle,
    @DefaultValue({"UBND thành phố (để báo cáo);", "TT Quận ủy, TT HĐND quận;", "Lưu: VT, PNV."}) List<String> recipients,
    @DefaultValue({"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"}) List<String> signature,
    @DefaultValue("") String signer,
    @DefaultValue("Times New Roman") String font,
    @DefaultValue("14") int fontSize) {

  static final String PERIOD = "{period}";

  String subtitle(String periodLabel) {
    return subtitle.replace(PERIOD, periodLabel);
  }
}
