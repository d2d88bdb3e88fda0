package io.jrados.metering.reader;

import io.jrados.metering.json.MeteringCodec;
import io.jrados.metering.layout.MeteringPaths;
import io.jrados.metering.model.MetaData;
import io.jrados.metering.model.MetaType;
import io.jrados.metering.storage.StorageProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Reads the metadata in effect at a time: the file with the largest {@code modify_ts} at or before
 * it. Results are kept in a bounded in-memory cache keyed by the request.
 *
 * <p>{@link #read} looks in both type directories, where the writer puts files; the SDK's plain
 * read lists a path without the type and never finds them.
 */
public final class MetaReader {
  private record CacheKey(MetaType type, String category, String clusterId, long timestamp) {}

  private record Candidate(String key, long modifyTs, MetaType type) {}

  private final StorageProvider provider;
  private final BoundedCache<CacheKey, MetaData> cache;

  /**
   * A reader on {@code provider}.
   *
   * @param cacheCapacity most requests remembered; 0 disables the cache
   */
  public MetaReader(StorageProvider provider, int cacheCapacity) {
    this.provider = provider;
    this.cache = new BoundedCache<>(cacheCapacity);
  }

  /**
   * The metadata of {@code type} in effect at {@code timestamp}.
   *
   * @param category the category, or empty for none
   * @throws MetaNotFoundException if no file is at or before {@code timestamp}
   */
  public MetaData readByType(String clusterId, MetaType type, String category, long timestamp)
      throws IOException {
    CacheKey cacheKey = new CacheKey(type, category, clusterId, timestamp);
    Optional<MetaData> cached = cache.get(cacheKey);
    if (cached.isPresent()) {
      return cached.get();
    }
    Candidate best = newest(type, category, clusterId, timestamp).orElse(null);
    if (best == null) {
      throw new MetaNotFoundException(
          "no meta files found for cluster "
              + clusterId
              + " with type "
              + type.wireName()
              + (category.isEmpty() ? "" : " and category " + category)
              + " before timestamp "
              + timestamp);
    }
    return load(cacheKey, best, clusterId, category);
  }

  /**
   * The metadata of either type in effect at {@code timestamp}; when both types have a file with
   * the same newest timestamp, {@code logic} wins.
   *
   * @param category the category, or empty for none
   */
  public MetaData read(String clusterId, String category, long timestamp) throws IOException {
    CacheKey cacheKey = new CacheKey(null, category, clusterId, timestamp);
    Optional<MetaData> cached = cache.get(cacheKey);
    if (cached.isPresent()) {
      return cached.get();
    }
    Candidate best = null;
    for (MetaType type : MetaType.values()) {
      Candidate candidate = newest(type, category, clusterId, timestamp).orElse(null);
      if (candidate != null && (best == null || candidate.modifyTs() > best.modifyTs())) {
        best = candidate;
      }
    }
    if (best == null) {
      throw new MetaNotFoundException(
          "no meta files found for cluster "
              + clusterId
              + (category.isEmpty() ? "" : " with category " + category)
              + " before timestamp "
              + timestamp);
    }
    return load(cacheKey, best, clusterId, category);
  }

  /** Reads one meta file as stored. */
  public MetaData readFile(String path) throws IOException {
    try (InputStream in = provider.get(path)) {
      return MeteringCodec.parseMeta(
          MeteringCodec.gunzip(in, MeteringCodec.DEFAULT_MAX_DECOMPRESSED_BYTES));
    }
  }

  /** Forgets every cached result, e.g. after metadata at an already-asked time was written. */
  public void clearCache() {
    cache.clear();
  }

  private MetaData load(CacheKey cacheKey, Candidate best, String clusterId, String category)
      throws IOException {
    MetaData stored = readFile(best.key());
    // As in the SDK, the path is authoritative for who and when; the body supplies the content.
    MetaData result =
        new MetaData(clusterId, best.type(), category, best.modifyTs(), stored.metadata());
    cache.put(cacheKey, result);
    return result;
  }

  private Optional<Candidate> newest(
      MetaType type, String category, String clusterId, long timestamp) throws IOException {
    String directory = MeteringPaths.metaDirectory(type, category, clusterId);
    Candidate best = null;
    try {
      for (Iterator<String> it = provider.list(directory); it.hasNext(); ) {
        String key = it.next();
        Optional<Long> ts = MeteringPaths.metaTimestamp(directory, key);
        if (ts.isPresent()
            && ts.get() <= timestamp
            && (best == null || ts.get() > best.modifyTs())) {
          best = new Candidate(key, ts.get(), type);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return Optional.ofNullable(best);
  }
}
