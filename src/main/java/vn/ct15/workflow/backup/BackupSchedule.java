package vn.ct15.workflow.backup;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.ct15.workflow.notification.Mailer;

/**
 * Takes the nightly backup of the embedded database ({@code ct15.backup.cron}); a failed backup is
 * logged as an error, mailed to the administrators (members of {@code camunda-admin} with an e-mail
 * address), shown in the health details and tried again after {@code ct15.backup.retry-after}, up to
 * {@code ct15.backup.retries} times. With PostgreSQL it takes none and says so once at start.
 */
@Configuration
@EnableScheduling
class BackupSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  private final DatabaseBackup backup;
  private final BackupProperties properties;
  private final TaskScheduler scheduler;
  private final Mailer mailer;
  private final IdentityService identityService;
  private final ZoneId zone;

  BackupSchedule(DatabaseBackup backup, BackupProperties properties, TaskScheduler scheduler, Mailer mailer,
      IdentityService identityService, @Value("${ct15.zone}") ZoneId zone) {
    this.backup = backup;
    this.properties = properties;
    this.scheduler = scheduler;
    this.mailer = mailer;
    this.identityService = identityService;
    this.zone = zone;
  }

  @EventListener(ApplicationReadyEvent.class)
  void announce() {
    if (!backup.embedded()) {
      LOG.info("No backups taken by the application: the database is not an embedded H2 file database; "
          + "back it up with its own tools (docs/operations.md)");
    } else if ("-".equals(properties.cron())) {
      LOG.warn("Backups are off (ct15.backup.cron is '-')");
    } else {
      LOG.info("Backups of the embedded database at '{}' ({}) into {}, keeping {}", properties.cron(), zone,
          backup.directory(), properties.keep());
    }
  }

  @Scheduled(cron = "${ct15.backup.cron}", zone = "${ct15.zone}")
  void nightly() {
    if (backup.embedded()) {
      attempt(0);
    }
  }

  /** Takes a backup; on failure tells the administrators and schedules the next try. */
  void attempt(int retry) {
    try {
      backup.take();
    } catch (BackupException failure) {
      boolean again = retry < properties.retries();
      Instant next = Instant.now().plus(properties.retryAfter());
      LOG.error("Backup failed (attempt {} of {}): {}{}", retry + 1, properties.retries() + 1, failure.getMessage(),
          again ? "; trying again at " + next : "");
      tellAdministrators(failure, retry + 1, again ? next : null);
      if (again) {
        scheduler.schedule(() -> attempt(retry + 1), next);
      }
    }
  }

  private void tellAdministrators(BackupException failure, int attempt, Instant next) {
    List<String> addresses = identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list().stream()
        .map(User::getEmail).filter(email -> email != null && !email.isBlank()).distinct().toList();
    if (addresses.isEmpty()) {
      LOG.warn("No administrator has an e-mail address to be told of the failed backup");
      return;
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("recipient", "Quản trị hệ thống");
    model.put("directory", backup.directory().toString());
    model.put("reason", failure.getMessage());
    model.put("attempt", attempt);
    model.put("next", next == null ? null : TIME.format(next.atZone(zone)));
    model.put("lastGood", backup.lastGood().map(good -> good.file().getFileName() + " (" + TIME.format(good.takenAt().atZone(zone)) + ")")
        .orElse(backup.backups().stream().findFirst().map(file -> file.getFileName().toString()).orElse(null)));
    try {
      mailer.send(addresses, "backup-failed", model);
    } catch (RuntimeException mailDown) {
      LOG.warn("The administrators could not be mailed about the failed backup: {}", mailDown.getMessage());
    }
  }
}
