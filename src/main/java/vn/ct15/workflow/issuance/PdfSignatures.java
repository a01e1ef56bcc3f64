package vn.ct15.workflow.issuance;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import vn.ct15.workflow.issuance.OfficialDocumentPdf.SignaturePlaces;
import vn.ct15.workflow.signing.SigningIdentity;

/**
 * Signs a PDF as Nghị định 30/2020/NĐ-CP (Phụ lục I) asks of an electronic administrative document:
 * first the signer (their signature image, blue, centred between the titles and the name), then the
 * agency (its red seal over the left third of the signer's signature, and under it the agency's name
 * and the signing time, ISO 8601 in the organisation's time zone, Times New Roman 10, blue). Each is
 * a PAdES signature (ETSI.CAdES.detached, an incremental update), made by PDFBox with the CMS from
 * the {@link SigningIdentity}.
 */
final class PdfSignatures {

  private static final Color BLUE = new Color(0, 0, 255);
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  private static final int SIGNATURE_SIZE = 32 * 1024;

  private PdfSignatures() {}

  /**
   * @param time the signing time, in the organisation's time zone
   */
  static byte[] sign(byte[] pdf, SignaturePlaces places, SigningIdentity signer, SigningIdentity agency, String agencyName,
      String location, ZonedDateTime time) {
    try {
      byte[] signed = sign(pdf, places.page(), places.signer(), signer, location, "Người có thẩm quyền ký", time,
          (stream, template, box) -> image(stream, template, signer.image(), 0, 0, box.getWidth(), box.getHeight()));
      return sign(signed, places.page(), places.agency(), agency, location, "Cơ quan ban hành ký số", time,
          (stream, template, box) -> {
            float seal = OfficialDocumentPdf.SEAL;
            image(stream, template, agency.image(), 0, box.getHeight() - seal, seal, seal);
            PDFont font = font(template);
            stream.setNonStrokingColor(BLUE);
            float line = OfficialDocumentPdf.AGENCY_TEXT * 1.2f;
            for (String text : List.of(agencyName, ISO.format(time.withNano(0)))) {
              stream.beginText();
              stream.setFont(font, OfficialDocumentPdf.AGENCY_TEXT);
              stream.newLineAtOffset(2, box.getHeight() - seal - line);
              stream.showText(text);
              stream.endText();
              line += OfficialDocumentPdf.AGENCY_TEXT * 1.2f;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot sign the document", e);
    }
  }

  /** Draws a signature's appearance in the box's own coordinates. */
  private interface Appearance {
    void draw(PDPageContentStream stream, PDDocument template, PDRectangle box) throws IOException;
  }

  private static byte[] sign(byte[] pdf, int page, PDRectangle box, SigningIdentity identity, String location, String reason,
      ZonedDateTime time, Appearance appearance) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream();
        SignatureOptions options = new SignatureOptions()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName(identity.name());
      signature.setLocation(location);
      signature.setReason(reason);
      signature.setSignDate(GregorianCalendar.from(time));
      options.setVisualSignature(template(document.getPage(page).getMediaBox(), box, appearance));
      options.setPage(page);
      options.setPreferredSignatureSize(SIGNATURE_SIZE);
      document.addSignature(signature, identity::sign, options);
      document.saveIncremental(out);
      return out.toByteArray();
    }
  }

  /** A one-page document holding the signature field's widget and its appearance, as PDFBox takes a visible signature. */
  private static InputStream template(PDRectangle mediaBox, PDRectangle box, Appearance appearance) throws IOException {
    try (PDDocument template = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(mediaBox);
      template.addPage(page);
      PDAcroForm form = new PDAcroForm(template);
      template.getDocumentCatalog().setAcroForm(form);
      PDSignatureField field = new PDSignatureField(form);
      PDAnnotationWidget widget = field.getWidgets().get(0);
      form.setSignaturesExist(true);
      form.setAppendOnly(true);
      form.getCOSObject().setDirect(true);
      form.getFields().add(field);
      widget.setRectangle(box);

      PDFormXObject xobject = new PDFormXObject(new PDStream(template));
      xobject.setResources(new PDResources());
      xobject.setFormType(1);
      xobject.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
      PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
      dictionary.getCOSObject().setDirect(true);
      PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
      dictionary.setNormalAppearance(stream);
      widget.setAppearance(dictionary);
      try (PDPageContentStream content = new PDPageContentStream(template, stream)) {
        appearance.draw(content, template, box);
      }
      template.save(out);
      return new ByteArrayInputStream(out.toByteArray());
    }
  }

  /** The image scaled to fit the area, keeping its proportions, centred in it. */
  private static void image(PDPageContentStream stream, PDDocument template, byte[] png, float x, float y, float width,
      float height) throws IOException {
    PDImageXObject image = PDImageXObject.createFromByteArray(template, png, "image.png");
    float scale = Math.min(width / image.getWidth(), height / image.getHeight());
    float w = image.getWidth() * scale;
    float h = image.getHeight() * scale;
    stream.drawImage(image, x + (width - w) / 2, y + (height - h) / 2, w, h);
  }

  private static PDFont font(PDDocument template) throws IOException {
    try (InputStream in = PdfSignatures.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
      return PDType0Font.load(template, in, true);
    }
  }
}
