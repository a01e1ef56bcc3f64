package vn.ct15.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.ui.ExtendedModelMap;

/** The demo profile's embedded mailbox keeps what the product sends and shows it on its page. */
class DemoMailboxTest {

  @Test
  void shouldKeepEverySentMailAndShowItNewestFirst() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    MailProperties properties = new MailProperties();
    properties.setPort(port);
    DemoMailbox mailbox = new DemoMailbox(properties);
    try {
      JavaMailSenderImpl sender = new JavaMailSenderImpl();
      sender.setHost("127.0.0.1");
      sender.setPort(port);
      sender.setDefaultEncoding("UTF-8");
      java.time.Instant sent = java.time.Instant.parse("2026-03-02T01:00:00Z");
      for (String subject : List.of("Nhắc việc thứ nhất", "Cảnh báo quá hạn")) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("ct15@kienan.demo");
        message.setTo("phuong-bac-son.cb@kienan.demo");
        message.setSubject(subject);
        message.setText("Nội dung: " + subject);
        // the second one sent a minute later, so the order is defined without waiting
        message.setSentDate(java.util.Date.from(sent));
        sent = sent.plusSeconds(60);
        sender.send(message);
      }

      ExtendedModelMap model = new ExtendedModelMap();
      String view = new DemoMailboxController(mailbox, java.time.ZoneId.of("Asia/Ho_Chi_Minh")).mailbox(model);

      assertThat(view).isEqualTo("demo-mailbox");
      assertThat(model.get("running")).isEqualTo(true);
      @SuppressWarnings("unchecked")
      List<DemoMailboxController.Letter> letters = (List<DemoMailboxController.Letter>) model.get("letters");
      assertThat(letters).extracting(DemoMailboxController.Letter::subject).containsExactly("Cảnh báo quá hạn", "Nhắc việc thứ nhất");
      assertThat(letters.get(0).to()).isEqualTo("phuong-bac-son.cb@kienan.demo");
      assertThat(letters.get(0).text()).contains("Nội dung: Cảnh báo quá hạn");
    } finally {
      mailbox.destroy();
    }
  }
}
