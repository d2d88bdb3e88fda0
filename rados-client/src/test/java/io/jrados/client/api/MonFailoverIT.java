package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.DaemonId;
import io.jrados.testcluster.junit.CephClusterConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Three mons: the client survives losing the one it talks to. */
@CephClusterConfig(mons = 3, osds = 0)
class MonFailoverIT {

  @Test
  void afterTheSessionsMonIsKilledTheNextCommandSucceedsWithinFiveSeconds(CephCluster c) {
    try (RadosClient client = MonSessionIT.connect(c)) {
      String first = client.sessionMon();
      assertThat(first).isIn("a", "b", "c");
      c.kill(DaemonId.mon(first));
      long t0 = System.nanoTime();
      MonCommandResult r = client.monCommand("{\"prefix\": \"fsid\"}");
      long millis = (System.nanoTime() - t0) / 1_000_000;
      System.out.printf(
          "MonFailoverIT: command answered %d ms after killing mon.%s%n", millis, first);
      assertThat(r.outputString().strip()).isEqualTo(c.fsid());
      assertThat(millis).isLessThan(5_000);
      assertThat(client.sessionMon()).isNotEqualTo(first);
      c.start(DaemonId.mon(first));
      c.waitForQuorum(3, Duration.ofSeconds(90));
    }
  }
}
