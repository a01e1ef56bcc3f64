package vn.ct15.workflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Concurrent clients working through a shared list of units, each unit once. */
final class Clients {

  interface Work {
    void on(String unit) throws Exception;
  }

  private Clients() {}

  /** Runs {@code work} for every unit on {@code clients} threads; fails with the first failure. */
  static void run(List<String> units, int clients, Work work) throws Exception {
    ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(units);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        futures.add(pool.submit(() -> {
          for (String unit = queue.poll(); unit != null; unit = queue.poll()) {
            work.on(unit);
          }
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
