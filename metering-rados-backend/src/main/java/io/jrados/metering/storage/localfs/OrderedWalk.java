package io.jrados.metering.storage.localfs;

import io.jrados.metering.storage.ListPage;
import io.jrados.metering.storage.StorageKeys;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a listing, read from the directory tree in key order without visiting more than it
 * needs: it starts in the directory of the prefix (not the base), skips subtrees that cannot hold a
 * matching key or lie wholly before {@code startAfter}, and stops after {@code limit + 1} keys.
 *
 * <p>Why sorting entries gives key order: every key under directory {@code d} starts with {@code
 * d/}, so sorting each directory's entries by name, with {@code /} appended to directory names,
 * orders them exactly as their full keys ({@code a-c} before {@code a/b}, as {@code -} < {@code
 * /}).
 */
final class OrderedWalk {
  private record Entry(Path path, String key, boolean directory) {}

  private final Path root;
  private final String prefix;
  private final String startAfter;
  private final int limit;
  private final List<String> found = new ArrayList<>();
  private int directoriesRead;

  OrderedWalk(Path root, String prefix, String startAfter, int limit) {
    this.root = root;
    this.prefix = prefix;
    this.startAfter = startAfter;
    this.limit = limit;
  }

  ListPage run() throws IOException {
    String startDirKey = prefix.substring(0, prefix.lastIndexOf('/') + 1);
    Path startDir = startDirKey.isEmpty() ? root : root.resolve(startDirKey);
    if (Files.isDirectory(startDir, LinkOption.NOFOLLOW_LINKS)) {
      walk(startDir, startDirKey);
    }
    boolean truncated = found.size() > limit;
    return new ListPage(truncated ? found.subList(0, limit) : found, truncated);
  }

  /** How many directories the walk listed: its cost, which must follow the result, not the base. */
  int directoriesRead() {
    return directoriesRead;
  }

  private void walk(Path dir, String dirKey) throws IOException {
    directoriesRead++;
    for (Entry entry : sortedEntries(dir, dirKey)) {
      if (found.size() > limit) {
        return;
      }
      if (entry.directory()) {
        if (mayHoldMatches(entry.key())) {
          walk(entry.path(), entry.key());
        }
      } else if (entry.key().startsWith(prefix) && isAfterStart(entry.key())) {
        found.add(entry.key());
      }
    }
  }

  private boolean mayHoldMatches(String dirKey) {
    boolean prefixRelated = dirKey.startsWith(prefix) || prefix.startsWith(dirKey);
    // Every key under dirKey is greater than dirKey; when dirKey < startAfter and startAfter is
    // not inside it, every one of them is also less than startAfter.
    boolean whollyBeforeStart =
        startAfter != null
            && StorageKeys.compare(dirKey, startAfter) < 0
            && !startAfter.startsWith(dirKey);
    return prefixRelated && !whollyBeforeStart;
  }

  private boolean isAfterStart(String key) {
    return startAfter == null || StorageKeys.compare(key, startAfter) > 0;
  }

  private static List<Entry> sortedEntries(Path dir, String dirKey) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path child : stream) {
        String name = child.getFileName().toString();
        if (name.startsWith(LocalFsProvider.TEMP_PREFIX)) {
          continue;
        }
        if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
          entries.add(new Entry(child, dirKey + name + "/", true));
        } else if (Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
          entries.add(new Entry(child, dirKey + name, false));
        }
      }
    } catch (NoSuchFileException e) {
      return List.of(); // removed while we walked: it holds nothing now
    }
    entries.sort((a, b) -> StorageKeys.compare(a.key(), b.key()));
    return entries;
  }
}
