package vn.ct15.workflow.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** The local SMTP server the application mails to (GreenMail, in the benchmark's JVM), counting what arrives. */
final class Mailbox implements AutoCloseable {

  final int port;
  private final GreenMail greenMail;

  Mailbox() throws IOException {
    this.port = AppNode.freePort();
    this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  int received() {
    return greenMail.getReceivedMessages().length;
  }

  void clear() throws Exception {
    greenMail.purgeEmailFromAllMailboxes();
  }

  /**
   * Waits until {@code expected} mails have arrived, or until nothing arrived for {@code quietSeconds};
   * returns the System.nanoTime() at which the last counted mail was seen.
   */
  long awaitCount(int expected, int quietSeconds, long timeoutSeconds) throws InterruptedException {
    long limit = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    int last = received();
    long lastChange = System.nanoTime();
    while (last < expected && System.nanoTime() < limit
        && (last == 0 || System.nanoTime() - lastChange < TimeUnit.SECONDS.toNanos(quietSeconds))) {
      Thread.sleep(50);
      int now = received();
      if (now != last) {
        last = now;
        lastChange = System.nanoTime();
      }
    }
    return lastChange;
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
