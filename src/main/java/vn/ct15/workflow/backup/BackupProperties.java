package vn.ct15.workflow.backup;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Backups of the embedded H2 database (a PostgreSQL database is backed up with its own tools).
 *
 * @param cron when to take a backup (Spring cron, in {@code ct15.zone}); {@code "-"} takes none
 * @param directory the folder the backups are written to, one ZIP file each
 * @param keep how many backups are kept; older ones are deleted after a good backup
 * @param retryAfter how long after a failed backup it is tried again
 * @param retries how many times a failed backup is tried again before the next scheduled one
 */
@ConfigurationProperties("ct15.backup")
record BackupProperties(String cron, Path directory, int keep, Duration retryAfter, int retries) {}
