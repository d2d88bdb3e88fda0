package io.jrados.client.internal.mon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jrados.client.api.ClientOptions;
import io.jrados.protocol.osdmap.OsdMap;
import io.jrados.protocol.osdmap.OsdMapIncremental;
import io.jrados.protocol.osdmap.PgId;
import io.jrados.protocol.osdmap.PgMapping;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterConfig;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * On a live cluster: the maps the mon sends jrados decode, its incrementals rebuild its full maps,
 * and placement agrees with {@code osdmaptool --test-map-pgs-dump-all} and {@code ceph osd map}.
 */
@CephClusterConfig(osds = 3)
class OsdMapPlacementIT {
  private static final Pattern PG_LINE =
      Pattern.compile(
          "(\\S+) raw \\(\\[[^\\]]*\\], p-?\\d+\\) up \\(\\[([^\\]]*)\\], p(-?\\d+)\\)"
              + " acting \\(\\[([^\\]]*)\\], p(-?\\d+)\\)");

  @Test
  void mapsFromTheMonPlaceLikeCeph(CephCluster c) throws Exception {
    ClientOptions options =
        ClientOptions.fromArgs(new String[] {"-c", c.confPath().toString()}, Map.of()).options();
    long before = epoch(c);
    c.ceph("osd", "pool", "create", "rep", "12", "12", "replicated").requireOk();
    c.ceph("osd", "pool", "set", "rep", "size", "2").requireOk();
    c.ceph("osd", "erasure-code-profile", "set", "p", "k=2", "m=1", "crush-failure-domain=osd")
        .requireOk();
    c.ceph("osd", "pool", "create", "ec", "8", "8", "erasure", "p").requireOk();
    // Move the pg's first OSD to the one OSD it does not use (a no-op upmap would be dropped).
    String pg = poolId(c, "rep") + ".3";
    List<Integer> up = ints(c.cephJson("pg", "map", pg).get("up"));
    int spare = 0 + 1 + 2 - up.get(0) - up.get(1);
    c.ceph("osd", "pg-upmap-items", pg, up.get(0).toString(), Integer.toString(spare)).requireOk();
    c.ceph("osd", "primary-affinity", "1", "0.5").requireOk();
    long now = epoch(c);

    OsdMap map = decode(OsdMapCapture.fetch(options, true, before, before).get(before));
    SortedMap<Long, byte[]> incs = OsdMapCapture.fetch(options, false, before + 1, now);
    for (byte[] inc : incs.values()) {
      map = map.apply(OsdMapIncremental.decode(Unpooled.wrappedBuffer(inc)));
    }
    OsdMap full = decode(OsdMapCapture.fetch(options, true, now, now).get(now));
    assertThat(map).isEqualTo(full);
    assertThat(full.poolId("ec")).isPresent();

    Path file = c.dataDir().resolve("osdmap-" + now + ".bin");
    c.ceph("osd", "getmap", Long.toString(now), "-o", file.toString()).requireOk();
    int pgs = 0;
    for (long pool : full.pools().keySet()) {
      for (String line : osdmaptool(file, pool)) {
        Matcher m = PG_LINE.matcher(line);
        if (m.matches()) {
          PgMapping got = full.map(PgId.parse(m.group(1)));
          assertThat(got.up()).as(line).isEqualTo(ints(m.group(2)));
          assertThat(got.upPrimary()).as(line).isEqualTo(Integer.parseInt(m.group(3)));
          assertThat(got.acting()).as(line).isEqualTo(ints(m.group(4)));
          assertThat(got.actingPrimary()).as(line).isEqualTo(Integer.parseInt(m.group(5)));
          pgs++;
        }
      }
    }
    assertThat(pgs).isEqualTo(full.pools().values().stream().mapToInt(p -> p.pgNum()).sum());
    assertThat(full.pgUpmapItems()).isNotEmpty();

    for (int i = 0; i < 30; i++) {
      String pool = i % 2 == 0 ? "rep" : "ec";
      String name = "object-" + i + "-" + Integer.toHexString(i * 7919);
      String ns = i % 3 == 0 ? "ns" + i : "";
      JsonNode o =
          ns.isEmpty()
              ? c.cephJson("osd", "map", pool, name)
              : c.cephJson("osd", "map", pool, name, ns);
      long e = o.get("epoch").asLong();
      OsdMap at = e == now ? full : decode(OsdMapCapture.fetch(options, true, e, e).get(e));
      PgMapping got = at.locate(o.get("pool_id").asLong(), name, ns, null);
      assertThat(got.rawPg().toString()).isEqualTo(o.get("raw_pgid").asText());
      assertThat(got.pgid().toString()).isEqualTo(o.get("pgid").asText());
      assertThat(got.up()).isEqualTo(ints(o.get("up")));
      assertThat(got.acting()).isEqualTo(ints(o.get("acting")));
      assertThat(got.actingPrimary()).isEqualTo(o.get("acting_primary").asInt());
    }
  }

  private static long poolId(CephCluster c, String name) {
    for (JsonNode p : c.cephJson("osd", "pool", "ls", "detail")) {
      if (p.get("pool_name").asText().equals(name)) {
        return p.get("pool_id").asLong();
      }
    }
    throw new AssertionError("no pool " + name);
  }

  private static long epoch(CephCluster c) {
    return c.cephJson("osd", "stat").get("epoch").asLong();
  }

  private static OsdMap decode(byte[] blob) {
    return OsdMap.decode(Unpooled.wrappedBuffer(blob));
  }

  private static List<String> osdmaptool(Path file, long pool) throws Exception {
    Process p =
        new ProcessBuilder(
                "osdmaptool",
                file.toString(),
                "--test-map-pgs-dump-all",
                "--pool",
                Long.toString(pool))
            .redirectErrorStream(true)
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    return List.of(new String(out, StandardCharsets.UTF_8).split("\n"));
  }

  private static List<Integer> ints(String csv) {
    List<Integer> out = new ArrayList<>();
    for (String part : csv.split(",")) {
      if (!part.isBlank()) {
        out.add(Integer.parseInt(part.trim()));
      }
    }
    return out;
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asInt()));
    return out;
  }
}
