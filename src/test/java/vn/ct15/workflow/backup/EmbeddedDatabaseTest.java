package vn.ct15.workflow.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which databases the product backs up itself, how a backup is checked, and the order of the backups. */
class EmbeddedDatabaseTest {

  @Test
  void shouldBackUpOnlyAnH2FileDatabaseAndCheckWhatItOpens() {
    assertThat(EmbeddedDatabase.of("jdbc:postgresql://localhost:5432/ct15")).isEmpty();
    assertThat(EmbeddedDatabase.of("jdbc:h2:mem:ct15-test;DB_CLOSE_DELAY=-1")).isEmpty();
    assertThat(EmbeddedDatabase.of("jdbc:h2:tcp://db/ct15")).isEmpty();
    assertThat(EmbeddedDatabase.of("jdbc:h2:file:./data/ct15;WRITE_DELAY=0")).get()
        .extracting(EmbeddedDatabase::name).isEqualTo("ct15");
    assertThat(EmbeddedDatabase.of("jdbc:h2:./data/ct15")).get().extracting(database -> database.folder().endsWith("data"))
        .isEqualTo(true);
    assertThatThrownBy(() -> DatabaseBackup.check("jdbc:h2:mem:empty", "sa", "")).isInstanceOf(BackupException.class)
        .extracting(refused -> ((BackupException) refused).missingTable()).isEqualTo("ACT_GE_PROPERTY");
    assertThat(List.of(Path.of("ct15-20261206-020000.zip"), Path.of("ct15-20261206-020000-2.zip"), Path.of("ct15-20261206-020001.zip"))
        .stream().sorted(Comparator.comparing(DatabaseBackup::order)).map(Path::toString).toList())
        .containsExactly("ct15-20261206-020000.zip", "ct15-20261206-020000-2.zip", "ct15-20261206-020001.zip");
  }
}
