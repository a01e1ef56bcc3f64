package vn.ct15.workflow.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outgoing register on H2 (the embedded default): consecutive numbers, no gap and no number
 * given twice when many documents are issued at the same moment by two nodes.
 */
class OutgoingRegisterTest {

  final HikariDataSource first = pool("first");
  final HikariDataSource second = pool("second");

  static HikariDataSource pool(String name) {
    HikariDataSource pool = new HikariDataSource();
    pool.setPoolName("register-" + name);
    pool.setJdbcUrl("jdbc:h2:mem:register-race;DB_CLOSE_DELAY=-1");
    pool.setUsername("sa");
    pool.setMaximumPoolSize(8);
    return pool;
  }

  @AfterEach
  void close() {
    first.close();
    second.close();
  }

  @Test
  void shouldNumberConcurrentIssuesOnTwoNodesConsecutivelyWithoutGapOrDuplicate() throws Exception {
    RegisterRace.Result result = RegisterRace.run(List.of(first, second), "Ủy ban nhân dân quận Kiến An", 2071, 8, 6);

    assertThat(result.numbers()).hasSize(48);
    assertThat(result.numbers().stream().sorted().toList()).isEqualTo(IntStream.rangeClosed(1, 48).boxed().toList());
    assertThat(result.retries()).as("the race was real: some issuances lost their number and took the next").isPositive();
    System.out.printf("register race on H2: 48 documents, 8 threads on 2 nodes, %d retries%n", result.retries());
  }

  @Test
  void shouldNumberEachIssuerAndYearFromOne() throws Exception {
    assertThat(RegisterRace.run(List.of(first), "Ủy ban nhân dân tỉnh A", 2072, 1, 3).numbers()).containsExactly(1, 2, 3);
    assertThat(RegisterRace.run(List.of(first), "Ủy ban nhân dân tỉnh B", 2072, 1, 2).numbers()).containsExactly(1, 2);
    assertThat(RegisterRace.run(List.of(first), "Ủy ban nhân dân tỉnh A", 2073, 1, 2).numbers()).as("1 January").containsExactly(1, 2);
  }
}
