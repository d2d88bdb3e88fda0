package io.jrados.metering.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.metering.config.LocalFsSettings;
import io.jrados.metering.config.StorageConfig;
import io.jrados.metering.model.MeteringData;
import io.jrados.metering.model.MeteringValue;
import io.jrados.metering.storage.StorageProvider;
import io.jrados.metering.storage.localfs.LocalFsProvider;
import io.jrados.metering.testing.Gzip;
import io.jrados.metering.testing.InstrumentedProvider;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's files, byte for byte, and its overwrite protection. */
class MeteringWriterTest {
  static final long TS = 1717027200;

  @TempDir Path base;
  StorageProvider storage;

  @BeforeEach
  void open() throws IOException {
    storage = new LocalFsProvider(LocalFsSettings.from(StorageConfig.parse("localfs://" + base)));
  }

  static Map<String, Object> record(String cluster, long ru) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("logical_cluster_id", cluster);
    r.put("ru", MeteringValue.of(ru, "RU"));
    return r;
  }

  static MeteringData goldenData() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("b", 1);
    nested.put("a", "\u2028\n\t\"\\");
    Map<String, Object> first = new LinkedHashMap<>();
    first.put("zeta", 0.1);
    first.put("logical_cluster_id", "lc1");
    first.put("ru", MeteringValue.of(1234, "RU"));
    first.put("storage", new MeteringValue(new BigInteger("18446744073709551615"), "bytes"));
    first.put("Tag", "a<b>&c");
    first.put("alpha", 1e21);
    first.put("small", 1e-7);
    first.put("count", 42L);
    first.put("flag", true);
    first.put("nil", null);
    first.put("list", Arrays.asList(1, 2.5, "x"));
    first.put("nested", nested);
    return new MeteringData(TS, "storage", "tikv1", "sp-01", List.of(first, record("lc2", 0)));
  }

  static String golden(String name) throws IOException {
    try (InputStream in = MeteringWriterTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theFileSitsAtTheSdkPathAndGunzipsToTheSdkBytes() throws IOException {
    List<String> keys = new MeteringWriter(storage, WriterOptions.defaults()).write(goldenData());
    assertThat(keys).containsExactly("metering/ru/1717027200/storage/sp-01/tikv1-0.json.gz");
    assertThat(Gzip.gunzipToString(base.resolve(keys.get(0))))
        .isEqualTo(golden("metering-page.json"));
  }

  @Test
  void anEmptySharedPoolTakesTheWritersDefaultWithoutTouchingTheCallersData() throws IOException {
    MeteringData data = new MeteringData(TS, "c", "s", "", List.of(record("a", 1)));
    List<String> keys = new MeteringWriter(storage, WriterOptions.defaults()).write(data);
    assertThat(keys).containsExactly("metering/ru/1717027200/c/default-shared-pool/s-0.json.gz");
    assertThat(data.sharedPoolId()).isEmpty();
    WriterOptions fromConfig =
        WriterOptions.from(StorageConfig.parse("localfs:///x?shared-pool-id=p9"));
    assertThat(new MeteringWriter(storage, fromConfig).write(data))
        .containsExactly("metering/ru/1717027200/c/p9/s-0.json.gz");
    WriterOptions explicit = WriterOptions.defaults().withDefaultSharedPoolId("p10");
    assertThat(new MeteringWriter(storage, explicit).write(data))
        .containsExactly("metering/ru/1717027200/c/p10/s-0.json.gz");
  }

  @Test
  void theCallersRecordsAreCopiedNotShared() throws IOException {
    Map<String, Object> mutable = new HashMap<>(record("a", 1));
    List<Map<String, Object>> list = new ArrayList<>(List.of(mutable));
    MeteringData data = new MeteringData(TS, "c", "s", "p", list);
    mutable.put("logical_cluster_id", "changed");
    list.clear();
    assertThat(data.data()).hasSize(1);
    assertThat(data.data().get(0)).containsEntry("logical_cluster_id", "a");
    assertThatThrownBy(() -> data.data().get(0).put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void everySdkValidationRuleWithItsMessageInItsOrder() {
    MeteringWriter w = new MeteringWriter(storage, WriterOptions.defaults());
    List<Map<String, Object>> d = List.of(record("a", 1));
    assertThatThrownBy(() -> w.write(null)).hasMessage("invalid data type, expected *MeteringData");
    MeteringWriter noDefault = new MeteringWriter(storage, new WriterOptions(0, false, ""));
    assertThatThrownBy(() -> noDefault.write(new MeteringData(TS, "c", "a-b", "", d)))
        .hasMessage("SharedPoolID is required and cannot be empty");
    assertThatThrownBy(() -> w.write(new MeteringData(TS, "c", "", "p", d)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("self ID cannot be empty");
    assertThatThrownBy(() -> w.write(new MeteringData(TS, "c", "a-b", "p", d)))
        .hasMessage("self_id cannot contain dash character: a-b");
    assertThatThrownBy(() -> w.write(new MeteringData(0, "c", "s", "p", d)))
        .hasMessage("timestamp must be positive");
    assertThatThrownBy(() -> w.write(new MeteringData(-60, "c", "s", "p", d)))
        .hasMessage("timestamp must be positive");
    assertThatThrownBy(() -> w.write(new MeteringData(TS + 1, "c", "s", "p", d)))
        .hasMessage("timestamp must be a minute-level timestamp (divisible by 60)");
    // SDK order: the self id is checked before the timestamp.
    assertThatThrownBy(() -> w.write(new MeteringData(7, "c", "a-b", "p", d)))
        .hasMessage("self_id cannot contain dash character: a-b");
    // Beyond the SDK: names that would leave its layout.
    assertThatThrownBy(() -> w.write(new MeteringData(TS, "", "s", "p", d)))
        .hasMessage("category cannot be empty");
    assertThatThrownBy(() -> w.write(new MeteringData(TS, "a/b", "s", "p", d)))
        .hasMessage("category contains invalid characters");
    assertThatThrownBy(() -> w.write(new MeteringData(TS, "c", "s/t", "p", d)))
        .hasMessage("self_id cannot contain '/': s/t");
    assertThatThrownBy(() -> w.write(new MeteringData(TS, "c", "s", "p/q", d)))
        .hasMessage("shared_pool_id cannot contain '/': p/q");
    assertThatThrownBy(() -> new MeteringData(TS, "c", "s", "p", List.of(Map.of("x", Double.NaN))))
        .hasMessage("json: unsupported value: NaN");
    assertThatThrownBy(
            () -> new MeteringData(TS, "c", "s", "p", List.of(Map.of("x", new Object()))))
        .hasMessageStartingWith("unsupported value type in metering data");
  }

  @Test
  void anExistingFileIsNotOverwrittenByDefault() throws IOException {
    MeteringWriter w = new MeteringWriter(storage, WriterOptions.defaults());
    MeteringData data = new MeteringData(TS, "c", "s", "p", List.of(record("a", 1)));
    w.write(data);
    assertThatThrownBy(() -> w.write(data.withSharedPoolId("p")))
        .isInstanceOf(FileExistsException.class)
        .hasMessage("file already exists: metering/ru/1717027200/c/p/s-0.json.gz");
    MeteringData changed = new MeteringData(TS, "c", "s", "p", List.of(record("b", 2)));
    new MeteringWriter(storage, WriterOptions.defaults().withOverwriteExisting(true))
        .write(changed);
    assertThat(Gzip.gunzipToString(base.resolve("metering/ru/1717027200/c/p/s-0.json.gz")))
        .contains("\"logical_cluster_id\":\"b\"");
  }

  @Test
  void aWriteAfterCloseIsAClearError() {
    MeteringWriter w = new MeteringWriter(storage, WriterOptions.defaults());
    w.close();
    assertThatThrownBy(() -> w.write(new MeteringData(TS, "c", "s", "p", List.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("metering writer is closed");
  }

  @Test
  void aWriteThatFailsPartWayLeavesNoPartBehind() throws IOException {
    InstrumentedProvider failing = new InstrumentedProvider(storage);
    failing.failWritesOf(key -> key.endsWith("-1.json.gz"));
    MeteringWriter w = new MeteringWriter(failing, WriterOptions.defaults().withPageSizeBytes(1));
    List<Map<String, Object>> three = List.of(record("a", 1), record("b", 2), record("c", 3));
    assertThatThrownBy(() -> w.write(new MeteringData(TS, "c", "s", "p", three)))
        .hasMessageContaining("injected failure");
    try (Stream<Path> files = Files.walk(base)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty(); // part 2 was rolled back
    }
    failing.failWritesOf(key -> false);
    assertThat(w.write(new MeteringData(TS, "c", "s", "p", three))).hasSize(3);
  }
}
