package vn.ct15.workflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Sends Vietnamese e-mails rendered from the templates in {@code templates/mail/}: for a message
 * {@code name}, {@code name.subject.txt}, {@code name.html} and {@code name.txt} (the plain-text part).
 * The model always holds {@code tasklistUrl}.
 */
@Component
public class Mailer {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private final JavaMailSender sender;
  private final SpringTemplateEngine templates;
  private final MailProperties properties;

  Mailer(JavaMailSender sender, SpringTemplateEngine templates, MailProperties properties) {
    this.sender = sender;
    this.templates = templates;
    this.properties = properties;
  }

  public String tasklistUrl() {
    return properties.tasklistUrl();
  }

  /** A file sent with a message. */
  public record Attachment(String fileName, String mimeType, byte[] content) {}

  /** Renders and sends one message to every address given; throws when the mail server refuses it. */
  public void send(Collection<String> recipients, String template, Map<String, Object> model) {
    send(recipients, template, model, List.of());
  }

  /** As {@link #send(Collection, String, Map)}, with the given files attached. */
  public void send(Collection<String> recipients, String template, Map<String, Object> model, List<Attachment> attachments) {
    if (recipients.isEmpty()) {
      return;
    }
    Map<String, Object> variables = new HashMap<>(model);
    variables.put("tasklistUrl", properties.tasklistUrl());
    Context context = new Context(VIETNAMESE, variables);
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      helper.setTo(recipients.toArray(String[]::new));
      helper.setSubject(templates.process("mail/" + template + ".subject.txt", context).strip());
      helper.setText(templates.process("mail/" + template + ".txt", context), templates.process("mail/" + template, context));
      for (Attachment attachment : attachments) {
        helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.mimeType());
      }
      sender.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot compose mail '" + template + "'", e);
    }
  }
}
