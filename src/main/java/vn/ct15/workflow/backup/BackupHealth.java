package vn.ct15.workflow.backup;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The backups in {@code /actuator/health} (details for administrators only): UP with the last good
 * backup, or {@code BACKUP_FAILED} with the reason while the last attempt failed. That status is
 * not one the aggregate weighs, so a failed backup never takes the node out of a load balancer.
 */
@Component("backup")
class BackupHealth implements HealthIndicator {

  static final Status FAILED = new Status("BACKUP_FAILED", "Sao lưu gần nhất không thành công");

  private final DatabaseBackup backup;

  BackupHealth(DatabaseBackup backup) {
    this.backup = backup;
  }

  @Override
  public Health health() {
    if (!backup.embedded()) {
      return Health.up().withDetail("backup", "Cơ sở dữ liệu không phải tệp H2 của máy này: sao lưu bằng công cụ của cơ sở dữ liệu (PostgreSQL: pg_dump)").build();
    }
    Health.Builder health = backup.lastFailure().isPresent() ? Health.status(FAILED) : Health.up();
    health.withDetail("directory", backup.directory().toString());
    backup.lastFailure().ifPresent(failure -> health.withDetail("failedAt", failure.at().toString())
        .withDetail("reason", failure.reason()));
    backup.lastGood().ifPresentOrElse(good -> health.withDetail("lastBackup", good.file().getFileName().toString())
        .withDetail("takenAt", good.takenAt().toString()).withDetail("bytes", good.bytes()),
        () -> health.withDetail("backupsInFolder", backup.backups().size()));
    return health.build();
  }
}
