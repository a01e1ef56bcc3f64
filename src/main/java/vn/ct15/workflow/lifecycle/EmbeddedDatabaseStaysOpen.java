package vn.ct15.workflow.lifecycle;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps an H2 database open until the node has stopped. H2 closes a database from a JVM shutdown
 * hook of its own, which runs beside Spring's: on SIGTERM it closed the database under the job
 * executor and the requests still being answered ("Database is already closed" logged as ERROR, their
 * work rolled back). With {@code DB_CLOSE_ON_EXIT=FALSE} the database closes when Spring closes the
 * connection pool, after the jobs and requests have ended. The setting is added to any H2 URL that
 * does not choose it, so an operator's own {@code spring.datasource.url} stops cleanly too — except
 * one in mixed mode ({@code AUTO_SERVER=TRUE}, other processes connect through this one), which H2
 * refuses to combine with it ("Feature not supported").
 */
class EmbeddedDatabaseStaysOpen implements EnvironmentPostProcessor, Ordered {

  static final String URL = "spring.datasource.url";
  static final String SETTING = "DB_CLOSE_ON_EXIT";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String url = environment.getProperty(URL);
    String kept = keptOpen(url);
    if (kept != null && !kept.equals(url)) {
      environment.getPropertySources().addFirst(new MapPropertySource("ct15-h2-closes-with-the-node", Map.of(URL, kept)));
    }
  }

  /** The URL with {@code DB_CLOSE_ON_EXIT=FALSE} if it is an H2 URL that does not choose it itself (nor mixed mode). */
  static String keptOpen(String url) {
    if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")
        || url.toUpperCase(Locale.ROOT).contains(";" + SETTING + "=")
        || url.toUpperCase(Locale.ROOT).replace(" ", "").contains(";AUTO_SERVER=TRUE")) {
      return url;
    }
    return url + ";" + SETTING + "=FALSE";
  }

  /** After the application's own files and arguments have been read. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
