package vn.ct15.workflow.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.stereotype.Component;

/**
 * For a demo without a mail server: an embedded SMTP server (GreenMail) on the configured mail
 * host's port, keeping every message the product sends so {@code /ct15/demo/mailbox} can show
 * them. Enabled by {@code ct15.demo-mailbox.enabled} (the demo profile), never in production.
 */
@Component
@ConditionalOnProperty(name = "ct15.demo-mailbox.enabled", havingValue = "true")
class DemoMailbox implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(DemoMailbox.class);

  private final GreenMail server;

  DemoMailbox(MailProperties mail) {
    int port = mail.getPort() == null ? 2525 : mail.getPort();
    GreenMail candidate = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    try {
      candidate.start();
      LOG.info("Demo mailbox listening on 127.0.0.1:{}; read it at /ct15/demo/mailbox", port);
    } catch (RuntimeException portTaken) {
      LOG.warn("Demo mailbox not started (port {} in use?): {}", port, portTaken.getMessage());
      candidate = null;
    }
    this.server = candidate;
  }

  boolean running() {
    return server != null;
  }

  /** Every message received, newest first. */
  List<MimeMessage> messages() {
    if (server == null) {
      return List.of();
    }
    return Arrays.stream(server.getReceivedMessages())
        .sorted(Comparator.comparing(DemoMailbox::sent).reversed()).toList();
  }

  private static java.util.Date sent(MimeMessage message) {
    try {
      return message.getSentDate() == null ? new java.util.Date(0) : message.getSentDate();
    } catch (Exception e) {
      return new java.util.Date(0);
    }
  }

  @Override
  public void destroy() {
    if (server != null) {
      server.stop();
    }
  }
}
