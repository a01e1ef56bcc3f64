package vn.ct15.workflow.collision;

import java.util.ArrayList;
import java.util.List;
import vn.ct15.workflow.cluster.PostgresDatabase;
import org.junit.jupiter.api.Tag;
import vn.ct15.workflow.Tiers;

/**
 * The end of a reporting cycle under collisions ({@link EndOfCycleScenario}) on one node with
 * PostgreSQL (a throw-away database, see {@link PostgresDatabase}), as {@link EndOfCycleStressTest}
 * does on H2.
 */
@Tag(Tiers.POSTGRES)
class EndOfCyclePostgresStressTest extends EndOfCycleStressTest {

  PostgresDatabase postgres;

  @Override
  List<String> database() {
    postgres = PostgresDatabase.createOrSkip();
    List<String> args = new ArrayList<>(List.of("--spring.profiles.active=demo,postgres"));
    args.addAll(List.of(postgres.arguments()));
    return args;
  }

  @Override
  void dropDatabase() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }
}
