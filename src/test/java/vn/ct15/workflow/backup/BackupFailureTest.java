package vn.ct15.workflow.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ct15.workflow.AppProcess;
import vn.ct15.workflow.Ct15Application;
import vn.ct15.workflow.Tiers;
import vn.ct15.workflow.notification.Mails;

/**
 * A backup that cannot be written (its folder is taken by a file): the failure is in the health
 * details with its reason, the administrators receive an e-mail at each failed attempt, the backup is
 * tried again after {@code retry-after} as often as {@code retries} says, and the next good backup
 * clears the failure. Nothing half-written is left in the folder.
 */
@Tag(Tiers.SYSTEM)
class BackupFailureTest {

  @TempDir Path dir;
  GreenMail greenMail;
  ConfigurableApplicationContext application;

  @BeforeEach
  void start() throws Exception {
    greenMail = new GreenMail(new ServerSetup(AppProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    Files.writeString(dir.resolve("backups"), "a file where the backup folder should be");
    application = new SpringApplicationBuilder(Ct15Application.class).web(WebApplicationType.NONE).run(
        "--spring.profiles.active=demo", "--camunda.bpm.process-engine-name=backupFailure",
        "--camunda.bpm.job-execution.enabled=false", "--spring.jmx.enabled=false", "--ct15.demo-mailbox.enabled=false",
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + greenMail.getSmtp().getPort(),
        "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/ct15") + ";WRITE_DELAY=0",
        "--ct15.backup.directory=" + dir.resolve("backups"), "--ct15.backup.cron=-",
        "--ct15.backup.retry-after=PT1S", "--ct15.backup.retries=1",
        "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
        "--logging.level.com.icegreen.greenmail=WARN");
  }

  @AfterEach
  void stop() {
    application.close();
    greenMail.stop();
  }

  @Test
  void shouldTellTheAdministratorsRetryAndClearTheFailureWithTheNextGoodBackup() throws Exception {
    BackupSchedule schedule = application.getBean(BackupSchedule.class);
    DatabaseBackup backup = application.getBean(DatabaseBackup.class);
    BackupHealth health = application.getBean(BackupHealth.class);
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);

    schedule.attempt(0);
    Health failed = health.health();
    assertThat(failed.getStatus().getCode()).isEqualTo("BACKUP_FAILED");
    assertThat(failed.getDetails()).containsKey("reason").containsEntry("directory", dir.resolve("backups").toString());

    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> greenMail.getReceivedMessages().length == 2);
    MimeMessage[] mails = greenMail.getReceivedMessages();
    assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("demo@kienan.demo");
    assertThat(mails[0].getSubject()).isEqualTo("[CT15] Sao lưu cơ sở dữ liệu không thành công (lần 1)");
    assertThat(Mails.text(mails[0])).contains("không thực hiện được").contains("Hệ thống sẽ tự thử lại lúc")
        .contains("Chưa có bản sao lưu tốt nào");
    assertThat(mails[1].getSubject()).contains("(lần 2)");
    assertThat(Mails.text(mails[1])).contains("không thử lại nữa cho đến lần sao lưu theo lịch kế tiếp");
    Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
        .until(() -> greenMail.getReceivedMessages().length == 2); // no third attempt with retries = 1

    Files.delete(dir.resolve("backups"));
    schedule.attempt(0);
    Health good = health.health();
    assertThat(good.getStatus()).isEqualTo(Status.UP);
    assertThat(good.getDetails()).containsKey("lastBackup").doesNotContainKey("reason");
    assertThat(backup.backups()).hasSize(1);
    try (var files = Files.list(dir.resolve("backups"))) {
      assertThat(files.map(file -> file.getFileName().toString()).toList()).allMatch(name -> name.startsWith("ct15-"));
    }
  }
}
