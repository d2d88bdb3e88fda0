package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.DaemonId;
import io.jrados.testcluster.junit.CephClusterConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Three mons: the client survives losing the one it talks to, and can address each one. */
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

  @Test
  void aCommandTargetedAtAMonRunsOnThatMon(CephCluster c) throws Exception {
    c.waitForQuorum(3, Duration.ofSeconds(90));
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    try (RadosClient client = MonSessionIT.connect(c)) {
      for (String mon : java.util.List.of("a", "b", "c")) {
        MonCommandResult r =
            client.monCommand(
                mon, "{\"prefix\": \"mon_status\", \"format\": \"json\"}", new byte[0]);
        assertThat(json.readTree(r.output()).path("name").asText()).isEqualTo(mon);
      }
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> client.monCommand("zz", "{\"prefix\": \"fsid\"}", new byte[0]))
          .isInstanceOf(RadosException.class)
          .hasMessageContaining("no mon named 'zz'")
          .hasMessageContaining("[a, b, c]");
    }
  }
}
