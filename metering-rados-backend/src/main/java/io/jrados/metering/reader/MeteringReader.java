package io.jrados.metering.reader;

import io.jrados.metering.json.MeteringCodec;
import io.jrados.metering.layout.MeteringFileInfo;
import io.jrados.metering.layout.MeteringPaths;
import io.jrados.metering.model.MeteringPage;
import io.jrados.metering.storage.StorageProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Lists and reads metering files. Keys come from the provider without its prefix and go back to it
 * as they are, so a provider prefix works (in the SDK it breaks reading).
 *
 * <p>Listings show only complete sets: the parts of one write whose part 0 exists, since writers
 * publish part 0 last (see {@link io.jrados.metering.writer.MeteringWriter}).
 */
public final class MeteringReader {
  private final StorageProvider provider;
  private final long maxFileBytes;
  private final int parallelism;

  /**
   * A reader on {@code provider}.
   *
   * @param maxFileBytes cap on a file's decompressed size
   * @param parallelism threads used by {@link #readFiles}
   */
  public MeteringReader(StorageProvider provider, long maxFileBytes, int parallelism) {
    if (maxFileBytes < 1 || parallelism < 1) {
      throw new IllegalArgumentException("size cap and parallelism must be positive");
    }
    this.provider = provider;
    this.maxFileBytes = maxFileBytes;
    this.parallelism = parallelism;
  }

  /** A reader with the SDK's 100 MiB cap and 8 threads for parallel reads. */
  public MeteringReader(StorageProvider provider) {
    this(provider, MeteringCodec.DEFAULT_MAX_DECOMPRESSED_BYTES, 8);
  }

  /** The complete metering files of minute {@code timestamp}, by category. */
  public TimestampFiles listFilesByTimestamp(long timestamp) throws IOException {
    List<MeteringFileInfo> infos = new ArrayList<>();
    Set<String> committedSets = new HashSet<>();
    try {
      Iterator<String> keys = provider.list(MeteringPaths.timestampPrefix(timestamp));
      while (keys.hasNext()) {
        Optional<MeteringFileInfo> info = MeteringPaths.parseMeteringFile(keys.next());
        if (info.isPresent() && info.get().timestamp() == timestamp) {
          infos.add(info.get());
          if (info.get().part() == 0) {
            committedSets.add(setId(info.get()));
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    SortedMap<String, List<String>> byCategory = new TreeMap<>();
    for (MeteringFileInfo info : infos) {
      if (committedSets.contains(setId(info))) {
        byCategory.computeIfAbsent(info.category(), c -> new ArrayList<>()).add(info.path());
      }
    }
    byCategory.values().forEach(paths -> paths.sort(null));
    return new TimestampFiles(timestamp, byCategory);
  }

  /** The categories with files at {@code timestamp}, sorted. */
  public List<String> categories(long timestamp) throws IOException {
    return List.copyOf(listFilesByTimestamp(timestamp).files().keySet());
  }

  /** The files of one category at {@code timestamp}, sorted; empty if there are none. */
  public List<String> filesByCategory(long timestamp, String category) throws IOException {
    return listFilesByTimestamp(timestamp).files().getOrDefault(category, List.of());
  }

  /**
   * Parses a metering file path.
   *
   * @throws IllegalArgumentException with the SDK's message for a path not in its layout
   */
  public static MeteringFileInfo fileInfo(String path) {
    return MeteringPaths.parseMeteringFile(path)
        .orElseThrow(() -> new IllegalArgumentException("invalid file path format: " + path));
  }

  /**
   * Reads one file.
   *
   * @throws io.jrados.metering.storage.KeyNotFoundException if it does not exist
   * @throws IOException if it is not gzip'd JSON of a metering page, or inflates beyond the cap
   */
  public MeteringPage readFile(String path) throws IOException {
    return MeteringCodec.parsePage(readFileJson(path));
  }

  /**
   * One file's JSON exactly as stored (what {@code rados get} plus {@code gunzip} shows), size
   * capped like {@link #readFile}.
   */
  public byte[] readFileJson(String path) throws IOException {
    try (InputStream in = provider.get(path)) {
      return MeteringCodec.gunzip(in, maxFileBytes);
    }
  }

  /** Reads many files in parallel; one file failing does not stop the others. */
  public MultiReadResult readFiles(List<String> paths) {
    Map<String, MeteringPage> pages = new LinkedHashMap<>();
    Map<String, Exception> failures = new LinkedHashMap<>();
    if (paths.isEmpty()) {
      return new MultiReadResult(pages, failures);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, paths.size()));
    try {
      Map<String, Future<MeteringPage>> futures = new LinkedHashMap<>();
      for (String path : paths) {
        futures.putIfAbsent(path, pool.submit(() -> readFile(path)));
      }
      for (Map.Entry<String, Future<MeteringPage>> f : futures.entrySet()) {
        try {
          pages.put(f.getKey(), f.getValue().get());
        } catch (ExecutionException e) {
          failures.put(f.getKey(), e.getCause() instanceof Exception c ? c : e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failures.put(f.getKey(), e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new MultiReadResult(pages, failures);
  }

  private static String setId(MeteringFileInfo info) {
    return info.category() + "/" + info.sharedPoolId() + "/" + info.selfId();
  }
}
