package vn.ct15.workflow.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Online backups of the embedded H2 database: {@code BACKUP TO} writes a consistent copy into a ZIP
 * file while officials and the job executor go on working (H2 reads it from a snapshot and locks
 * nothing); the copy is then opened read-only and must hold the engine's tables before it counts;
 * the oldest backups beyond {@code ct15.backup.keep} are deleted.
 */
@Component
public class DatabaseBackup {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackup.class);
  static final String PREFIX = "ct15-";
  static final String SUFFIX = ".zip";
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  /**
   * The tables a backup must hold, counted when it is checked: the schema, the models, the running
   * cycles with their tasks, variables, files and jobs, the history the yearly rating is computed
   * from, and the people.
   */
  static final List<String> TABLES = List.of("ACT_GE_PROPERTY", "ACT_RE_DEPLOYMENT", "ACT_RE_PROCDEF",
      "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_JOB", "ACT_GE_BYTEARRAY",
      "ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_ID_USER", "ACT_ID_GROUP");

  private final JdbcTemplate jdbc;
  private final DataSourceProperties dataSource;
  private final BackupProperties properties;
  private final ZoneId zone;
  private final Optional<EmbeddedDatabase> database;
  private final Object oneAtATime = new Object();
  private volatile Backup lastGood;
  private volatile Failure lastFailure;

  DatabaseBackup(DataSource dataSourceBean, DataSourceProperties dataSource, BackupProperties properties,
      @Value("${ct15.zone}") ZoneId zone) {
    this.jdbc = new JdbcTemplate(dataSourceBean);
    this.dataSource = dataSource;
    this.properties = properties;
    this.zone = zone;
    this.database = EmbeddedDatabase.of(dataSource.getUrl());
  }

  /** A good backup: its file, when it was taken, how long it took, its size and what it holds. */
  public record Backup(Path file, Instant takenAt, Duration took, long bytes, Map<String, Long> rows) {}

  /** A backup that could not be made or did not check out. */
  public record Failure(Instant at, String reason) {}

  /** Whether this node's database is an H2 file database, which the product backs up itself. */
  public boolean embedded() {
    return database.isPresent();
  }

  public Path directory() {
    return properties.directory().toAbsolutePath().normalize();
  }

  public Optional<Backup> lastGood() {
    return Optional.ofNullable(lastGood);
  }

  public Optional<Failure> lastFailure() {
    return Optional.ofNullable(lastFailure);
  }

  /** Takes, checks and keeps a backup, then deletes the oldest beyond the number kept. */
  public Backup take() {
    EmbeddedDatabase h2 = database.orElseThrow(() -> new BackupException(
        "the database " + dataSource.getUrl() + " is not an H2 file database; back it up with its own tools"));
    synchronized (oneAtATime) {
      Instant start = Instant.now();
      try {
        Files.createDirectories(directory());
        Path file = freeName(start);
        Path partial = file.resolveSibling("incomplete-" + file.getFileName());
        Files.deleteIfExists(partial);
        jdbc.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
        Map<String, Long> rows = check(h2, partial);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        Backup backup = new Backup(file, start, Duration.between(start, Instant.now()), Files.size(file), rows);
        lastGood = backup;
        lastFailure = null;
        LOG.info("Backup {} taken in {} ms ({} bytes): {}", file, backup.took().toMillis(), backup.bytes(), rows);
        prune();
        return backup;
      } catch (IOException | RuntimeException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        lastFailure = new Failure(start, reason);
        throw e instanceof BackupException backupException ? backupException : new BackupException(reason, e);
      }
    }
  }

  /** The backups in the folder, newest first. */
  public List<Path> backups() {
    if (!Files.isDirectory(directory())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory())) {
      return files.filter(DatabaseBackup::isBackup).sorted(Comparator.comparing(DatabaseBackup::order).reversed()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a backup read-only and counts the rows of {@link #TABLES}; throws when it cannot be opened,
   * misses a table or holds no deployed model.
   */
  Map<String, Long> check(EmbeddedDatabase h2, Path zip) {
    return check(h2.urlInside(zip), dataSource.getUsername(), dataSource.getPassword());
  }

  static Map<String, Long> check(String url, String user, String password) {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection connection = DriverManager.getConnection(url, user, password == null ? "" : password);
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
          count.next();
          rows.put(table, count.getLong(1));
        } catch (SQLException missing) {
          throw new BackupException("the backup has no table " + table + ": " + missing.getMessage(), missing).missing(table);
        }
      }
    } catch (SQLException e) {
      throw new BackupException("the backup cannot be read: " + e.getMessage(), e);
    }
    if (rows.get("ACT_RE_DEPLOYMENT") == 0 || rows.get("ACT_GE_PROPERTY") == 0) {
      throw new BackupException("the backup holds no deployed process model");
    }
    return rows;
  }

  private Path freeName(Instant now) {
    String stamp = NAME.format(now.atZone(zone));
    Path file = directory().resolve(PREFIX + stamp + SUFFIX);
    for (int n = 2; Files.exists(file); n++) {
      file = directory().resolve(PREFIX + stamp + "-" + n + SUFFIX);
    }
    return file;
  }

  private void prune() throws IOException {
    List<Path> kept = backups();
    List<Path> older = new ArrayList<>(kept.subList(Math.min(kept.size(), Math.max(properties.keep(), 1)), kept.size()));
    for (Path old : older) {
      Files.deleteIfExists(old);
      LOG.info("Backup {} deleted: {} newer backups are kept", old, properties.keep());
    }
  }

  /** A backup's place in time: its stamp, then the number added to a second one taken within the same second. */
  static String order(Path file) {
    String name = file.getFileName().toString();
    String stem = name.substring(PREFIX.length(), name.length() - SUFFIX.length());
    int second = stem.indexOf('-', stem.indexOf('-') + 1);
    String number = second < 0 ? "1" : stem.substring(second + 1);
    String stamp = second < 0 ? stem : stem.substring(0, second);
    return stamp + "-" + "0".repeat(Math.max(0, 6 - number.length())) + number;
  }

  static boolean isBackup(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
  }
}
