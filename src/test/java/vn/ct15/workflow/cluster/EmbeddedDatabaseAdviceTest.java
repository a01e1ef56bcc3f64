package vn.ct15.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.Unit;
import vn.ct15.workflow.directory.UnitKind;

@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseAdviceTest {

  static final ClusterProperties LIMIT = new ClusterProperties(Duration.ofMinutes(10), 6000);

  static EmbeddedDatabaseAdvice advice(int units) {
    ProcessEngineConfigurationImpl h2 = new StandaloneInMemProcessEngineConfiguration();
    h2.setDatabaseType(DbSqlSessionFactory.H2);
    OrganisationDirectory directory = mock(OrganisationDirectory.class);
    Unit ward = new Unit("xa-0001", "Xã 1", null, UnitKind.WARD, null, null);
    when(directory.units()).thenReturn(List.copyOf(Collections.nCopies(units, ward)));
    return new EmbeddedDatabaseAdvice(h2, directory, LIMIT);
  }

  @Test
  void shouldWarnAtStartWhenTheOrganisationHasOutgrownH2(CapturedOutput output) {
    advice(6719).onApplicationEvent(null);

    assertThat(output.getOut()).contains("WARN").contains("The directory has 6,719 units on the embedded H2 database")
        .contains("up to about 6,000 (ct15.cluster.embedded-database-unit-limit)").contains("profile postgres");
  }

  @Test
  void shouldStayQuietForADistrictOrTheBenchmarksNationalOrganisationOnH2(CapturedOutput output) {
    advice(3401).onApplicationEvent(null);

    assertThat(output.getOut()).doesNotContain("embedded H2 database");
  }

  @Test
  void shouldWarnOnlyOnH2() {
    EmbeddedDatabaseAdvice advice = advice(0);
    assertThat(advice.advice(DbSqlSessionFactory.POSTGRES, 6719)).isEmpty();
    assertThat(advice.advice(DbSqlSessionFactory.H2, 6001)).isPresent();
    assertThat(advice.advice(DbSqlSessionFactory.H2, 6000)).isEmpty();
  }
}
