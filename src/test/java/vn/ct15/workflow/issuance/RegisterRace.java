package vn.ct15.workflow.issuance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents issued at the same moment on several nodes sharing one database: each node is an
 * {@link OutgoingRegister} on a connection pool of its own, and each issuance runs as the engine runs
 * it — in a transaction, the next number read, some work (the signing) done with it, the entry
 * inserted — and, when it lost the number to another, again from the start, as the job executor
 * runs a job that lost an optimistic-locking race.
 */
final class RegisterRace {

  record Result(List<Integer> numbers, int retries) {}

  private RegisterRace() {}

  static Result run(List<DataSource> nodes, String issuer, int year, int threads, int documentsEach) throws Exception {
    List<OutgoingRegister> registers = new ArrayList<>();
    List<TransactionTemplate> transactions = new ArrayList<>();
    for (DataSource node : nodes) {
      registers.add(new OutgoingRegister(node, "Asia/Ho_Chi_Minh"));
      transactions.add(new TransactionTemplate(new DataSourceTransactionManager(node)));
    }
    List<Integer> numbers = Collections.synchronizedList(new ArrayList<>());
    int[] retries = new int[1];
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int node = t % nodes.size();
      done.add(pool.submit(() -> {
        start.await();
        for (int d = 0; d < documentsEach; d++) {
          String key = "race:" + UUID.randomUUID();
          while (true) {
            try {
              numbers.add(transactions.get(node).execute(status -> {
                int number = registers.get(node).next(issuer, year);
                pause();
                registers.get(node).register(new RegisterEntry(issuer, year, number, "BC-UBND", LocalDate.of(year, 6, 15),
                    OffsetDateTime.now(ZoneOffset.ofHours(7)), "BÁO CÁO thử", "chu-tich", "Nguyễn Văn An", "CHỦ TỊCH", key,
                    null, null));
                return number;
              }));
              break;
            } catch (RegisterNumberTaken lost) {
              synchronized (retries) {
                retries[0]++;
              }
            }
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> future : done) {
      future.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    return new Result(List.copyOf(numbers), retries[0]);
  }

  /** A few milliseconds between reading the number and registering it, as signing takes. */
  private static void pause() {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(1, 6));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
