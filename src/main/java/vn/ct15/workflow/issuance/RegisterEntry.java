package vn.ct15.workflow.issuance;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One document in the outgoing register ("sổ đăng ký văn bản đi").
 *
 * @param issuer the issuing organisation (its numbering is its own)
 * @param year the calendar year of issuance; numbers restart at 1 each year
 * @param number the document's number, consecutive per issuer and year
 * @param symbol its symbol ("BC-UBND")
 * @param issuedOn the date of issuance, in the organisation's time zone
 * @param signedAt when it was signed
 * @param title its kind and summary
 * @param signerId the user id of who signed (who gave the last approval)
 * @param signer the signer's name
 * @param signerTitle the signer's title as signed ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
 * @param documentKey what was issued, unique: a document is registered once ({@code <process key>:<cycle>})
 * @param processInstanceId the process instance that issued it
 * @param fileName the signed PDF's file name
 */
public record RegisterEntry(String issuer, int year, int number, String symbol, LocalDate issuedOn, OffsetDateTime signedAt,
    String title, String signerId, String signer, String signerTitle, String documentKey, String processInstanceId,
    String fileName) {

  /** "12/BC-UBND". */
  public String numberAndSymbol() {
    return number + "/" + symbol;
  }
}
