package io.jrados.metering.bench;

import io.jrados.client.api.ClientOptions;
import io.jrados.client.api.IoCtx;
import io.jrados.client.api.ObjectEntry;
import io.jrados.client.api.RadosClient;
import io.jrados.metering.config.LocalFsSettings;
import io.jrados.metering.config.StorageConfig;
import io.jrados.metering.model.MeteringData;
import io.jrados.metering.model.MeteringValue;
import io.jrados.metering.reader.MeteringReader;
import io.jrados.metering.storage.StorageProvider;
import io.jrados.metering.storage.localfs.LocalFsProvider;
import io.jrados.metering.storage.rados.RadosProvider;
import io.jrados.metering.writer.MeteringWriter;
import io.jrados.metering.writer.WriterOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Metering files written and read per second on {@code rados} and {@code localfs}, alternating runs
 * so both see the same machine noise, and the time to list one timestamp's files as unrelated
 * metering files pile up in the pool, beside the time a full pool scan would take. Prints {@code
 * key value} lines; bin/bench-metering runs it against a throwaway cluster.
 *
 * <pre>MeteringStorageBench -c CEPH_CONF [--files N] [--runs R] [--noise 1000,10000,50000]</pre>
 */
public final class MeteringStorageBench {
  private static final long TS = 1_717_027_200L;
  private static final String POOL = "metering-bench";

  private MeteringStorageBench() {}

  public static void main(String[] args) throws Exception {
    String conf = null;
    int files = 300;
    int runs = 3;
    int[] noise = {1000, 10_000, 50_000};
    for (int i = 0; i < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "-c" -> conf = value;
        case "--files" -> files = Integer.parseInt(value);
        case "--runs" -> runs = Integer.parseInt(value);
        case "--noise" ->
            noise = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (conf == null) {
      throw new IllegalArgumentException("-c CEPH_CONF is required");
    }
    RadosClient client =
        RadosClient.create(ClientOptions.fromArgs(new String[] {"-c", conf}, Map.of()).options());
    Path scratch = Files.createTempDirectory("metering-bench");
    try {
      client.connect();
      client.createPool(POOL, 32);
      IoCtx pool = client.ioCtx(POOL);
      System.out.println("file_bytes " + typicalFileBytes(scratch));
      for (int run = 1; run <= runs; run++) {
        StorageProvider rados =
            new RadosProvider(client, false, pool.withNamespace("rw-" + run), "", 4 << 20);
        StorageProvider local = localfs(scratch.resolve("rw-" + run));
        report("run" + run + " rados", writeAndRead(rados, files));
        report("run" + run + " localfs", writeAndRead(local, files));
      }
      listingCost(client, pool.withNamespace("list"), noise);
    } finally {
      client.close();
      try (Stream<Path> walk = Files.walk(scratch)) {
        walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** 100 records of the SDK's shape. */
  static MeteringData typical(long ts, String selfId) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("cluster_id", "cluster-" + (i % 7));
      r.put("ru", MeteringValue.of(1000L + i * 37L, "ru"));
      r.put("storage", MeteringValue.of(1L << (20 + i % 5), "bytes"));
      r.put("tenant", "tenant-" + (i * 7919 % 1000));
      records.add(r);
    }
    return new MeteringData(ts, "tidb-server", selfId, "pool1", records);
  }

  private static StorageProvider localfs(Path dir) throws IOException {
    return new LocalFsProvider(
        LocalFsSettings.from(StorageConfig.parse("localfs://" + dir + "?create-dirs=true")));
  }

  private static long typicalFileBytes(Path scratch) throws IOException {
    Path dir = scratch.resolve("size");
    try (StorageProvider p = localfs(dir);
        MeteringWriter w = new MeteringWriter(p, WriterOptions.defaults())) {
      return Files.size(dir.resolve(w.write(typical(TS, "probe")).get(0)));
    }
  }

  /** {writes/s, reads/s}, one thread, files of {@link #typical}. */
  private static double[] writeAndRead(StorageProvider p, int files) throws IOException {
    List<String> keys = new ArrayList<>();
    try (MeteringWriter w = new MeteringWriter(p, WriterOptions.defaults())) {
      for (int i = 0; i < 20; i++) {
        w.write(typical(TS - 60, "warm" + i)); // warm-up, untimed
      }
      long start = System.nanoTime();
      for (int i = 0; i < files; i++) {
        keys.addAll(w.write(typical(TS, "self" + i)));
      }
      double writes = files / seconds(start);
      MeteringReader reader = new MeteringReader(p);
      start = System.nanoTime();
      for (String key : keys) {
        reader.readFile(key);
      }
      double reads = keys.size() / seconds(start);
      return new double[] {writes, reads};
    }
  }

  /** Listing one timestamp's 20 files while unrelated files are added around them. */
  private static void listingCost(RadosClient client, IoCtx io, int[] noise) throws Exception {
    StorageProvider p = new RadosProvider(client, false, io, "", 4 << 20);
    try (MeteringWriter w = new MeteringWriter(p, WriterOptions.defaults())) {
      for (int i = 0; i < 20; i++) {
        w.write(typical(TS, "listed" + i));
      }
    }
    MeteringReader reader = new MeteringReader(p);
    int present = 20;
    ExecutorService threads = Executors.newFixedThreadPool(16);
    try {
      for (int level : noise) {
        List<Future<?>> pending = new ArrayList<>();
        for (int i = present; i < level; i++) {
          long ts = TS + 60L * (1 + i % 500); // other timestamps, other categories and writers
          String self = "noise" + i;
          pending.add(
              threads.submit(
                  () -> {
                    p.put(noiseKey(ts, self), new java.io.ByteArrayInputStream(new byte[64]));
                    return null;
                  }));
        }
        for (Future<?> f : pending) {
          f.get();
        }
        present = Math.max(present, level);
        int listed =
            reader.listFilesByTimestamp(TS).files().values().stream().mapToInt(List::size).sum();
        double indexMs = medianMillis(() -> reader.listFilesByTimestamp(TS), 30);
        double scanMs = medianMillis(() -> scan(io, "metering/ru/" + TS + "/"), 3);
        System.out.printf(
            "listing objects_in_pool %d listed %d index_ms %.2f full_scan_ms %.1f%n",
            present, listed, indexMs, scanMs);
      }
    } finally {
      threads.shutdown();
    }
  }

  private static String noiseKey(long ts, String self) {
    return "metering/ru/" + ts + "/tikv/pool1/" + self + "-0.json.gz";
  }

  private static long scan(IoCtx io, String prefix) {
    try (Stream<ObjectEntry> all = io.listObjects()) {
      return all.filter(e -> e.name().startsWith(prefix)).count();
    }
  }

  private interface Timed {
    Object run() throws Exception;
  }

  private static double medianMillis(Timed t, int reps) throws Exception {
    double[] ms = new double[reps];
    for (int i = 0; i < reps; i++) {
      long start = System.nanoTime();
      t.run();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms[reps / 2];
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void report(String what, double[] writesAndReads) {
    System.out.printf(
        "%s writes_per_s %.1f reads_per_s %.1f%n", what, writesAndReads[0], writesAndReads[1]);
  }
}
