package io.jrados.metering.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.metering.config.LocalFsSettings;
import io.jrados.metering.config.StorageConfig;
import io.jrados.metering.model.MetaData;
import io.jrados.metering.model.MetaType;
import io.jrados.metering.storage.localfs.LocalFsProvider;
import io.jrados.metering.testing.Gzip;
import io.jrados.metering.testing.InstrumentedProvider;
import io.jrados.metering.writer.FileExistsException;
import io.jrados.metering.writer.MetaWriter;
import io.jrados.metering.writer.WriterOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Meta writer and reader together, on the SDK's layout. */
class MetaReaderTest {
  static final long TS = 1717027200;

  @TempDir Path base;
  InstrumentedProvider storage;
  MetaWriter writer;

  @BeforeEach
  void open() throws IOException {
    storage =
        new InstrumentedProvider(
            new LocalFsProvider(LocalFsSettings.from(StorageConfig.parse("localfs://" + base))));
    writer = new MetaWriter(storage, WriterOptions.defaults());
  }

  static String golden(String name) throws IOException {
    try (InputStream in = MetaReaderTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static MetaData meta(String cluster, MetaType type, String category, long ts, Object value) {
    return new MetaData(cluster, type, category, ts, Map.of("v", value));
  }

  @Test
  void filesSitAtTheSdkPathsWithTheSdkBytes() throws IOException {
    Map<String, Object> limits = new LinkedHashMap<>();
    limits.put("mem", "8Gi");
    limits.put("cpu", 4);
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("limits", limits);
    content.put("Name", "a&b");
    String key = writer.write(new MetaData("lc1", MetaType.LOGIC, "", TS, content));
    assertThat(key).isEqualTo("metering/meta/logic/lc1/1717027200.json.gz");
    assertThat(Gzip.gunzipToString(base.resolve(key))).isEqualTo(golden("meta-logic.json"));
    String withCategory =
        writer.write(new MetaData("sp-01", MetaType.SHAREDPOOL, "storage", TS + 60, Map.of()));
    assertThat(withCategory).isEqualTo("metering/meta/sharedpool/storage/sp-01/1717027260.json.gz");
    assertThat(Gzip.gunzipToString(base.resolve(withCategory)))
        .isEqualTo(golden("meta-sharedpool-category.json"));
  }

  @Test
  void theNewestFileAtOrBeforeTheTimeIsRead() throws IOException {
    writer.write(meta("c1", MetaType.LOGIC, "", 100, "old"));
    writer.write(meta("c1", MetaType.LOGIC, "", 200, "new"));
    writer.write(meta("c1", MetaType.LOGIC, "", 300, "future"));
    MetaReader reader = new MetaReader(storage, 10);
    MetaData at250 = reader.readByType("c1", MetaType.LOGIC, "", 250);
    assertThat(at250.metadata()).containsEntry("v", "new");
    assertThat(at250.modifyTs()).isEqualTo(200);
    assertThat(reader.readByType("c1", MetaType.LOGIC, "", 200).metadata())
        .containsEntry("v", "new");
    assertThatThrownBy(() -> reader.readByType("c1", MetaType.LOGIC, "", 99))
        .isInstanceOf(MetaNotFoundException.class)
        .hasMessage(
            "file not found: no meta files found for cluster c1 with type logic before timestamp 99");
    assertThatThrownBy(() -> reader.readByType("c1", MetaType.SHAREDPOOL, "cat", 500))
        .hasMessage(
            "file not found: no meta files found for cluster c1 with type sharedpool and category"
                + " cat before timestamp 500");
  }

  @Test
  void thePlainReadFindsWhatTheWriterWrote() throws IOException {
    writer.write(meta("c1", MetaType.SHAREDPOOL, "", 100, "pool"));
    writer.write(meta("c1", MetaType.LOGIC, "cat", 150, "logic-cat"));
    MetaReader reader = new MetaReader(storage, 10);
    MetaData found = reader.read("c1", "", 1000);
    assertThat(found.type()).isEqualTo(MetaType.SHAREDPOOL);
    assertThat(found.metadata()).containsEntry("v", "pool");
    assertThat(reader.read("c1", "cat", 1000).metadata()).containsEntry("v", "logic-cat");
    assertThatThrownBy(() -> reader.read("c2", "", 1000))
        .hasMessage("file not found: no meta files found for cluster c2 before timestamp 1000");
  }

  @Test
  void aCategoryNamedLikeAClusterIsNotReadAsThatCluster() throws IOException {
    writer.write(meta("x", MetaType.LOGIC, "c1", 100, "category c1 of cluster x"));
    assertThatThrownBy(() -> new MetaReader(storage, 0).readByType("c1", MetaType.LOGIC, "", 500))
        .isInstanceOf(MetaNotFoundException.class);
  }

  @Test
  void theCacheAnswersRepeatsFromMemoryAndStaysBounded() throws IOException {
    for (int ts = 60; ts <= 600; ts += 60) {
      writer.write(meta("c1", MetaType.LOGIC, "", ts, ts));
    }
    MetaReader reader = new MetaReader(storage, 3);
    MetaData first = reader.readByType("c1", MetaType.LOGIC, "", 130);
    int gets = storage.gets.get();
    int lists = storage.listPages.get();
    assertThat(reader.readByType("c1", MetaType.LOGIC, "", 130)).isSameAs(first);
    assertThat(storage.gets.get()).isEqualTo(gets);
    assertThat(storage.listPages.get()).isEqualTo(lists);
    for (int ts = 200; ts < 600; ts += 60) {
      reader.readByType("c1", MetaType.LOGIC, "", ts);
    }
    reader.readByType("c1", MetaType.LOGIC, "", 130);
    assertThat(storage.gets.get()).isGreaterThan(gets + 7); // 130 was evicted and read again
    MetaData cached = reader.readByType("c1", MetaType.LOGIC, "", 130);
    reader.clearCache();
    assertThat(reader.readByType("c1", MetaType.LOGIC, "", 130))
        .isEqualTo(cached)
        .isNotSameAs(cached);
  }

  @Test
  void metaValidationAndOverwriteProtection() throws IOException {
    assertThatThrownBy(() -> MetaType.parse("cluster"))
        .hasMessage("invalid metadata type: cluster, must be one of: logic, sharedpool");
    assertThatThrownBy(() -> writer.write(meta("", MetaType.LOGIC, "", 1, 1)))
        .hasMessage("cluster ID cannot be empty");
    assertThatThrownBy(() -> writer.write(meta("a/b", MetaType.LOGIC, "", 1, 1)))
        .hasMessage("cluster ID contains invalid characters");
    assertThatThrownBy(() -> writer.write(meta("a", MetaType.LOGIC, "x:y", 1, 1)))
        .hasMessage("category contains invalid characters");
    writer.write(meta("a", MetaType.LOGIC, "", 1, "first"));
    assertThatThrownBy(() -> writer.write(meta("a", MetaType.LOGIC, "", 1, "second")))
        .isInstanceOf(FileExistsException.class)
        .hasMessage("file already exists: metering/meta/logic/a/1.json.gz")
        .extracting(e -> ((FileExistsException) e).path())
        .isEqualTo("metering/meta/logic/a/1.json.gz");
    new MetaWriter(storage, WriterOptions.defaults().withOverwriteExisting(true))
        .write(meta("a", MetaType.LOGIC, "", 1, "second"));
    assertThat(new MetaReader(storage, 0).readFile("metering/meta/logic/a/1.json.gz").metadata())
        .containsEntry("v", "second");
    writer.close();
    assertThatThrownBy(() -> writer.write(meta("a", MetaType.LOGIC, "", 2, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("meta writer is closed");
  }
}
