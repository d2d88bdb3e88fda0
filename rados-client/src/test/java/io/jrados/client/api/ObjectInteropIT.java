package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Objects written by jrados are what librados (the {@code rados} tool) reads, and the reverse: data
 * from 0 B to 16 MiB, xattrs, omap, listings and removal, on the shared real cluster.
 */
@ExtendWith(CephClusterExtension.class)
class ObjectInteropIT {
  private static final String POOL = "interop";
  private static RadosClient client;
  private static IoCtx io;

  @BeforeAll
  static void open(CephCluster c) {
    c.createPool(POOL, 8);
    client = MonSessionIT.connect(c);
    io = client.ioCtx(POOL);
  }

  @AfterAll
  static void close() {
    if (client != null) {
      client.close();
    }
  }

  private static byte[] random(int size, long seed) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    return b;
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 4096, 65_537, 1 << 20, 4 << 20, 16 << 20})
  void whatJradosWritesRadosReads(int size, CephCluster c, @TempDir Path tmp) throws Exception {
    byte[] data = random(size, size);
    String oid = "j2r-" + size;
    io.writeFull(oid, data);
    Path out = tmp.resolve("out");
    c.rados("-p", POOL, "get", oid, out.toString()).requireOk();
    assertThat(Files.readAllBytes(out)).isEqualTo(data);
    assertThat(c.rados("-p", POOL, "stat", oid).requireOk().stdout()).contains("size " + size);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 4096, 65_537, 1 << 20, 16 << 20})
  void whatRadosWritesJradosReads(int size, CephCluster c, @TempDir Path tmp) throws Exception {
    byte[] data = random(size, size + 7);
    Path in = tmp.resolve("in");
    Files.write(in, data);
    String oid = "r2j-" + size;
    c.rados("-p", POOL, "put", oid, in.toString()).requireOk();
    assertThat(io.stat(oid).size()).isEqualTo(size);
    assertThat(io.read(oid, 0, Math.max(1, size))).isEqualTo(data);
    // The same bytes without the array copy: the reply's own buffer, which the caller releases.
    ByteBuf buf = io.readBufferAsync(oid, 0, Math.max(1, size)).get(60, TimeUnit.SECONDS);
    try {
      assertThat(ByteBufUtil.getBytes(buf)).isEqualTo(data);
    } finally {
      buf.release();
    }
  }

  /**
   * An object with a locator key is placed by the key's hash, not its name's: jrados puts it in the
   * PG `ceph osd map POOL KEY` names, where rados with the same --object-locator finds it, and the
   * reverse. Without the key the same name is another object.
   */
  @Test
  void locatorKeysPlaceObjectsWhereLibradosLooksForThem(CephCluster c, @TempDir Path tmp)
      throws Exception {
    Path in = tmp.resolve("in");
    for (int i = 0; i < 16; i++) {
      String key = "key-" + i;
      IoCtx keyed = io.withLocatorKey(key);
      String oid = "located-" + i;
      keyed.writeFull(oid, bytes("j" + i));
      String pgid = c.cephJson("osd", "map", POOL, key).get("pgid").asText();
      assertThat(keyed.placement(oid).pgid()).as("%s with key %s", oid, key).isEqualTo(pgid);
      Path out = tmp.resolve("out-" + i);
      c.rados("-p", POOL, "--object-locator", key, "get", oid, out.toString()).requireOk();
      assertThat(Files.readAllBytes(out)).isEqualTo(bytes("j" + i));

      Files.write(in, bytes("r" + i));
      c.rados("-p", POOL, "--object-locator", key, "put", "r-located-" + i, in.toString())
          .requireOk();
      assertThat(keyed.read("r-located-" + i, 0, 16)).isEqualTo(bytes("r" + i));
      assertThat(io.statAsync("r-located-" + i))
          .as("the name without its key is another object")
          .failsWithin(java.time.Duration.ofSeconds(30))
          .withThrowableOfType(java.util.concurrent.ExecutionException.class)
          .withCauseInstanceOf(ObjectNotFoundException.class);
    }
  }

  @Test
  void appendTruncateZeroAndRangedReadsAgreeWithRados(CephCluster c, @TempDir Path tmp)
      throws Exception {
    String oid = "edit";
    io.writeFull(oid, bytes("hello"));
    io.append(oid, bytes(" world"));
    io.write(oid, bytes("J"), 0);
    io.zero(oid, 1, 1);
    assertThat(io.read(oid, 0, 100)).isEqualTo(bytes("J\0llo world"));
    io.truncate(oid, 4);
    Path out = tmp.resolve("out");
    c.rados("-p", POOL, "get", oid, out.toString()).requireOk();
    assertThat(Files.readAllBytes(out)).isEqualTo(bytes("J\0ll"));
    assertThat(io.read(oid, 2, 10)).isEqualTo(bytes("ll"));
  }

  @Test
  void xattrsCrossBothWays(CephCluster c) {
    io.writeFull("xa", bytes("x"));
    io.setXattr("xa", "from-jrados", bytes("j-value"));
    assertThat(c.rados("-p", POOL, "getxattr", "xa", "from-jrados").requireOk().stdout())
        .isEqualTo("j-value");
    c.rados("-p", POOL, "setxattr", "xa", "from-rados", "r-value").requireOk();
    SortedMap<String, byte[]> all = io.getXattrs("xa");
    assertThat(all.keySet()).containsExactly("from-jrados", "from-rados");
    assertThat(all.get("from-rados")).isEqualTo(bytes("r-value"));
    assertThat(io.getXattr("xa", "from-rados")).isEqualTo(bytes("r-value"));
    io.rmXattr("xa", "from-rados");
    assertThat(c.rados("-p", POOL, "listxattr", "xa").requireOk().stdout().strip())
        .isEqualTo("from-jrados");
  }

  @Test
  void omapCrossesBothWays(CephCluster c) {
    io.create("om", false);
    io.omapSet("om", Map.of("a", bytes("1"), "b", bytes("2"), "c", bytes("3")));
    io.omapSetHeader("om", bytes("hdr"));
    assertThat(c.rados("-p", POOL, "listomapkeys", "om").requireOk().stdout().lines())
        .containsExactly("a", "b", "c");
    assertThat(c.rados("-p", POOL, "getomapheader", "om").requireOk().stdout()).contains("hdr");
    c.rados("-p", POOL, "setomapval", "om", "d", "4").requireOk();
    c.rados("-p", POOL, "rmomapkey", "om", "a").requireOk();
    OmapPage page = io.omapGetVals("om", "", "", 100);
    assertThat(page.entries().keySet()).containsExactly("b", "c", "d");
    assertThat(page.entries().get("d")).isEqualTo(bytes("4"));
    assertThat(page.more()).isFalse();
    OmapPage first = io.omapGetKeys("om", "", 2);
    assertThat(first.entries().keySet()).containsExactly("b", "c");
    assertThat(first.more()).isTrue();
    assertThat(io.omapGetValsByKeys("om", Set.of("c", "zz")).keySet()).containsExactly("c");
    assertThat(io.omapGetHeader("om")).isEqualTo(bytes("hdr"));
    io.omapRmKeys("om", Set.of("b"));
    assertThat(c.rados("-p", POOL, "listomapkeys", "om").requireOk().stdout().lines())
        .containsExactly("c", "d");
    io.omapClear("om");
    assertThat(c.rados("-p", POOL, "listomapkeys", "om").requireOk().stdout()).isEmpty();
  }

  @Test
  void removalIsSeenByTheOtherSide(CephCluster c, @TempDir Path tmp) throws Exception {
    io.writeFull("gone-j", bytes("x"));
    io.remove("gone-j");
    assertThat(c.rados("-p", POOL, "stat", "gone-j").exitCode()).isNotZero();
    Path in = tmp.resolve("in");
    Files.write(in, bytes("y"));
    c.rados("-p", POOL, "put", "gone-r", in.toString()).requireOk();
    c.rados("-p", POOL, "rm", "gone-r").requireOk();
    assertThat(io.statAsync("gone-r"))
        .failsWithin(java.time.Duration.ofSeconds(30))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withCauseInstanceOf(ObjectNotFoundException.class);
  }

  @Test
  void namespacesAndListingsEqualRados(CephCluster c) {
    String pool = "listing";
    c.createPool(pool, 16);
    IoCtx base = client.ioCtx(pool);
    List<String> expectedDefault = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      base.writeFull("obj-" + i, bytes("d" + i));
      expectedDefault.add("obj-" + i);
    }
    IoCtx ns = base.withNamespace("tenant");
    for (int i = 0; i < 40; i++) {
      ns.writeFull("ns-obj-" + i, bytes("n" + i));
    }
    List<String> rados =
        new ArrayList<>(c.rados("-p", pool, "ls").requireOk().stdout().lines().toList());
    List<String> ours = new ArrayList<>(base.listObjects().map(ObjectEntry::name).toList());
    Collections.sort(rados);
    Collections.sort(ours);
    Collections.sort(expectedDefault);
    assertThat(ours).isEqualTo(rados).isEqualTo(expectedDefault);
    List<String> radosNs =
        c.rados("-p", pool, "-N", "tenant", "ls").requireOk().stdout().lines().sorted().toList();
    assertThat(ns.listObjects().map(ObjectEntry::name).sorted().toList())
        .isEqualTo(radosNs)
        .hasSize(40);
    List<String> radosAll =
        c.rados("-p", pool, "--all", "ls").requireOk().stdout().lines().sorted().toList();
    List<String> oursAll =
        base.withNamespace(IoCtx.ALL_NAMESPACES)
            .listObjects()
            .map(e -> e.namespace() + "\t" + e.name())
            .sorted()
            .toList();
    assertThat(oursAll).isEqualTo(radosAll).hasSize(190);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
