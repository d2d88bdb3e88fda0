package io.jrados.metering.storage.rados;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.client.api.IoCtx;
import io.jrados.client.api.RadosClient;
import io.jrados.metering.storage.PatternStream;
import io.jrados.metering.storage.StorageProvider;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What only the rados provider has: striping, the index's crash states, rebuild-index. The objects
 * are checked with the {@code rados} tool, not through the provider.
 */
@ExtendWith(CephClusterExtension.class)
class RadosProviderIT {
  private static final int CHUNK = 1000;
  private static RadosClient client;
  private String namespace;
  private IoCtx io;

  @BeforeAll
  static void connect(CephCluster c) {
    client = RadosTestClients.connect(c);
  }

  @AfterAll
  static void disconnect() {
    if (client != null) {
      client.close();
    }
  }

  @BeforeEach
  void freshNamespace() {
    namespace = RadosTestClients.freshNamespace("p");
    io = client.ioCtx(RadosTestClients.POOL).withNamespace(namespace);
  }

  private StorageProvider provider() {
    return new RadosProvider(client, false, io, "", CHUNK);
  }

  /** The object names in this test's namespace, as the rados tool lists them, sorted. */
  private List<String> radosLs(CephCluster c) {
    String out = c.rados("-p", RadosTestClients.POOL, "-N", namespace, "ls").requireOk().stdout();
    return Arrays.stream(out.split("\n")).filter(s -> !s.isBlank()).sorted().toList();
  }

  private static List<String> stripesOf(List<String> names) {
    return names.stream().filter(n -> n.startsWith(RadosNames.STRIPE)).toList();
  }

  private static List<String> listAll(StorageProvider p, String prefix) {
    List<String> keys = new ArrayList<>();
    p.list(prefix, 100).forEachRemaining(keys::add);
    return keys;
  }

  private static byte[] readAll(StorageProvider p, String key) throws IOException {
    try (InputStream in = p.get(key)) {
      return in.readAllBytes();
    }
  }

  @Test
  void aFileOfManyChunksIsStripedAndReplacingItRemovesTheOldStripes(CephCluster c)
      throws IOException {
    StorageProvider p = provider();
    p.put("big/file", new PatternStream(10_500));
    assertThat(stripesOf(radosLs(c))).hasSize(10);
    try (InputStream in = p.get("big/file")) {
      assertThat(PatternStream.verify(in)).isEqualTo(10_500);
    }
    // The head holds chunk 0 and the manifest: what the rados tool sees under the key's name.
    assertThat(
            c.rados("-p", RadosTestClients.POOL, "-N", namespace, "stat", "big/file")
                .requireOk()
                .stdout())
        .contains("size " + CHUNK);
    p.put("big/file", new PatternStream(3000, (byte) 'x'));
    assertThat(stripesOf(radosLs(c))).hasSize(2);
    assertThat(readAll(p, "big/file")).hasSize(3000);
    p.put("big/file", new ByteArrayInputStream(new byte[CHUNK]));
    assertThat(stripesOf(radosLs(c))).isEmpty();
    assertThat(readAll(p, "big/file")).hasSize(CHUNK);
    p.put("big/file", new PatternStream(2500));
    p.delete("big/file");
    assertThat(radosLs(c)).noneMatch(RadosNames::isDataName);
    assertThat(stripesOf(radosLs(c))).isEmpty();
  }

