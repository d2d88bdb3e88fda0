package io.jrados.metering.storage.rados;

import io.jrados.client.api.IoCtx;
import io.jrados.client.api.ObjectEntry;
import io.jrados.client.api.ObjectNotFoundException;
import io.jrados.client.api.ObjectStat;
import io.jrados.client.api.OmapPage;
import io.jrados.metering.storage.StorageKeys;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Rebuilds the directory index of one pool namespace from a full listing of its objects (the only
 * part of the provider that scans the pool), and removes stripes no head names.
 *
 * <p>Every head gets a committed entry and every directory level above it a directory entry;
 * entries without a head are dropped, except pending entries younger than the grace period: they
 * may belong to a write in progress, whose head is about to appear. Stripes are removed only when
 * no head names their generation and they are older than the grace period, for the same reason.
 * Directory entries cached by providers open elsewhere may be out of date afterwards if the rebuild
 * dropped a directory that a running writer then reuses; run it while writers are stopped, or keep
 * the grace period longer than any write takes.
 */
public final class IndexRebuilder {
  private static final int BATCH = 256;

  /**
   * What a rebuild did.
   *
   * @param dataObjects heads found
   * @param entriesWritten index entries added or corrected
   * @param entriesRemoved index entries without a head, dropped
   * @param indexObjectsRemoved index objects of levels with nothing below, removed
   * @param stripesRemoved stripe objects no head names, removed
   * @param stripesKept stripe objects no head names yet, younger than the grace period
   */
  public record Report(
      long dataObjects,
      long entriesWritten,
      long entriesRemoved,
      long indexObjectsRemoved,
      long stripesRemoved,
      long stripesKept) {}

  private final IoCtx io;
  private final Duration grace;
  private final Clock clock;

  public IndexRebuilder(IoCtx io, Duration grace, Clock clock) {
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace period must not be negative: " + grace);
    }
    this.io = io;
    this.grace = grace;
    this.clock = clock;
  }

  /** Scans the namespace and rewrites its index. */
  public Report rebuild() throws IOException {
    TreeSet<String> heads = new TreeSet<>(StorageKeys::compare);
    List<String> indexDirs = new ArrayList<>();
    List<String> stripes = new ArrayList<>();
    try (Stream<ObjectEntry> all = io.listObjects()) {
      for (Iterator<ObjectEntry> it = all.iterator(); it.hasNext(); ) {
        String name = it.next().name();
        if (RadosNames.isDataName(name)) {
          heads.add(name);
        } else if (name.startsWith(RadosNames.INDEX)) {
          indexDirs.add(name.substring(RadosNames.INDEX.length()));
        } else if (name.startsWith(RadosNames.STRIPE)) {
          stripes.add(name);
        }
      }
    }
    long cutoff = clock.millis() - grace.toMillis();
    Map<String, SortedMap<String, byte[]>> existing = new HashMap<>();
    Map<String, Map<String, byte[]>> desired = new LinkedHashMap<>();
    for (String dir : indexDirs) {
      SortedMap<String, byte[]> entries = readAll(dir);
      existing.put(dir, entries);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        long since = IndexEntries.pendingSince(e.getValue());
        if (since > cutoff && !heads.contains(dir + e.getKey())) {
          addPath(desired, dir + e.getKey(), e.getValue());
        }
      }
    }
    for (String head : heads) {
      addPath(desired, head, IndexEntries.COMMITTED);
    }
    long written = 0;
    long removed = 0;
    for (Map.Entry<String, Map<String, byte[]>> level : desired.entrySet()) {
      SortedMap<String, byte[]> have = existing.getOrDefault(level.getKey(), new TreeMap<>());
      Map<String, byte[]> set = new TreeMap<>();
      for (Map.Entry<String, byte[]> want : level.getValue().entrySet()) {
        byte[] current = have.get(want.getKey());
        if (current == null || !java.util.Arrays.equals(current, want.getValue())) {
          set.put(want.getKey(), want.getValue());
        }
      }
      Set<String> drop = new TreeSet<>(have.keySet());
      drop.removeAll(level.getValue().keySet());
      String index = RadosNames.indexObject(level.getKey());
      for (List<String> batch : batches(new ArrayList<>(set.keySet()))) {
        Map<String, byte[]> part = new TreeMap<>();
        batch.forEach(k -> part.put(k, set.get(k)));
        io.omapSet(index, part);
      }
      for (List<String> batch : batches(new ArrayList<>(drop))) {
        io.omapRmKeys(index, new TreeSet<>(batch));
      }
      written += set.size();
      removed += drop.size();
    }
    long indexRemoved = 0;
    for (String dir : indexDirs) {
      if (!desired.containsKey(dir)) {
        removed += existing.get(dir).size();
        removeQuietly(RadosNames.indexObject(dir));
        indexRemoved++;
      }
    }
    long[] stripeCounts = collectStripes(stripes, cutoff);
    return new Report(
        heads.size(), written, removed, indexRemoved, stripeCounts[0], stripeCounts[1]);
  }

  /** Adds {@code fullName}'s entry and a directory entry on each level above it. */
  private static void addPath(Map<String, Map<String, byte[]>> desired, String fullName, byte[] v) {
    String dir = RadosNames.parentDir(fullName);
    desired.computeIfAbsent(dir, d -> new TreeMap<>()).put(fullName.substring(dir.length()), v);
    while (!dir.isEmpty()) {
      String child = dir;
      dir = RadosNames.parentDir(child.substring(0, child.length() - 1));
      desired
          .computeIfAbsent(dir, d -> new TreeMap<>())
          .put(child.substring(dir.length()), IndexEntries.DIRECTORY);
    }
  }

  private SortedMap<String, byte[]> readAll(String dir) {
    SortedMap<String, byte[]> all = new TreeMap<>();
    String after = "";
    while (true) {
      OmapPage page;
      try {
        page = io.omapGetVals(RadosNames.indexObject(dir), after, "", 512);
      } catch (ObjectNotFoundException e) {
        return all;
      }
      all.putAll(page.entries());
      if (!page.more() || page.entries().isEmpty()) {
        return all;
      }
      after = page.lastKey();
    }
  }

  /** Removes unreferenced stripes older than the cutoff: {removed, kept because young}. */
  private long[] collectStripes(List<String> stripes, long cutoff) throws IOException {
    Map<String, String> liveGeneration = new HashMap<>();
    ObjectWriter reader = new ObjectWriter(io, 1);
    long removed = 0;
    long kept = 0;
    for (String stripe : stripes) {
      String owner = RadosNames.stripeOwner(stripe);
      String generation = RadosNames.stripeGeneration(stripe);
      if (owner == null || generation == null) {
        continue; // not a name the provider makes
      }
      String live =
          liveGeneration.computeIfAbsent(
              owner,
              o -> {
                StripeManifest m = RadosCalls.join(reader.manifestAsync(o));
                return m == null ? "" : m.generation();
              });
      if (live.equals(generation)) {
        continue;
      }
      ObjectStat stat;
      try {
        stat = io.stat(stripe);
      } catch (ObjectNotFoundException e) {
        continue;
      }
      if (stat.mtime().toEpochMilli() > cutoff) {
        kept++;
      } else {
        removeQuietly(stripe);
        removed++;
      }
    }
    return new long[] {removed, kept};
  }

  private void removeQuietly(String object) {
    try {
      io.remove(object);
    } catch (ObjectNotFoundException e) {
      // Already gone.
    }
  }

  private static List<List<String>> batches(List<String> keys) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i += BATCH) {
      out.add(keys.subList(i, Math.min(keys.size(), i + BATCH)));
    }
    return out;
  }
}
