package io.jrados.metering.storage.rados;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.client.api.IoCtx;
import io.jrados.client.api.RadosClient;
import io.jrados.metering.config.LocalFsSettings;
import io.jrados.metering.config.StorageConfig;
import io.jrados.metering.config.StorageConfigFiles;
import io.jrados.metering.model.MeteringData;
import io.jrados.metering.model.MeteringValue;
import io.jrados.metering.reader.MeteringReader;
import io.jrados.metering.storage.StorageProvider;
import io.jrados.metering.storage.StorageProviders;
import io.jrados.metering.storage.localfs.LocalFsProvider;
import io.jrados.metering.testing.Gzip;
import io.jrados.metering.writer.FileExistsException;
import io.jrados.metering.writer.MeteringWriter;
import io.jrados.metering.writer.WriterOptions;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metering writer and reader on the real cluster: files are the bytes the writer makes on
 * {@code localfs} (which match the Go SDK's), the {@code rados} tool and {@code gunzip} read them,
 * and racing writers leave one winner.
 */
@ExtendWith(CephClusterExtension.class)
class MeteringOnRadosIT {
  private static final long TS = 1717027200;
  private static RadosClient client;

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

  /** 100 records of the SDK's shape: a typical metering file. */
  static MeteringData typical(long ts, String selfId) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("cluster_id", "cluster-" + (i % 7));
      r.put("ru", MeteringValue.of(1000L + i * 37L, "ru"));
      r.put("storage", MeteringValue.of(1L << 20 + (i % 5), "bytes"));
      records.add(r);
    }
    return new MeteringData(ts, "tidb-server", selfId, "pool1", records);
  }

  @Test
  void whatTheWriterStoresIsWhatRadosGetAndGunzipRead(CephCluster c, @TempDir Path tmp)
      throws Exception {
    String ns = RadosTestClients.freshNamespace("m");
    IoCtx io = client.ioCtx(RadosTestClients.POOL).withNamespace(ns);
    MeteringData data = typical(TS, "tidb0");
    List<String> keys;
    try (StorageProvider rados = new RadosProvider(client, false, io, "tenant/a", 4 << 20);
        MeteringWriter writer =
            new MeteringWriter(rados, WriterOptions.defaults().withPageSizeBytes(4096))) {
      keys = writer.write(data);
      assertThat(new MeteringReader(rados).filesByCategory(TS, "tidb-server"))
          .containsExactlyElementsOf(keys);
    }
    assertThat(keys).hasSizeGreaterThan(1);
    Path local = tmp.resolve("local");
    try (StorageProvider fs =
            new LocalFsProvider(
                LocalFsSettings.from(
                    StorageConfig.parse("localfs://" + local + "?create-dirs=true")));
        MeteringWriter writer =
            new MeteringWriter(fs, WriterOptions.defaults().withPageSizeBytes(4096))) {
      assertThat(writer.write(data)).isEqualTo(keys);
    }
    for (String key : keys) {
      Path got = tmp.resolve("got.gz");
      Files.deleteIfExists(got);
      c.rados("-p", RadosTestClients.POOL, "-N", ns, "get", "tenant/a/" + key, got.toString())
          .requireOk();
      assertThat(Files.readAllBytes(got)).isEqualTo(Files.readAllBytes(local.resolve(key)));
      Process gunzip =
          new ProcessBuilder("gunzip", "-c", got.toString()).redirectErrorStream(true).start();
      String text = new String(gunzip.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(gunzip.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(gunzip.exitValue()).isZero();
      assertThat(text).isEqualTo(Gzip.gunzipToString(local.resolve(key)));
      assertThat(text).startsWith("{\"timestamp\":" + TS + ",\"category\":\"tidb-server\"");
    }
  }

  @Test
  void ofRacingWritersOnRadosExactlyOneWinsAndItsSetIsWhole() throws Exception {
    IoCtx io =
        client.ioCtx(RadosTestClients.POOL).withNamespace(RadosTestClients.freshNamespace("r"));
    int writers = 6;
    try (StorageProvider rados = new RadosProvider(client, false, io, "", 4 << 20)) {
      for (int round = 0; round < 3; round++) {
        long ts = TS + 60L * round;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
          List<Map<String, Object>> records = new ArrayList<>();
          for (int r = 0; r < 1 + i % 3; r++) {
            records.add(Map.<String, Object>of("k", "w" + i + "r" + r));
          }
          MeteringData d = new MeteringData(ts, "c", "s", "p", records);
          MeteringWriter w =
              new MeteringWriter(rados, WriterOptions.defaults().withPageSizeBytes(1));
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    return w.write(d);
                  }));
        }
        start.countDown();
        int winner = -1;
        int losers = 0;
        for (int i = 0; i < writers; i++) {
          try {
            results.get(i).get(60, TimeUnit.SECONDS);
            assertThat(winner).isEqualTo(-1);
            winner = i;
          } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(FileExistsException.class);
            losers++;
          }
        }
        pool.shutdown();
        assertThat(losers).isEqualTo(writers - 1);
        MeteringReader reader = new MeteringReader(rados);
        List<String> files = reader.filesByCategory(ts, "c");
        assertThat(files).hasSize(1 + winner % 3);
        for (String f : files) {
          assertThat(new String(reader.readFileJson(f), StandardCharsets.UTF_8))
              .contains("\"k\":\"w" + winner + "r");
        }
      }
    }
  }

  @Test
  void theProviderIsFoundByUriAndByYamlAndTomlFilesAndNeverShowsTheKey(
      CephCluster c, @TempDir Path tmp) throws Exception {
    String ns = RadosTestClients.freshNamespace("u");
    String uri =
        "rados://" + RadosTestClients.POOL + "/via-uri?conf=" + c.confPath() + "&namespace=" + ns;
    try (StorageProvider p = StorageProviders.open(StorageConfig.parse(uri))) {
      assertThat(p).isInstanceOf(RadosProvider.class);
      p.put("k", new java.io.ByteArrayInputStream("from uri".getBytes(StandardCharsets.UTF_8)));
    }
    Path yaml =
        Files.writeString(
            tmp.resolve("storage.yaml"),
            "type: rados\n"
                + "prefix: via-uri\n"
                + "rados:\n"
                + "  pool: "
                + RadosTestClients.POOL
                + "\n  namespace: "
                + ns
                + "\n  id: admin\n  mon-host: \""
                + String.join(",", c.monHosts())
                + "\"\n  key: "
                + c.adminKey()
                + "\n");
    StorageConfig fromYaml = StorageConfigFiles.load(yaml);
    assertThat(fromYaml.toString()).doesNotContain(c.adminKey());
    try (StorageProvider p = StorageProviders.open(fromYaml)) {
      assertThat(p.toString()).doesNotContain(c.adminKey());
      try (java.io.InputStream in = p.get("k")) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("from uri");
      }
    }
    Path toml =
        Files.writeString(
            tmp.resolve("storage.toml"),
            "type = \"rados\"\n[rados]\npool = \"no-such-pool\"\nconf = \""
                + c.confPath()
                + "\"\nid = \"admin\"\nkey = \""
                + c.adminKey()
                + "\"\n");
    assertThatThrownBy(() -> StorageProviders.open(StorageConfigFiles.load(toml)))
        .hasMessageContaining("no-such-pool")
        .message()
        .doesNotContain(c.adminKey());
  }
}