  @Test
  void racingStripedCreatorsLeaveOneWinnerAndNoStrayStripes(CephCluster c) throws Exception {
    StorageProvider p = provider();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      byte fill = (byte) ('a' + t);
      results.add(
          pool.submit(
              () -> {
                start.await();
                return p.createIfAbsent("race/striped", new PatternStream(4500, fill));
              }));
    }
    start.countDown();
    int winners = 0;
    for (Future<Boolean> r : results) {
      winners += r.get(60, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdown();
    assertThat(winners).isEqualTo(1);
    assertThat(readAll(p, "race/striped")).hasSize(4500);
    assertThat(stripesOf(radosLs(c))).hasSize(4);
    assertThat(listAll(p, "")).containsExactly("race/striped");
  }

  @Test
  void aWriterOrDeleterThatDiesMidwayLeavesListingsTrue() throws IOException {
    StorageProvider p = provider();
    DirectoryIndex index = new DirectoryIndex(io, Clock.systemUTC());
    // Died after announcing, before the head: a pending entry without a head is not listed.
    index.announce("ts/60/died-before-head");
    assertThat(listAll(p, "ts/")).isEmpty();
    assertThat(p.exists("ts/60/died-before-head")).isFalse();
    // Died after the head, before the commit: the pending entry's head exists, so it is listed.
    index.announce("ts/60/died-before-commit");
    io.writeFull("ts/60/died-before-commit", "whole".getBytes(StandardCharsets.UTF_8));
    assertThat(listAll(p, "ts/")).containsExactly("ts/60/died-before-commit");
    assertThat(readAll(p, "ts/60/died-before-commit")).asString().isEqualTo("whole");
    // A deleter that died after removing the head: its pending entry is not listed.
    p.put("ts/60/deleted", new ByteArrayInputStream(new byte[] {1}));
    index.demote("ts/60/deleted");
    io.remove("ts/60/deleted");
    assertThat(listAll(p, "ts/")).containsExactly("ts/60/died-before-commit");
    // ... and one that died before removing it: still there, still listed.
    p.put("ts/60/kept", new ByteArrayInputStream(new byte[] {1}));
    index.demote("ts/60/kept");
    assertThat(listAll(p, "ts/")).containsExactly("ts/60/died-before-commit", "ts/60/kept");
  }

  @Test
  void listingsReadTheIndexNotThePoolAndRebuildIndexRepairsIt(CephCluster c) throws IOException {
    StorageProvider p = provider();
    p.put("m/ru/60/a", new ByteArrayInputStream(new byte[] {1}));
    p.put("m/ru/120/b", new PatternStream(2500));
    // Objects written around the provider have no entry: a listing that scanned would show them.
    io.writeFull("m/ru/60/raw", new byte[] {2});
    io.writeFull("other/raw", new byte[] {3});
    assertThat(listAll(p, "")).containsExactly("m/ru/120/b", "m/ru/60/a");
    // Damage: a stale committed entry, a stray stripe, a whole level's index lost.
    io.omapSet(
        RadosNames.indexObject("m/ru/60/"), java.util.Map.of("gone", IndexEntries.COMMITTED));
    io.writeFull(RadosNames.stripeObject("m/ru/60/a", "deadbeef", 1), new byte[] {4});
    io.remove(RadosNames.indexObject("m/ru/120/"));
    // A pending entry of a write that may still be running is kept through the grace period.
    new DirectoryIndex(io, Clock.systemUTC()).announce("m/ru/180/in-flight");
    IndexRebuilder.Report young =
        new IndexRebuilder(io, Duration.ofHours(1), Clock.systemUTC()).rebuild();
    assertThat(young.dataObjects()).isEqualTo(4);
    assertThat(young.stripesKept()).isEqualTo(1);
    assertThat(young.stripesRemoved()).isZero();
    assertThat(listAll(p, ""))
        .containsExactly("m/ru/120/b", "m/ru/60/a", "m/ru/60/raw", "other/raw");
    assertThat(radosLs(c)).contains(RadosNames.indexObject("m/ru/180/"));
    // With no grace, the stray stripe and the dead pending entry go too.
    IndexRebuilder.Report old = new IndexRebuilder(io, Duration.ZERO, Clock.systemUTC()).rebuild();
    assertThat(old.stripesRemoved()).isEqualTo(1);
    assertThat(old.indexObjectsRemoved()).isEqualTo(1); // m/ru/180/ had nothing else
    assertThat(radosLs(c))
        .doesNotContain(
            RadosNames.indexObject("m/ru/180/"),
            RadosNames.stripeObject("m/ru/60/a", "deadbeef", 1));
    assertThat(listAll(p, "m/ru/1")).containsExactly("m/ru/120/b");
    try (InputStream in = p.get("m/ru/120/b")) {
      assertThat(PatternStream.verify(in)).isEqualTo(2500);
    }
    // A rebuild of a sound index changes nothing.
    IndexRebuilder.Report again =
        new IndexRebuilder(io, Duration.ZERO, Clock.systemUTC()).rebuild();
    assertThat(again.entriesWritten() + again.entriesRemoved() + again.indexObjectsRemoved())
        .isZero();
  }
}
