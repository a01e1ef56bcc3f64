package vn.ct15.workflow.issuance;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.Person;
import vn.ct15.workflow.signing.SigningIdentity;
import vn.ct15.workflow.signing.SigningProperties;
import vn.ct15.workflow.signing.SigningService;
import vn.ct15.workflow.signing.SigningUnavailable;

/**
 * Issues a document that leaves the organisation, once its last approval is given: takes its number
 * from the {@link OutgoingRegister}, dates it (the place and the day of issuance in the organisation's
 * time zone), names the signer (who approved, with their titles from the directory), lays it out as
 * PDF and signs it twice, the signer's and the agency's PAdES signatures. Runs in the engine's
 * transaction: a document that cannot be signed is neither numbered nor registered, and its job
 * becomes an incident ({@link SigningUnavailable}).
 */
@Component
public class Issuance {

  private final OutgoingRegister register;
  private final SigningService signing;
  private final SigningProperties signingProperties;
  private final OrganisationDirectory directory;
  private final Deadlines deadlines;

  Issuance(OutgoingRegister register, SigningService signing, SigningProperties signingProperties,
      OrganisationDirectory directory, Deadlines deadlines) {
    this.register = register;
    this.signing = signing;
    this.signingProperties = signingProperties;
    this.directory = directory;
    this.deadlines = deadlines;
  }

  /**
   * What to issue.
   *
   * @param documentKey unique per document ({@code <process key>:<cycle>}); a document is issued once
   * @param symbol the symbol after the number ("BC-UBND")
   * @param title the kind and summary, for the register
   * @param approverId who gave the last approval (the signer), or null when no person did
   * @param fileName the signed PDF's file name, {@code %d} standing for the number ("bao-cao-2027-H1-so-%d.pdf")
   */
  public record Request(String documentKey, String symbol, String title, String approverId, String processInstanceId,
      String fileName) {}

  /**
   * The facts of issuance the document shows.
   *
   * @param numberLine "Số: 12/BC-UBND"
   * @param placeAndDate "Kiến An, ngày 15 tháng 6 năm 2027"
   */
  public record Facts(int number, String symbol, LocalDate date, String numberLine, String placeAndDate,
      List<String> signatureTitles, String signerName) {}

  /** The issued document: its register entry, the signed PDF, and the facts it was written with. */
  public record Issued(RegisterEntry entry, byte[] pdf, Facts facts) {}

  /**
   * Issues the document that {@code content} writes with the facts of issuance.
   *
   * @param defaultTitles the signature titles when the signer's are not in the directory
   */
  public Issued issue(Request request, List<String> defaultTitles, Function<Facts, OfficialDocument> content) {
    Optional<RegisterEntry> done = register.find(request.documentKey());
    if (done.isPresent()) {
      throw new IllegalStateException("Văn bản " + request.documentKey() + " đã được phát hành (số "
          + done.get().numberAndSymbol() + "); không phát hành lần hai.");
    }
    String signerId = signerId(request.approverId());
    Date now = ClockUtil.getCurrentTime();
    SigningIdentity signer = signing.person(signerId, now);
    SigningIdentity agency = signing.agency(now);

    Optional<Person> person = directory.person(signerId);
    List<String> titles = person.map(Person::signatureTitles).filter(list -> !list.isEmpty()).orElse(defaultTitles);
    String signerName = person.map(Person::displayName).orElse(signer.name());
    String issuer = directory.organisation().name();
    LocalDate date = deadlines.today();
    int number = register.next(issuer, date.getYear());
    Facts facts = new Facts(number, request.symbol(), date, "Số: " + number + "/" + request.symbol(),
        placeAndDate(directory.organisation().place(), date), titles, signerName);

    OfficialDocumentPdf.Rendered rendered = OfficialDocumentPdf.render(content.apply(facts), request.title());
    ZonedDateTime signedAt = now.toInstant().atZone(deadlines.zone());
    byte[] pdf = PdfSignatures.sign(rendered.pdf(), rendered.places(), signer, agency, issuer,
        directory.organisation().place(), signedAt);
    RegisterEntry entry = new RegisterEntry(issuer, date.getYear(), number, request.symbol(), date,
        signedAt.toOffsetDateTime(), request.title(), signerId, signerName, String.join(" / ", titles),
        request.documentKey(), request.processInstanceId(), String.format(request.fileName(), number));
    register.register(entry);
    return new Issued(entry, pdf, facts);
  }

  private String signerId(String approverId) {
    if (approverId != null && !approverId.isBlank()) {
      return approverId;
    }
    String fallback = signingProperties.defaultSigner();
    if (fallback == null || fallback.isBlank()) {
      throw new SigningUnavailable("Không xác định được người ký: lần phê duyệt cuối không do một người đăng nhập thực hiện "
          + "và chưa cấu hình người ký mặc định (ct15.signing.default-signer).");
    }
    return fallback;
  }

  /**
   * "Kiến An, ngày 05 tháng 02 năm 2027": the decree writes days below 10 and the months January and
   * February with a leading zero.
   */
  public static String placeAndDate(String place, LocalDate date) {
    String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
    String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
    return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
  }
}
