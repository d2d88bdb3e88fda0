package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.DaemonId;
import io.jrados.testcluster.junit.CephClusterConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * MOSDBackoff from a real OSD. A PG whose acting set is smaller than the pool's min_size is peered
 * but not active, and an OSD answers a client op on it (from a client with the RADOS_BACKOFF
 * feature) with a PG backoff instead of queueing it. The client must acknowledge the block, send
 * nothing more to that PG, and resend its ops once the OSD unblocks it. With
 * osd_backoff_on_degraded an OSD also backs off ops on one object it has yet to recover, a range of
 * a single object. debug_ms=1 makes the OSD log each message, which shows the exchange happened.
 */
@CephClusterConfig(osds = 2, mgr = true, conf = "osd/debug_ms=1")
class OsdBackoffIT {

  @Test
  void opsOnAnInactivePgWaitOutTheBackoffAndComplete(CephCluster c) throws Exception {
    c.createPool("backoff", 8);
    c.ceph("osd", "pool", "set", "backoff", "size", "2").requireOk();
    c.ceph("osd", "pool", "set", "backoff", "min_size", "2").requireOk();
    c.waitForActiveClean(Duration.ofSeconds(120));
    try (RadosClient client = MonSessionIT.connect(c)) {
      IoCtx io = client.ioCtx("backoff");
      io.writeFull("before", bytes("before"));

      c.kill(DaemonId.osd(1));
      c.markOsdDown(1);
      awaitAllPgs(
          c,
          "backoff",
          "peered but not active",
          s -> s.contains("peered") && !s.contains("active"));

      List<CompletableFuture<Void>> writes = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        writes.add(io.writeFullAsync("blocked-" + i, bytes("value-" + i)));
      }
      Thread.sleep(3000);
      for (CompletableFuture<Void> w : writes) {
        assertThat(w).as("a write to an inactive PG waits").isNotDone();
      }

      c.start(DaemonId.osd(1));
      c.waitForOsdsUp(2, Duration.ofSeconds(60));
      CompletableFuture.allOf(writes.toArray(new CompletableFuture<?>[0]))
          .get(90, TimeUnit.SECONDS);
      for (int i = 0; i < 8; i++) {
        assertThat(new String(io.read("blocked-" + i, 0, 64), StandardCharsets.UTF_8))
            .isEqualTo("value-" + i);
      }
    }
    String log = Files.readString(c.logDir().resolve("osd.0.log"));
    assertThat(log).as("the OSD sent a block").containsPattern("osd_backoff\\(\\S+ block id");
    assertThat(log)
        .as("jrados acknowledged it")
        .containsPattern("<== client\\.\\d+ .*osd_backoff\\(\\S+ ack-block id");
    assertThat(log).as("the OSD lifted it").containsPattern("osd_backoff\\(\\S+ unblock id");
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static void awaitAllPgs(
      CephCluster c, String pool, String what, java.util.function.Predicate<String> state)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String last = "";
    while (System.nanoTime() < deadline) {
      JsonNode pgs = c.cephJson("pg", "ls-by-pool", pool);
      JsonNode stats = pgs.has("pg_stats") ? pgs.get("pg_stats") : pgs;
      boolean all = stats.size() > 0;
      StringBuilder states = new StringBuilder();
      for (JsonNode pg : stats) {
        String s = pg.get("state").asText();
        states.append(pg.get("pgid").asText()).append('=').append(s).append(' ');
        all &= state.test(s);
      }
      last = states.toString();
      if (all) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("PGs never all " + what + ": " + last);
  }
}
