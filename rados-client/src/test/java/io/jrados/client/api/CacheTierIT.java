package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cache tiering, as librados sees it: with an overlay on a base pool, reads and writes go to the
 * cache pool, and a readonly cache's OSD redirects writes to the base pool, which the client
 * follows. A client that ignored the overlay would miss objects still dirty in a writeback cache
 * and write past the cache.
 */
@ExtendWith(CephClusterExtension.class)
class CacheTierIT {

  private static void tier(CephCluster c, String base, String cache, String mode) {
    c.createPool(base, 8);
    c.createPool(cache, 8);
    c.ceph("osd", "tier", "add", base, cache).requireOk();
    c.ceph("osd", "tier", "cache-mode", cache, mode, "--yes-i-really-mean-it").requireOk();
    c.ceph("osd", "pool", "set", cache, "hit_set_type", "bloom").requireOk();
  }

  private static List<String> ls(CephCluster c, String pool) {
    return c.rados("-p", pool, "ls").requireOk().stdout().lines().sorted().toList();
  }

  @Test
  void aWritebackOverlayIsHonouredBothWays(CephCluster c, @TempDir Path tmp) throws Exception {
    tier(c, "wb", "wb-cache", "writeback");
    try (RadosClient client = MonSessionIT.connect(c)) {
      IoCtx io = client.ioCtx("wb");
      io.writeFull("before-overlay", bytes("in the base pool"));

      // The overlay arrives in a new map while the client is connected.
      c.ceph("osd", "tier", "set-overlay", "wb", "wb-cache").requireOk();
      byte[] big = new byte[5 << 20];
      new Random(7).nextBytes(big);
      Path in = tmp.resolve("in");
      Files.write(in, big);
      c.rados("-p", "wb", "put", "by-rados", in.toString()).requireOk();
      assertThat(ls(c, "wb"))
          .as("dirty in the cache, not yet in the base pool")
          .containsExactly("before-overlay");
      // The client learns of the overlay from the mons' next map; wait for it with a deadline.
      awaitVisible(io, "by-rados");
      assertThat(io.read("by-rados", 0, big.length + 1))
          .as("read through the cache")
          .isEqualTo(big);

      // Not 0 bytes: an empty writefull through a writeback cache leaves no object, for rados too.
      for (int size : new int[] {1, 4096, 4 << 20}) {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        io.writeFull("by-jrados-" + size, data);
        Path out = tmp.resolve("out-" + size);
        c.rados("-p", "wb", "get", "by-jrados-" + size, out.toString()).requireOk();
        assertThat(Files.readAllBytes(out)).isEqualTo(data);
      }
      io.setXattr("by-jrados-1", "colour", bytes("blue"));
      io.omapSet("by-jrados-1", Map.of("k", bytes("v")));
      assertThat(c.rados("-p", "wb", "getxattr", "by-jrados-1", "colour").requireOk().stdout())
          .isEqualTo("blue");
      assertThat(c.rados("-p", "wb", "listomapkeys", "by-jrados-1").requireOk().stdout().strip())
          .isEqualTo("k");
      assertThat(ls(c, "wb-cache")).as("jrados wrote through the cache").contains("by-jrados-1");
      assertThat(new String(io.read("before-overlay", 0, 100), StandardCharsets.UTF_8))
          .as("promoted from the base pool")
          .isEqualTo("in the base pool");

      // Flushed and evicted, everything is in the base pool and read back through the cache.
      c.rados("-p", "wb-cache", "cache-flush-evict-all").requireOk();
      assertThat(ls(c, "wb")).contains("by-rados", "by-jrados-1", "by-jrados-4194304");
      assertThat(io.read("by-rados", 0, big.length + 1)).isEqualTo(big);
      assertThat(io.getXattr("by-jrados-1", "colour")).isEqualTo(bytes("blue"));
    }
  }

  @Test
  void aReadonlyCacheRedirectsWritesToTheBasePool(CephCluster c) throws Exception {
    tier(c, "ro", "ro-cache", "readonly");
    c.ceph("osd", "tier", "set-overlay", "ro", "ro-cache").requireOk();
    c.ceph("tell", "osd.*", "config", "set", "debug_ms", "1").requireOk();
    try (RadosClient client = MonSessionIT.connect(c)) {
      IoCtx io = client.ioCtx("ro");
      for (int i = 0; i < 4; i++) {
        io.writeFull("redirected-" + i, bytes("value-" + i));
      }
      for (int i = 0; i < 4; i++) {
        assertThat(new String(io.read("redirected-" + i, 0, 64), StandardCharsets.UTF_8))
            .isEqualTo("value-" + i);
        assertThat(c.rados("-p", "ro", "get", "redirected-" + i, "-").requireOk().stdout())
            .isEqualTo("value-" + i);
      }
    } finally {
      c.ceph("tell", "osd.*", "config", "set", "debug_ms", "0").requireOk();
    }
    assertThat(ls(c, "ro")).as("the writes landed in the base pool").hasSize(4);

    // Each write went to the cache pool first, was answered with a redirect (ENOENT) and was
    // applied when resent to the base pool with the redirect's flags.
    String log = OsdLogs.all(c);
    for (int i = 0; i < 4; i++) {
      Matcher replies =
          Pattern.compile(
                  "osd_op_reply\\(\\d+ redirected-" + i + " \\[writefull 0~7\\].* = (-?\\d+)")
              .matcher(log);
      StringBuilder results = new StringBuilder();
      while (replies.find()) {
        results.append(replies.group(1)).append(' ');
      }
      assertThat(results.toString().strip()).as("redirected-" + i).isEqualTo("-2 0");
    }
    assertThat(log).contains("ignore_cache+ignore_overlay+redirected+known_if_redirected");
  }

  private static void awaitVisible(IoCtx io, String oid) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      try {
        io.stat(oid);
        return;
      } catch (ObjectNotFoundException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(100);
      }
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
