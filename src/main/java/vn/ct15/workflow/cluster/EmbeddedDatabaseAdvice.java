package vn.ct15.workflow.cluster;

import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;

/**
 * Tells the operator at start when the organisation has outgrown the embedded H2 database. On H2 an
 * official's Tasklist query walks the open tasks of the whole organisation and their candidate links
 * before it finds the caller's own (H2 keeps Camunda's left join to the links; README, "Benchmark"):
 * its p95 was 34 ms with 3,400 reporting units and 45 ms with 6,700, against a 50 ms target, while
 * PostgreSQL starts from the caller's links. Above {@code ct15.cluster.embedded-database-unit-limit}
 * units on H2 the start logs a warning naming the way out. The database is the one the engine detected
 * when it was built.
 */
@Component
class EmbeddedDatabaseAdvice implements ApplicationListener<ApplicationReadyEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseAdvice.class);

  private final ProcessEngineConfigurationImpl engine;
  private final OrganisationDirectory directory;
  private final ClusterProperties properties;

  EmbeddedDatabaseAdvice(ProcessEngineConfigurationImpl engine, OrganisationDirectory directory, ClusterProperties properties) {
    this.engine = engine;
    this.directory = directory;
    this.properties = properties;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    advice(engine.getDatabaseType(), directory.units().size()).ifPresent(LOG::warn);
  }

  /** The warning for this many units on a database of that type (Camunda's name for it, e.g. h2), if any. */
  Optional<String> advice(String databaseType, int units) {
    if (!DbSqlSessionFactory.H2.equals(databaseType) || units <= properties.embeddedDatabaseUnitLimit()) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "The directory has %,d units on the embedded H2 database, which keeps officials' Tasklist"
        + " queries fast only up to about %,d (ct15.cluster.embedded-database-unit-limit): run on PostgreSQL"
        + " (profile postgres, README \"Cluster and PostgreSQL\")", units, properties.embeddedDatabaseUnitLimit()));
  }
}
