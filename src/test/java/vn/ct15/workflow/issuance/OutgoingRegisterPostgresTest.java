package vn.ct15.workflow.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.ct15.workflow.Tiers;
import vn.ct15.workflow.cluster.PostgresDatabase;

/** The outgoing register on PostgreSQL, two nodes issuing at the same moment: consecutive, no gap, no duplicate. */
@Tag(Tiers.POSTGRES)
class OutgoingRegisterPostgresTest {

  @Test
  void shouldNumberConcurrentIssuesOnTwoNodesSharingPostgresqlWithoutGapOrDuplicate() throws Exception {
    try (PostgresDatabase database = PostgresDatabase.createOrSkip();
        HikariDataSource first = pool(database, "first");
        HikariDataSource second = pool(database, "second")) {
      RegisterRace.Result result = RegisterRace.run(List.of(first, second), "Ủy ban nhân dân quận Kiến An", 2071, 8, 6);

      assertThat(result.numbers().stream().sorted().toList()).isEqualTo(IntStream.rangeClosed(1, 48).boxed().toList());
      assertThat(result.retries()).as("the race was real").isPositive();
      System.out.printf("register race on PostgreSQL: 48 documents, 8 threads on 2 nodes, %d retries%n", result.retries());
    }
  }

  static HikariDataSource pool(PostgresDatabase database, String name) {
    HikariDataSource pool = new HikariDataSource();
    pool.setPoolName("register-" + name);
    pool.setJdbcUrl(database.url);
    pool.setUsername(PostgresDatabase.USER);
    pool.setPassword(PostgresDatabase.PASSWORD);
    pool.setMaximumPoolSize(4);
    return pool;
  }
}
