package vn.ct15.workflow.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reads the decoded text and HTML parts of a received e-mail (the demo mailbox, tests). */
public final class Mails {

  private Mails() {}

  /** The plain-text part. */
  public static String text(MimeMessage message) {
    return part(message, "text/plain");
  }

  /** The HTML part. */
  public static String html(MimeMessage message) {
    return part(message, "text/html");
  }

  private static String part(Part part, String type) {
    try {
      if (part.isMimeType(type)) {
        return String.valueOf(part.getContent());
      }
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart child = multipart.getBodyPart(i);
          String found = part(child, type);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read mail part " + type, e);
    }
  }
}
