package vn.ct15.workflow.backup;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * An H2 database kept in files, as a JDBC URL names it ({@code jdbc:h2:file:./data/ct15;...} or
 * {@code jdbc:h2:./data/ct15}): the folder and the database's name, the part before {@code .mv.db}.
 * In-memory, TCP and other databases are not files of this node and have no such location.
 */
record EmbeddedDatabase(Path folder, String name) {

  static Optional<EmbeddedDatabase> of(String url) {
    if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
      return Optional.empty();
    }
    String location = url.substring("jdbc:h2:".length());
    int settings = location.indexOf(';');
    location = settings < 0 ? location : location.substring(0, settings);
    if (location.startsWith("file:")) {
      location = location.substring("file:".length());
    } else if (location.matches("^[a-zA-Z]{2,}:.*")) {
      return Optional.empty(); // mem:, tcp:, ssl:, zip:, ...
    }
    if (location.startsWith("~")) {
      location = System.getProperty("user.home") + location.substring(1);
    }
    Path file = Path.of(location).toAbsolutePath().normalize();
    return Optional.of(new EmbeddedDatabase(file.getParent(), file.getFileName().toString()));
  }

  /** The JDBC URL that opens this database read-only inside a backup. */
  String urlInside(Path zip) {
    return "jdbc:h2:zip:" + zip.toAbsolutePath() + "!/" + name;
  }
}
