package vn.ct15.workflow.notification;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.beans.factory.annotation.Value;

/** The demo mailbox's page: every e-mail the product sent, newest first, in Vietnamese. */
@Controller
@ConditionalOnProperty(name = "ct15.demo-mailbox.enabled", havingValue = "true")
class DemoMailboxController {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

  private final DemoMailbox mailbox;
  private final ZoneId zone;

  DemoMailboxController(DemoMailbox mailbox, @Value("${ct15.zone}") ZoneId zone) {
    this.mailbox = mailbox;
    this.zone = zone;
  }

  record Letter(String sent, String to, String subject, String text) {}

  @GetMapping("/ct15/demo/mailbox")
  String mailbox(Model model) {
    List<Letter> letters = mailbox.messages().stream().map(this::letter).toList();
    model.addAttribute("running", mailbox.running());
    model.addAttribute("letters", letters);
    return "demo-mailbox";
  }

  private Letter letter(MimeMessage message) {
    try {
      String to = Arrays.stream(message.getAllRecipients()).map(Address::toString).collect(Collectors.joining(", "));
      String sent = message.getSentDate() == null ? "" : WHEN.format(message.getSentDate().toInstant().atZone(zone));
      String text = Mails.text(message);
      return new Letter(sent, to, message.getSubject(), text == null ? "" : text);
    } catch (Exception e) {
      return new Letter("", "", "(không đọc được thư)", e.getMessage());
    }
  }
}
