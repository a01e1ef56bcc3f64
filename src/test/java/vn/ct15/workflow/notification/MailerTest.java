package vn.ct15.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** {@link Mailer#sendEach}: which letters it reports as not sent, with a mail server that refuses some. */
class MailerTest {

  /** A mail server stand-in: takes every message but those to a refused address, or none at all. */
  static final class Server extends JavaMailSenderImpl {
    final List<MimeMessage> taken = new ArrayList<>();
    final Set<String> refused;
    final RuntimeException down;
    final boolean unreachable;

    Server(Set<String> refused, RuntimeException down) {
      this(refused, down, false);
    }

    Server(Set<String> refused, RuntimeException down, boolean unreachable) {
      this.refused = refused;
      this.down = down;
      this.unreachable = unreachable;
    }

    @Override
    protected void doSend(MimeMessage[] messages, Object[] originals) {
      if (down != null) {
        throw down;
      }
      Map<Object, Exception> failed = new LinkedHashMap<>();
      if (unreachable) {
        // as JavaMailSenderImpl: every message from the one it could not connect for on failed
        for (MimeMessage message : messages) {
          failed.put(message, new IllegalStateException("Connection refused"));
        }
        throw new MailSendException("Mail server connection failed", new IllegalStateException("Connection refused"), failed);
      }
      for (MimeMessage message : messages) {
        try {
          String to = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
          if (refused.contains(to)) {
            failed.put(message, new IllegalStateException("550 refused " + to));
          } else {
            message.saveChanges(); // as the real sender does before writing it out
            taken.add(message);
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      if (!failed.isEmpty()) {
        throw new MailSendException(failed);
      }
    }
  }

  static Mailer mailer(Server server) {
    ClassLoaderTemplateResolver html = new ClassLoaderTemplateResolver();
    html.setPrefix("templates/");
    html.setSuffix(".html");
    html.setTemplateMode(TemplateMode.HTML);
    html.setCharacterEncoding("UTF-8");
    html.setOrder(1);
    SpringTemplateEngine templates = new SpringTemplateEngine();
    templates.addTemplateResolver(new MailTemplateConfig().textTemplateResolver());
    templates.addTemplateResolver(html);
    return new Mailer(server, templates, new MailProperties("ct15-workflow <ct15@kienan.demo>", "http://tasklist"),
        () -> Map.of("plan", "Kế hoạch 77/KH-UBND", "coordinator", "Phòng Nội vụ"));
  }

  static Mailer.Letter letter(String address, String name) {
    return new Mailer.Letter(address, "task-reminder", Map.of("recipient", name, "unit", "Phường Bắc Sơn",
        "offset", "7 ngày", "duty", "Lập kế hoạch", "process", "Kế hoạch phường", "due", "31/03/2072 23:59",
        "description", "", "taskId", "t1"));
  }

  final Mailer.Letter an = letter("an@kienan.demo", "Nguyễn Văn An");
  final Mailer.Letter binh = letter("binh@kienan.demo", "Trần Thị Bình");
  final Mailer.Letter chi = letter("chi@kienan.demo", "Lê Chi");

  @Test
  void shouldSendEachPersonTheirOwnLetter() throws Exception {
    Server server = new Server(Set.of(), null);
    assertThat(mailer(server).sendEach(List.of(an, binh))).isEmpty();
    assertThat(server.taken).hasSize(2);
    assertThat(Mails.text(server.taken.get(0))).startsWith("Kính gửi Nguyễn Văn An,");
    assertThat(Mails.html(server.taken.get(1))).contains("Kính gửi <span>Trần Thị Bình</span>,");
    assertThat(server.taken.get(1).getSubject()).isEqualTo("[CT15] Nhắc việc: còn 7 ngày đến hạn — Lập kế hoạch");
    assertThat(server.taken.get(1).getFrom()[0].toString()).contains("ct15@kienan.demo");
  }

  @Test
  void shouldReportOnlyTheLettersTheServerRefused() {
    Server server = new Server(Set.of("binh@kienan.demo"), null);
    assertThat(mailer(server).sendEach(List.of(an, binh, chi))).containsExactly(binh);
    assertThat(server.taken).hasSize(2);
  }

  @Test
  void shouldReportEveryLetterWhenTheServerCannotBeReachedOrRefusesTheLogin() {
    Mailer.Letter[] all = {an, binh, chi};
    assertThat(mailer(new Server(Set.of(), null, true)).sendEach(List.of(all))).containsExactly(all);
    assertThat(mailer(new Server(Set.of(), new MailAuthenticationException("535 no"))).sendEach(List.of(all))).containsExactly(all);
  }

  @Test
  void shouldReportNoLetterWhenOnlyClosingTheConnectionFailed() {
    assertThat(mailer(new Server(Set.of(), new MailSendException("Failed to close server connection after message sending",
        new IllegalStateException("421 closing")))).sendEach(List.of(an, binh))).isEmpty();
  }

  @Test
  void shouldReportALetterThatCannotBeComposedAndSendTheOthers() {
    Server server = new Server(Set.of(), null);
    Mailer.Letter broken = letter("not an address <", "Ai đó");
    assertThat(mailer(server).sendEach(List.of(an, broken, chi))).containsExactly(broken);
    assertThat(server.taken).hasSize(2);
  }

  @Test
  void shouldNameJakartaMailsStreamProviderSoThatEncodingAHeaderSearchesNoJar() throws Exception {
    Server server = new Server(Set.of(), null);
    mailer(server).sendEach(List.of(an));
    assertThat(System.getProperty(Mailer.STREAM_PROVIDER)).isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
    // the named provider is the one Jakarta Mail uses: the Vietnamese subject still encodes and decodes
    assertThat(server.taken.get(0).getHeader("Subject")[0]).startsWith("=?UTF-8?");
    assertThat(server.taken.get(0).getSubject()).startsWith("[CT15] Nhắc việc");
  }
}
