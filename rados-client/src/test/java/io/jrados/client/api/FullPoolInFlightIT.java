package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Writes in flight when a pool reaches its quota. The OSD drops writes sent under a map older than
 * the one that marked the pool full, expecting the client to resend them once there is room; a
 * client that did not would leave them hanging until their deadline. jrados holds them and resends
 * them when the quota is lifted, so every write is answered: with success, or, if it was never
 * sent, with ClusterFullException. None times out.
 */
@CephClusterConfig(mgr = true)
class FullPoolInFlightIT {

  @Test
  void writesInFlightWhenThePoolFillsCompleteOnceItHasRoom(CephCluster c) throws Exception {
    String pool = "fills";
    c.createPool(pool, 8);
    c.ceph("osd", "pool", "set-quota", pool, "max_objects", "100").requireOk();
    try (RadosClient client = MonSessionIT.connect(c, "--rados_osd_op_timeout", "120")) {
      IoCtx io = client.ioCtx(pool);
      Map<String, String> acknowledged = new ConcurrentHashMap<>();
      List<CompletableFuture<Void>> all = new ArrayList<>();
      List<CompletableFuture<Void>> window = new ArrayList<>();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      boolean full = false;
      // Keep 16 writes in flight until one is refused for the quota: the mons mark the pool full
      // once the mgr's stats show it past its quota, seconds after it is.
      for (int n = 0; !full && System.nanoTime() < deadline; n++) {
        String oid = "obj-" + n;
        CompletableFuture<Void> w =
            io.writeFullAsync(oid, bytes(oid)).thenRun(() -> acknowledged.put(oid, oid));
        all.add(w);
        window.add(w);
        if (window.size() >= 16) {
          try {
            CompletableFuture.anyOf(window.toArray(new CompletableFuture<?>[0]))
                .get(2, TimeUnit.SECONDS);
          } catch (TimeoutException e) {
            // All 16 wait: the pool may have filled while they were in flight, and they are held.
            full = poolFull(c, pool);
          } catch (java.util.concurrent.ExecutionException e) {
            // One failed: a refusal for the quota is what this loop waits for; see below.
          }
          for (CompletableFuture<Void> f : window) {
            full |= f.isCompletedExceptionally() && isFull(f);
          }
          window.removeIf(CompletableFuture::isDone);
        }
      }
      assertThat(full).as("the quota was enforced within 120 s").isTrue();
      Thread.sleep(3000);
      long held = all.stream().filter(f -> !f.isDone()).count();
      c.ceph("osd", "pool", "set-quota", pool, "max_objects", "0").requireOk();
      for (CompletableFuture<Void> f : all) {
        try {
          f.get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause())
              .as("a write is answered, or refused as full; it never times out")
              .isInstanceOf(ClusterFullException.class);
        }
      }
      System.out.println(
          "writes: "
              + all.size()
              + ", acknowledged: "
              + acknowledged.size()
              + ", still waiting 3 s after the pool filled: "
              + held);
      for (String oid : acknowledged.keySet()) {
        assertThat(io.read(oid, 0, 64)).as(oid).isEqualTo(bytes(oid));
      }
    }
  }

  private static boolean poolFull(CephCluster c, String pool) {
    for (com.fasterxml.jackson.databind.JsonNode p : c.cephJson("osd", "dump").get("pools")) {
      if (p.get("pool_name").asText().equals(pool)) {
        return p.get("flags_names").asText().contains("full");
      }
    }
    return false;
  }

  private static boolean isFull(CompletableFuture<Void> f) {
    try {
      f.join();
      return false;
    } catch (CompletionException e) {
      return e.getCause() instanceof ClusterFullException;
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
