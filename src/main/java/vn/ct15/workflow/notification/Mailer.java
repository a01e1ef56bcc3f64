package vn.ct15.workflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Sends Vietnamese e-mails rendered from the templates in {@code templates/mail/}: for a message
 * {@code name}, {@code name.subject.txt}, {@code name.html} and {@code name.txt} (the plain-text part).
 * The model always holds {@code tasklistUrl} and the {@link CommonNames}.
 */
@Component
public class Mailer {

  private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
  private static final String UTF_8 = StandardCharsets.UTF_8.name();
  /** The system property by which Jakarta Mail is told its stream provider (see the static initializer). */
  static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
  private static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

  static {
    // Jakarta Mail 2.x looks its stream provider up with a ServiceLoader, searching every jar of the
    // class path, each time it encodes or decodes a header or writes a part (jakartaee/mail-api#861):
    // a third of a reminder's CPU time for a Vietnamese subject. Named here (Angus Mail, Spring Boot's
    // implementation), the lookup is a class already loaded. A provider named otherwise is kept.
    if (System.getProperty(STREAM_PROVIDER) == null && ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, Mailer.class.getClassLoader())) {
      System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
    }
  }

  private final JavaMailSender sender;
  private final SpringTemplateEngine templates;
  private final MailProperties properties;
  private final CommonNames names;
  /** The sender, parsed once rather than for every message. */
  private final InternetAddress from;

  Mailer(JavaMailSender sender, SpringTemplateEngine templates, MailProperties properties, CommonNames names) {
    this.names = names;
    this.sender = sender;
    this.templates = templates;
    this.properties = properties;
    this.from = address(properties.from());
  }

  public String tasklistUrl() {
    return properties.tasklistUrl();
  }

  /** A file sent with a message. */
  public record Attachment(String fileName, String mimeType, byte[] content) {}

  /** One person's message: their address, the template and the model it is rendered with. */
  record Letter(String address, String template, Map<String, Object> model) {}

  /** Renders and sends one message to every address given; throws when the mail server refuses it. */
  public void send(Collection<String> recipients, String template, Map<String, Object> model) {
    send(recipients, template, model, List.of());
  }

  /** As {@link #send(Collection, String, Map)}, with the given files attached. */
  public void send(Collection<String> recipients, String template, Map<String, Object> model, List<Attachment> attachments) {
    if (recipients.isEmpty()) {
      return;
    }
    sender.send(compose(recipients, template, model, attachments));
  }

  /**
   * Renders one message per letter and sends them all over one connection to the mail server.
   * Returns the letters not sent: none when every one went out, all of them when the server could not
   * be reached, and each one that could not be composed (a bad address or template), so that the
   * caller can leave them to a retry of their own.
   */
  List<Letter> sendEach(List<Letter> letters) {
    List<Letter> unsent = new ArrayList<>();
    List<Letter> composed = new ArrayList<>(letters.size());
    List<MimeMessage> messages = new ArrayList<>(letters.size());
    for (Letter letter : letters) {
      try {
        messages.add(compose(List.of(letter.address()), letter.template(), letter.model(), List.of()));
        composed.add(letter);
      } catch (RuntimeException malformed) {
        LOG.warn("Mail '{}' to {} not composed: {}", letter.template(), letter.address(), malformed.getMessage());
        unsent.add(letter);
      }
    }
    if (messages.isEmpty()) {
      return unsent;
    }
    try {
      sender.send(messages.toArray(MimeMessage[]::new));
    } catch (MailSendException partly) {
      // the failed messages are keyed by the message itself; none listed means every one went out and
      // only closing the connection failed
      Map<Object, Exception> failed = partly.getFailedMessages();
      for (int i = 0; i < messages.size(); i++) {
        if (failed.containsKey(messages.get(i))) {
          unsent.add(composed.get(i));
        }
      }
      Throwable reason = failed.isEmpty() ? partly : failed.values().iterator().next();
      LOG.warn("{} of {} messages not taken by the mail server: {}", failed.size(), messages.size(),
          NestedExceptionUtils.getMostSpecificCause(reason).getMessage());
    } catch (MailException refused) {
      LOG.warn("{} messages not sent: {}", messages.size(), NestedExceptionUtils.getMostSpecificCause(refused).getMessage());
      unsent.addAll(composed);
    }
    return unsent;
  }

  private MimeMessage compose(Collection<String> recipients, String template, Map<String, Object> model,
      List<Attachment> attachments) {
    Map<String, Object> variables = new HashMap<>(names.names());
    variables.putAll(model);
    variables.put("tasklistUrl", properties.tasklistUrl());
    Context context = new Context(VIETNAMESE, variables);
    String subject = templates.process("mail/" + template + ".subject.txt", context).strip();
    String text = templates.process("mail/" + template + ".txt", context);
    String html = templates.process("mail/" + template, context);
    try {
      MimeMessage message = sender.createMimeMessage();
      if (!attachments.isEmpty()) {
        MimeMessageHelper helper = new MimeMessageHelper(message, true, UTF_8);
        helper.setFrom(from);
        helper.setTo(recipients.stream().map(Mailer::address).toArray(InternetAddress[]::new));
        helper.setSubject(subject);
        helper.setText(text, html);
        for (Attachment attachment : attachments) {
          helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.mimeType());
        }
        return message;
      }
      // no attachment: the text and HTML parts as alternatives, without the mixed and related
      // containers MimeMessageHelper nests them in, which only cost time to build and encode
      message.setFrom(from);
      message.setRecipients(MimeMessage.RecipientType.TO, recipients.stream().map(Mailer::address).toArray(InternetAddress[]::new));
      message.setSubject(subject, UTF_8);
      MimeBodyPart plain = new MimeBodyPart();
      plain.setText(text, UTF_8, "plain");
      MimeBodyPart rich = new MimeBodyPart();
      rich.setText(html, UTF_8, "html");
      message.setContent(new MimeMultipart("alternative", plain, rich));
      return message;
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot compose mail '" + template + "'", e);
    }
  }

  /** An address such as {@code Tên <ten@example>}, its personal name encoded in UTF-8. */
  private static InternetAddress address(String text) {
    try {
      InternetAddress[] parsed = InternetAddress.parse(text);
      if (parsed.length != 1) {
        throw new AddressException("Not one address", text);
      }
      InternetAddress address = parsed[0];
      return address.getPersonal() == null ? address : new InternetAddress(address.getAddress(), address.getPersonal(), UTF_8);
    } catch (AddressException | UnsupportedEncodingException e) {
      throw new IllegalArgumentException("Invalid e-mail address '" + text + "'", e);
    }
  }
}
