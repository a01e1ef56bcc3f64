package vn.ct15.workflow.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param startupLockTimeout how long a node waits for the start-up of another node on the same
 *     PostgreSQL database before it gives up and stops
 * @param embeddedDatabaseUnitLimit above this many units in the directory a start on the embedded H2
 *     database warns that the organisation needs PostgreSQL ({@link EmbeddedDatabaseAdvice})
 */
@ConfigurationProperties("ct15.cluster")
record ClusterProperties(
    Duration startupLockTimeout,
    int embeddedDatabaseUnitLimit) {}
