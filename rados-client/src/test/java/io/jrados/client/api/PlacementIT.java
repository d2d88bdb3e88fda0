package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Placement computed on the client agrees with the mons' own ({@code ceph osd map}) on every field
 * for thousands of names, with and without namespaces, over replicated pools of power-of-two and
 * other pg_num, sizes 1 to 3, an erasure-coded pool, and after upmaps, reweights, primary affinity
 * and an OSD marked down and out.
 */
@CephClusterConfig(osds = 3)
class PlacementIT {
  private static final int NAMES = 1500;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void clientPlacementAgreesWithTheMonsThroughMapChanges(CephCluster c) throws Exception {
    c.createPool("r1", 8);
    c.ceph("osd", "pool", "set", "r1", "size", "1", "--yes-i-really-mean-it").requireOk();
    c.createPool("r2", 12);
    c.ceph("osd", "pool", "set", "r2", "size", "2").requireOk();
    c.createPool("r3", 32);
    c.ceph("osd", "pool", "set", "r3", "size", "3").requireOk();
    c.ceph("osd", "erasure-code-profile", "set", "k2m1", "k=2", "m=1", "crush-failure-domain=osd")
        .requireOk();
    c.ceph("osd", "pool", "create", "ec", "8", "8", "erasure", "k2m1").requireOk();
    List<String> pools = List.of("r1", "r2", "r3", "ec");
    try (RadosClient client = MonSessionIT.connect(c)) {
      compareAll(client, pools, "initial");

      JsonNode pg = c.cephJson("pg", "map", "3.1");
      int from = pg.path("up").get(0).asInt();
      int to = (from + 1) % 3;
      if (pg.path("up").toString().contains(String.valueOf(to))) {
        to = (from + 2) % 3;
      }
      c.ceph("osd", "pg-upmap-items", "3.1", String.valueOf(from), String.valueOf(to)).requireOk();
      c.ceph("osd", "reweight", "1", "0.5").requireOk();
      c.ceph("osd", "primary-affinity", "0", "0.25").requireOk();
      compareAll(client, pools, "after upmap-items, reweight and primary-affinity");

      c.markOsdDown(2);
      c.markOsdOut(2);
      compareAll(client, pools, "after osd.2 down and out");
    }
  }

  private void compareAll(RadosClient client, List<String> pools, String when) throws Exception {
    long epoch = waitForSameEpoch(client);
    for (String pool : pools) {
      IoCtx io = client.ioCtx(pool);
      List<CompletableFuture<String>> mismatches = new ArrayList<>();
      for (int i = 0; i < NAMES; i++) {
        String ns = i % 3 == 0 ? "ns" + (i % 7) : "";
        String name = "object-" + i + (i % 5 == 0 ? "-with.a.longer/name" : "");
        mismatches.add(compare(client, io.withNamespace(ns), pool, name, ns));
      }
      CompletableFuture.allOf(mismatches.toArray(new CompletableFuture<?>[0]))
          .get(5, TimeUnit.MINUTES);
      List<String> failed = new ArrayList<>();
      for (CompletableFuture<String> m : mismatches) {
        if (m.get() != null) {
          failed.add(m.get());
        }
      }
      assertThat(failed).as("pool %s %s (epoch %d)", pool, when, epoch).isEmpty();
    }
  }

  /** Null when the client and the mons agree, else what differs. */
  private CompletableFuture<String> compare(
      RadosClient client, IoCtx io, String pool, String name, String ns) {
    ObjectNode cmd = json.createObjectNode();
    cmd.put("prefix", "osd map").put("pool", pool).put("object", name).put("format", "json");
    if (!ns.isEmpty()) {
      cmd.put("nspace", ns);
    }
    return client
        .monCommandAsync(cmd.toString(), new byte[0])
        .thenCombine(
            io.placementAsync(name),
            (r, ours) -> {
              try {
                JsonNode theirs = json.readTree(r.orThrow("osd map").output());
                ObjectNode mine = json.createObjectNode();
                mine.put("epoch", ours.epoch());
                mine.put("pool", pool);
                mine.put("pool_id", ours.poolId());
                mine.put("objname", ours.objectName());
                mine.put("raw_pgid", ours.rawPgid());
                mine.put("pgid", ours.pgid());
                ours.up().forEach(mine.putArray("up")::add);
                mine.put("up_primary", ours.upPrimary());
                ours.acting().forEach(mine.putArray("acting")::add);
                mine.put("acting_primary", ours.actingPrimary());
                JsonNode t = theirs.deepCopy();
                ((ObjectNode) t).remove("nspace");
                return t.equals(mine) ? null : "theirs " + theirs + " ours " + mine;
              } catch (java.io.IOException e) {
                return e.toString();
              }
            });
  }

  /** Waits until the client's map is the mons' newest, so both compute under one epoch. */
  private long waitForSameEpoch(RadosClient client) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      JsonNode stat =
          json.readTree(
              client.monCommand("{\"prefix\": \"osd stat\", \"format\": \"json\"}").output());
      long monEpoch = stat.path("epoch").asLong();
      long ours = client.ioCtx("r1").placement("probe").epoch();
      if (ours == monEpoch) {
        return ours;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("client map epoch " + ours + " never reached " + monEpoch);
      }
      Thread.sleep(200);
    }
  }
}
