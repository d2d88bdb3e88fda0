package io.jrados.metering.storage.rados;

import io.jrados.client.api.IoCtx;
import io.jrados.client.api.ObjectNotFoundException;
import io.jrados.client.api.WriteOperation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the omap index of directory levels (see {@link RadosNames}, {@link IndexEntries}) in step
 * with the head objects.
 *
 * <p>The order of a write is what makes it crash-safe: {@link #announce} (every ancestor's
 * directory entry, and a pending entry for the file) completes before the head is written, and
 * {@link #commit} follows it. So at any moment every head object has an entry, and a writer that
 * dies leaves at worst a pending entry, which listings check against the head. A delete demotes the
 * entry to pending before removing the head and drops it after.
 */
final class DirectoryIndex {
  /** Directory entries this instance has written; dropped whole when it grows past this. */
  private static final int KNOWN_DIRECTORIES_LIMIT = 10_000;

  private final IoCtx io;
  private final Clock clock;
  private final Set<String> knownDirectories = ConcurrentHashMap.newKeySet();

  DirectoryIndex(IoCtx io, Clock clock) {
    this.io = io;
    this.clock = clock;
  }

  /**
   * Makes {@code fullName} reachable from the top level with a pending entry. Directory entries
   * written before by this instance are not written again: only {@code rebuild-index} removes
   * directory entries.
   */
  void announce(String fullName) {
    List<CompletableFuture<Void>> writes = new ArrayList<>();
    int slash = fullName.indexOf('/');
    while (slash >= 0) {
      String childDir = fullName.substring(0, slash + 1);
      if (!knownDirectories.contains(childDir)) {
        String parent = RadosNames.parentDir(childDir.substring(0, childDir.length() - 1));
        String entry = childDir.substring(parent.length());
        writes.add(
            io.omapSetAsync(RadosNames.indexObject(parent), Map.of(entry, IndexEntries.DIRECTORY))
                .thenRun(() -> remember(childDir)));
      }
      slash = fullName.indexOf('/', slash + 1);
    }
    writes.add(setEntry(fullName, IndexEntries.pending(clock.millis())));
    RadosCalls.joinAll(writes);
  }

  /** Marks the entry of a file whose head was just written as committed. */
  void commit(String fullName) {
    RadosCalls.join(setEntry(fullName, IndexEntries.COMMITTED));
  }

  /**
   * Turns the entry of a file about to be deleted into a pending one, if its directory level has an
   * index at all (a key that never existed creates no index object).
   */
  void demote(String fullName) {
    String dir = RadosNames.parentDir(fullName);
    WriteOperation op =
        new WriteOperation()
            .assertExists()
            .omapSet(
                Map.of(fullName.substring(dir.length()), IndexEntries.pending(clock.millis())));
    try {
      io.operate(RadosNames.indexObject(dir), op);
    } catch (ObjectNotFoundException e) {
      // No index object: nothing under this directory level was ever written.
    }
  }

  /** Drops the entry of a file whose head is gone. */
  void remove(String fullName) {
    String dir = RadosNames.parentDir(fullName);
    try {
      io.omapRmKeys(RadosNames.indexObject(dir), Set.of(fullName.substring(dir.length())));
    } catch (ObjectNotFoundException e) {
      // Nothing to drop.
    }
  }

  /** Forgets the directories written so far, after {@code rebuild-index} may have removed some. */
  void forgetDirectories() {
    knownDirectories.clear();
  }

  private CompletableFuture<Void> setEntry(String fullName, byte[] value) {
    String dir = RadosNames.parentDir(fullName);
    return io.omapSetAsync(
        RadosNames.indexObject(dir), Map.of(fullName.substring(dir.length()), value));
  }

  private void remember(String dir) {
    if (knownDirectories.size() >= KNOWN_DIRECTORIES_LIMIT) {
      knownDirectories.clear();
    }
    knownDirectories.add(dir);
  }
}
