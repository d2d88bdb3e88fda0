package io.jrados.metering.writer;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.metering.config.LocalFsSettings;
import io.jrados.metering.config.StorageConfig;
import io.jrados.metering.model.MeteringData;
import io.jrados.metering.storage.StorageProvider;
import io.jrados.metering.storage.localfs.LocalFsProvider;
import io.jrados.metering.testing.Gzip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SDK's byte-based pagination, and racing writers. */
class PaginationAndRaceTest {
  static final long TS = 1717027200;

  @TempDir Path base;
  StorageProvider storage;

  @BeforeEach
  void open() throws IOException {
    storage = new LocalFsProvider(LocalFsSettings.from(StorageConfig.parse("localfs://" + base)));
  }

  /** A record whose JSON, {"k":"vvv..."}, is exactly {@code size} bytes. */
  static Map<String, Object> sized(int size) {
    return Map.<String, Object>of("k", "v".repeat(size - 8));
  }

  static List<Integer> partSizes(List<List<Map<String, Object>>> pages) {
    return pages.stream().map(List::size).toList();
  }

  @Test
  void aPageClosesWhenTheNextRecordWouldExceedIt() {
    List<Map<String, Object>> five = List.of(sized(12), sized(12), sized(12), sized(12), sized(12));
    assertThat(partSizes(PagePlanner.plan(five, 30))).containsExactly(2, 2, 1);
    // Exactly full is still one page: only "greater than" opens a new one.
    assertThat(partSizes(PagePlanner.plan(List.of(sized(12), sized(12)), 24))).containsExactly(2);
    // An oversize record sits alone, first or not.
    assertThat(partSizes(PagePlanner.plan(List.of(sized(50), sized(12)), 30)))
        .containsExactly(1, 1);
    assertThat(partSizes(PagePlanner.plan(List.of(sized(12), sized(50), sized(12)), 30)))
        .containsExactly(1, 1, 1);
  }

  @Test
  void noRecordsWithPagingWritesNothingAndWithoutPagingOneEmptyPart() throws IOException {
    MeteringData empty = new MeteringData(TS, "c", "s", "p", List.of());
    assertThat(
            new MeteringWriter(storage, WriterOptions.defaults().withPageSizeBytes(100))
                .write(empty))
        .isEmpty();
    List<String> keys = new MeteringWriter(storage, WriterOptions.defaults()).write(empty);
    assertThat(Gzip.gunzipToString(base.resolve(keys.get(0))))
        .isEqualTo(
            "{\"timestamp\":1717027200,\"category\":\"c\",\"self_id\":\"s\",\"shared_pool_id\":\"p\","
                + "\"part\":0,\"data\":[]}");
  }

  @Test
  void partsAreNumberedFromZeroEachWithItsRecords() throws IOException {
    List<Map<String, Object>> records = List.of(sized(12), sized(12), sized(12));
    List<String> keys =
        new MeteringWriter(storage, WriterOptions.defaults().withPageSizeBytes(24))
            .write(new MeteringData(TS, "c", "s", "p", records));
    assertThat(keys)
        .containsExactly(
            "metering/ru/1717027200/c/p/s-0.json.gz", "metering/ru/1717027200/c/p/s-1.json.gz");
    assertThat(Gzip.gunzipToString(base.resolve(keys.get(1))))
        .isEqualTo(
            "{\"timestamp\":1717027200,\"category\":\"c\",\"self_id\":\"s\",\"shared_pool_id\":\"p\","
                + "\"part\":1,\"data\":[{\"k\":\"vvvv\"}]}");
  }

  @Test
  void overwritingWithFewerPartsRemovesTheStaleOnes() throws IOException {
    WriterOptions paged =
        WriterOptions.defaults().withPageSizeBytes(12).withOverwriteExisting(true);
    MeteringWriter w = new MeteringWriter(storage, paged);
    w.write(new MeteringData(TS, "c", "s", "p", List.of(sized(12), sized(12), sized(12))));
    w.write(new MeteringData(TS, "c", "s", "p", List.of(sized(12))));
    try (Stream<Path> files = Files.list(base.resolve("metering/ru/1717027200/c/p"))) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("s-0.json.gz");
    }
  }

  @Test
  void ofRacingWritersExactlyOneWinsAndItsSetIsWhole() throws Exception {
    int writers = 8;
    for (int round = 0; round < 4; round++) {
      long ts = TS + 60L * round;
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        int records = 1 + i % 4; // racers write 1 to 4 parts
        List<Map<String, Object>> data = new ArrayList<>();
        for (int r = 0; r < records; r++) {
          data.add(Map.<String, Object>of("k", "w" + i + "r" + r));
        }
        MeteringWriter w =
            new MeteringWriter(storage, WriterOptions.defaults().withPageSizeBytes(1));
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return w.write(new MeteringData(ts, "c", "s", "p", data));
                }));
      }
      start.countDown();
      int winner = -1;
      int losers = 0;
      for (int i = 0; i < writers; i++) {
        try {
          results.get(i).get(30, TimeUnit.SECONDS);
          assertThat(winner).isEqualTo(-1);
          winner = i;
        } catch (ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(FileExistsException.class);
          losers++;
        }
      }
      pool.shutdown();
      assertThat(losers).isEqualTo(writers - 1);
      try (Stream<Path> files = Files.list(base.resolve("metering/ru/" + ts + "/c/p"))) {
        List<Path> parts = files.sorted().toList();
        assertThat(parts).hasSize(1 + winner % 4);
        for (Path part : parts) {
          assertThat(Gzip.gunzipToString(part)).contains("\"k\":\"w" + winner + "r");
        }
      }
    }
  }
}
