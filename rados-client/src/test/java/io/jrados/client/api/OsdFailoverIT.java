package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.DaemonId;
import io.jrados.testcluster.junit.CephClusterConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Ops in flight while an OSD is killed and restarted: they are resent to the new primaries, and
 * every write the client saw acknowledged is readable afterwards, by jrados and by rados. A watch
 * follows its object to each new primary.
 */
@CephClusterConfig(
    osds = 3,
    conf = {"global/osd_pool_default_size=2"})
class OsdFailoverIT {

  @Test
  void acknowledgedWritesSurviveAKilledAndRestartedOsd(CephCluster c) throws Exception {
    c.createPool("failover", 16);
    c.ceph("osd", "pool", "set", "failover", "size", "2").requireOk();
    c.ceph("osd", "pool", "set", "failover", "min_size", "1").requireOk();
    try (RadosClient client = MonSessionIT.connect(c)) {
      IoCtx io = client.ioCtx("failover");
      Map<String, String> acknowledged = new ConcurrentHashMap<>();
      List<CompletableFuture<Void>> inFlight = new ArrayList<>();
      int victim = io.placement("obj-0").actingPrimary();
      long killAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
      long restartAt = killAt + TimeUnit.SECONDS.toNanos(5);
      long stopAt = restartAt + TimeUnit.SECONDS.toNanos(5);
      boolean killed = false;
      boolean restarted = false;
      int n = 0;
      while (System.nanoTime() < stopAt) {
        if (!killed && System.nanoTime() > killAt) {
          c.kill(DaemonId.osd(victim));
          killed = true;
        }
        if (killed && !restarted && System.nanoTime() > restartAt) {
          c.start(DaemonId.osd(victim));
          restarted = true;
        }
        String oid = "obj-" + (n % 200);
        String value = "value-" + n;
        n++;
        CompletableFuture<Void> w =
            io.writeFullAsync(oid, value.getBytes(StandardCharsets.UTF_8))
                .thenRun(() -> acknowledged.merge(oid, value, OsdFailoverIT::newer));
        inFlight.add(w);
        if (inFlight.size() >= 16) {
          CompletableFuture.anyOf(inFlight.toArray(new CompletableFuture<?>[0]))
              .get(60, TimeUnit.SECONDS);
          inFlight.removeIf(CompletableFuture::isDone);
        }
      }
      CompletableFuture.allOf(inFlight.toArray(new CompletableFuture<?>[0]))
          .get(120, TimeUnit.SECONDS);
      for (CompletableFuture<Void> f : inFlight) {
        assertThat(f).isCompleted().isNotCompletedExceptionally();
      }
      assertThat(killed && restarted).isTrue();
      c.waitForOsdsUp(3, Duration.ofSeconds(60));
      assertThat(acknowledged).hasSize(200);
      for (Map.Entry<String, String> e : acknowledged.entrySet()) {
        assertThat(new String(io.read(e.getKey(), 0, 64), StandardCharsets.UTF_8))
            .as(e.getKey())
            .isEqualTo(e.getValue());
      }
      assertThat(c.rados("-p", "failover", "ls").requireOk().stdout().lines()).hasSize(200);
    }
  }

  /**
   * A watch outlives the death of its object's primary and that OSD's return: it re-attaches to
   * each new primary, and notifies sent by librados after each change reach it and get its answer.
   */
  @Test
  void aWatchFollowsItsObjectThroughAnOsdRestart(CephCluster c) throws Exception {
    c.createPool("watched", 8);
    c.ceph("osd", "pool", "set", "watched", "size", "2").requireOk();
    c.ceph("osd", "pool", "set", "watched", "min_size", "1").requireOk();
    c.waitForOsdsUp(3, Duration.ofSeconds(60));
    try (RadosClient client = MonSessionIT.connect(c)) {
      IoCtx io = client.ioCtx("watched");
      io.writeFull("w", "x".getBytes(StandardCharsets.UTF_8));
      BlockingQueue<NotifyEvent> seen = new LinkedBlockingQueue<>();
      BlockingQueue<RadosException> errors = new LinkedBlockingQueue<>();
      WatchListener listener =
          new WatchListener() {
            @Override
            public byte[] onNotify(NotifyEvent event) {
              seen.add(event);
              return "here".getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public void onError(long watchCookie, RadosException error) {
              errors.add(error);
            }
          };
      try (Watch watch = io.watch("w", listener)) {
        int primary = io.placement("w").actingPrimary();
        // A clean stop, so that memstore keeps the OSD's data for its return: an OSD killed
        // outright comes back empty, and its PGs can then stay blocked ("laggy") for minutes,
        // for every client, librados' too, which is not what this test is about.
        c.stop(DaemonId.osd(primary));
        c.markOsdDown(primary);
        String reply = " cookie " + watch.cookie() + " : 4 bytes";
        assertThat(c.rados("-p", "watched", "notify", "w", "one").requireOk().stdout())
            .as("a notify after osd.%d died", primary)
            .contains(reply);
        assertThat(io.placement("w").actingPrimary()).isNotEqualTo(primary);

        c.start(DaemonId.osd(primary));
        c.waitForOsdsUp(3, Duration.ofSeconds(60));
        assertThat(c.rados("-p", "watched", "notify", "w", "two").requireOk().stdout())
            .as("a notify after osd.%d came back", primary)
            .contains(reply);
        assertThat(seen).hasSize(2);
        assertThat(errors).isEmpty();
        assertThat(watch.error()).isEmpty();
        assertThat(c.rados("-p", "watched", "listwatchers", "w").requireOk().stdout().lines())
            .singleElement()
            .asString()
            .endsWith("cookie=" + watch.cookie());
      }
    }
  }

  /** Writes to one object complete in order; keep the higher-numbered value. */
  private static String newer(String a, String b) {
    return Integer.parseInt(a.substring(6)) > Integer.parseInt(b.substring(6)) ? a : b;
  }
}
