package vn.ct15.workflow.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param startupLockTimeout how long a node waits for the start-up of another node on the same
 *     PostgreSQL database before it gives up and stops
 * @param embeddedDatabaseUnitLimit above this many units in the directory a start on the embedded H2
 *     database warns that the organisation needs PostgreSQL ({@link EmbeddedDatabaseAdvice})
 */
@ConfigurationProperties("ct15.cluster")
record ClusterProperties(
    @DefaultValue("PT10M") Duration startupLockTimeout,
    @DefaultValue("6000") int embeddedDatabaseUnitLimit) {}
