package io.jrados.metering.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.metering.config.StorageConfig;
import io.jrados.metering.layout.MeteringFileInfo;
import io.jrados.metering.model.MeteringData;
import io.jrados.metering.model.MeteringPage;
import io.jrados.metering.model.MeteringValue;
import io.jrados.metering.storage.KeyNotFoundException;
import io.jrados.metering.storage.StorageProvider;
import io.jrados.metering.storage.StorageProviders;
import io.jrados.metering.writer.MeteringWriter;
import io.jrados.metering.writer.WriterOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeteringReaderTest {
  static final long TS = 1717027200;

  @TempDir Path base;
  StorageProvider storage;
  MeteringWriter writer;

  @BeforeEach
  void open() throws IOException {
    // Behind a provider prefix: in the SDK this breaks reading (prefix applied twice).
    storage = StorageProviders.open(StorageConfig.parse("localfs://" + base + "?prefix=tenant/x"));
    writer = new MeteringWriter(storage, WriterOptions.defaults().withPageSizeBytes(20));
  }

  void write(String category, String self, String pool, int records) throws IOException {
    List<Map<String, Object>> data =
        IntStream.range(0, records)
            .mapToObj(i -> Map.<String, Object>of("ru", MeteringValue.of(i, "RU")))
            .toList();
    writer.write(new MeteringData(TS, category, self, pool, data));
  }

  @Test
  void listsTheMinutesFilesByCategorySortedAndReadsThemBehindAPrefix() throws IOException {
    write("tidb", "s2", "p", 1);
    write("tidb", "s1", "p", 2);
    write("tikv", "k1", "q", 1);
    writer.write(new MeteringData(TS + 60, "other", "s", "p", List.of()));
    MeteringReader reader = new MeteringReader(storage);
    TimestampFiles files = reader.listFilesByTimestamp(TS);
    assertThat(files.timestamp()).isEqualTo(TS);
    assertThat(files.files())
        .containsExactly(
            Map.entry(
                "tidb",
                List.of(
                    "metering/ru/1717027200/tidb/p/s1-0.json.gz",
                    "metering/ru/1717027200/tidb/p/s1-1.json.gz",
                    "metering/ru/1717027200/tidb/p/s2-0.json.gz")),
            Map.entry("tikv", List.of("metering/ru/1717027200/tikv/q/k1-0.json.gz")));
    assertThat(reader.categories(TS)).containsExactly("tidb", "tikv");
    assertThat(reader.filesByCategory(TS, "tikv")).hasSize(1);
    assertThat(reader.filesByCategory(TS, "none")).isEmpty();
    MeteringPage page = reader.readFile(files.files().get("tidb").get(1));
    assertThat(page.part()).isEqualTo(1);
    assertThat(page.selfId()).isEqualTo("s1");
    assertThat(page.data()).containsExactly(Map.of("ru", Map.of("value", 1L, "unit", "RU")));
  }

  @Test
  void aSetWithoutItsPartZeroIsNotListed() throws IOException {
    storage.put("metering/ru/1717027200/c/p/half-1.json.gz", new ByteArrayInputStream(new byte[0]));
    storage.put("metering/ru/1717027200/c/p/junk.txt", new ByteArrayInputStream(new byte[0]));
    write("c", "whole", "p", 1);
    assertThat(new MeteringReader(storage).filesByCategory(TS, "c"))
        .containsExactly("metering/ru/1717027200/c/p/whole-0.json.gz");
  }

  @Test
  void fileInfoParsesTheSdkLayoutAndRejectsAnythingElse() {
    assertThat(MeteringReader.fileInfo("metering/ru/60/cat/pool/self-12.json.gz"))
        .isEqualTo(
            new MeteringFileInfo(
                "metering/ru/60/cat/pool/self-12.json.gz", 60, "cat", "pool", "self", 12));
    for (String bad :
        List.of(
            "metering/ru/60/cat/pool/se-lf-1.json.gz",
            "metering/ru/x/cat/pool/self-1.json.gz",
            "metering/ru/60/cat/self-1.json.gz",
            "metering/ru/60/cat/pool/self-1.json",
            "/metering/ru/60/cat/pool/self-1.json.gz",
            "metering/ru/60/cat/pool/self-99999999999.json.gz")) {
      assertThatThrownBy(() -> MeteringReader.fileInfo(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("invalid file path format: " + bad);
    }
  }

  @Test
  void readingIsSizeCappedAndMissingFilesAreNotFound() throws IOException {
    List<Map<String, Object>> big =
        List.of(Map.of("ru", new MeteringValue(BigInteger.TEN, "x".repeat(5000))));
    new MeteringWriter(storage, WriterOptions.defaults())
        .write(new MeteringData(TS, "big", "s", "p", big));
    String path = "metering/ru/1717027200/big/p/s-0.json.gz";
    assertThat(new MeteringReader(storage).readFile(path).data()).hasSize(1);
    assertThatThrownBy(() -> new MeteringReader(storage, 1000, 1).readFile(path))
        .hasMessageContaining("more than the cap of 1000 bytes");
    assertThatThrownBy(() -> new MeteringReader(storage).readFile("metering/ru/60/c/p/n-0.json.gz"))
        .isInstanceOf(KeyNotFoundException.class)
        .hasMessage("file not found: metering/ru/60/c/p/n-0.json.gz");
  }

  @Test
  void readingManyReportsWhatFailedBesideWhatWasRead() throws IOException {
    write("c", "a", "p", 1);
    write("c", "b", "p", 1);
    storage.put(
        "metering/ru/1717027200/c/p/bad-0.json.gz", new ByteArrayInputStream(new byte[] {1}));
    List<String> paths =
        List.of(
            "metering/ru/1717027200/c/p/a-0.json.gz",
            "metering/ru/1717027200/c/p/missing-0.json.gz",
            "metering/ru/1717027200/c/p/b-0.json.gz",
            "metering/ru/1717027200/c/p/bad-0.json.gz");
    MultiReadResult result = new MeteringReader(storage, 1 << 20, 3).readFiles(paths);
    assertThat(result.pages().keySet()).containsExactly(paths.get(0), paths.get(2));
    assertThat(result.failures().keySet()).containsExactly(paths.get(1), paths.get(3));
    assertThat(result.failures().get(paths.get(1))).isInstanceOf(KeyNotFoundException.class);
    assertThat(result.partial()).isTrue();
    assertThat(result.complete()).isFalse();
    assertThat(new MeteringReader(storage).readFiles(List.of()).complete()).isTrue();
  }
}
