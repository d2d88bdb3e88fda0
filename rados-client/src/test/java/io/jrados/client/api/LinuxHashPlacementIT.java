package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.protocol.msgr2.Crc32c;
import io.jrados.protocol.osdmap.ObjectHash;
import io.jrados.protocol.osdmap.OsdMap;
import io.jrados.protocol.osdmap.PgMapping;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Placement in a pool that hashes names with the Linux dcache hash ({@code CEPH_STR_HASH_LINUX}),
 * against Ceph's own {@code osdmaptool}. No mon command makes such a pool (they all hash with
 * rjenkins), so the test takes the cluster's real map, switches one pool's hash byte and mends the
 * map's CRC; {@code osdmaptool --test-map-object} then places names in it with Ceph's code, and
 * jrados with its own.
 */
@ExtendWith(CephClusterExtension.class)
class LinuxHashPlacementIT {
  private static final String POOL = "linux-hash";

  /** Not a power of two, so ceph_stable_mod's folding is exercised; and rare enough to find. */
  private static final int PG_NUM = 37;

  @Test
  void namesPlaceAsOsdmaptoolPlacesThem(CephCluster c, @TempDir Path dir) throws Exception {
    if (!c.rados("lspools").stdout().lines().toList().contains(POOL)) {
      c.createPool(POOL, PG_NUM);
    }
    Path original = dir.resolve("osdmap");
    c.ceph("osd", "getmap", "-o", original.toString()).requireOk();
    byte[] map = Files.readAllBytes(original);
    OsdMap before = OsdMap.decode(Unpooled.wrappedBuffer(map));
    long poolId = before.poolId(POOL).orElseThrow();
    assertThat(before.pool(poolId).orElseThrow().objectHash()).isEqualTo(ObjectHash.RJENKINS);

    byte[] patched = withLinuxHash(map, poolId);
    Path patchedFile = dir.resolve("osdmap-linux");
    Files.write(patchedFile, patched);
    OsdMap after = OsdMap.decode(Unpooled.wrappedBuffer(patched));
    assertThat(after.pool(poolId).orElseThrow().objectHash())
        .as("the byte switched is the pool's object_hash")
        .isEqualTo(ObjectHash.LINUX);

    List<String> names = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      names.add("object-" + i);
    }
    names.add("a");
    names.add("rbd_data.1234abcd.0000000000000001");
    names.add("ünïcödé");
    Pattern line = Pattern.compile(" object '(.*)' -> (\\S+) -> \\[([0-9,]*)\\]");
    List<String> mismatches = new ArrayList<>();
    int differentPg = 0;
    for (String name : names) {
      String out =
          run(
              List.of(
                  "osdmaptool",
                  patchedFile.toString(),
                  "--test-map-object",
                  name,
                  "--pool",
                  Long.toString(poolId)),
              dir.resolve("osdmaptool.out"));
      Matcher m = line.matcher(out);
      assertThat(m.find()).as("osdmaptool's answer for %s: %s", name, out).isTrue();
      PgMapping ours = after.locate(poolId, name, "", "");
      String acting = ours.acting().stream().map(String::valueOf).collect(Collectors.joining(","));
      if (!m.group(2).equals(ours.pgid().toString()) || !m.group(3).equals(acting)) {
        mismatches.add(
            name
                + ": osdmaptool "
                + m.group(2)
                + " ["
                + m.group(3)
                + "], jrados "
                + ours.pgid()
                + " ["
                + acting
                + "]");
      }
      if (!before.locate(poolId, name, "", "").pgid().equals(ours.pgid())) {
        differentPg++;
      }
    }
    assertThat(mismatches).isEmpty();
    // Were the hash ignored, both maps would place every name alike.
    assertThat(differentPg).as("names placed apart from rjenkins").isGreaterThan(names.size() / 2);
  }

  /**
   * {@code map} with the pool's {@code object_hash} set to Linux and its CRC mended. The pools are
   * a map of s64 id to pg_pool_t, and a pg_pool_t begins with its struct header (u8 version, u8
   * compat 5, u32 length), then type (u8, 1 for replicated), size (u8), crush_rule (u8),
   * object_hash (u8), pg_num (u32), pgp_num (u32): the pool is found by its id, that header and its
   * pg_num = pgp_num = 37. (pg_num and pgp_num alone are not enough: a pool's pg_num_target and
   * pgp_num_target follow its creation time, whose last byte may happen to be 2.) The map's CRC
   * (crc32c, seed -1, over all before it) is its last four bytes when nothing follows it, which the
   * original's own CRC confirms.
   */
  private static byte[] withLinuxHash(byte[] map, long poolId) {
    byte[] pgNums = {PG_NUM, 0, 0, 0, PG_NUM, 0, 0, 0};
    List<Integer> at = new ArrayList<>();
    for (int i = 17; i + 1 + pgNums.length <= map.length; i++) {
      if (map[i] == ObjectHash.RJENKINS
          && regionMatches(map, i + 1, pgNums)
          && map[i - 3] == 1
          && map[i - 8] == 5
          && le64(map, i - 17) == poolId) {
        at.add(i);
      }
    }
    assertThat(at).as("pool %d's pg_pool_t, pg_num = pgp_num = %d", poolId, PG_NUM).hasSize(1);
    int crcAt = map.length - 4;
    assertThat(crcOf(map, crcAt))
        .as("the map's CRC is its last four bytes")
        .isEqualTo(le32(map, crcAt));
    byte[] out = map.clone();
    out[at.get(0)] = ObjectHash.LINUX;
    int crc = crcOf(out, crcAt);
    for (int k = 0; k < 4; k++) {
      out[crcAt + k] = (byte) (crc >>> (8 * k));
    }
    return out;
  }

  private static boolean regionMatches(byte[] a, int from, byte[] b) {
    for (int k = 0; k < b.length; k++) {
      if (a[from + k] != b[k]) {
        return false;
      }
    }
    return true;
  }

  private static int crcOf(byte[] a, int length) {
    return Crc32c.compute(-1, a, 0, length);
  }

  private static long le64(byte[] a, int at) {
    return (le32(a, at) & 0xFFFF_FFFFL) | ((long) le32(a, at + 4) << 32);
  }

  private static int le32(byte[] a, int at) {
    return (a[at] & 0xff) | (a[at + 1] & 0xff) << 8 | (a[at + 2] & 0xff) << 16 | a[at + 3] << 24;
  }

  private static String run(List<String> command, Path output)
      throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(command + " did not finish in 30 s");
    }
    String text = Files.readString(output, StandardCharsets.UTF_8);
    if (p.exitValue() != 0) {
      throw new IOException(command + " exited " + p.exitValue() + ": " + text);
    }
    return text;
  }
}
