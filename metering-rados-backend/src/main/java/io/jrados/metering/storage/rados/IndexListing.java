package io.jrados.metering.storage.rados;

import io.jrados.client.api.IoCtx;
import io.jrados.client.api.ObjectNotFoundException;
import io.jrados.client.api.OmapPage;
import io.jrados.metering.storage.StorageKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lists full object names starting with a prefix by walking the directory index depth first, in the
 * order of its omap keys (byte order, which {@link IndexEntries} makes the order of full keys).
 * Only the levels under the prefix are read, so the cost follows what is listed, not the size of
 * the pool: one omap read per directory level visited and per page of its entries, plus one stat
 * per pending entry met.
 */
final class IndexListing {
  /** Omap entries asked for per read; below the OSD's per-request cap. */
  private static final int OMAP_PAGE = 512;

  private final IoCtx io;
  private final List<String> found = new ArrayList<>();
  private final int want;

  private IndexListing(IoCtx io, int want) {
    this.io = io;
    this.want = want;
  }

  /**
   * Up to {@code want} full names starting with {@code fullPrefix} and greater than {@code
   * fullStartAfter} (when not null), in ascending order.
   */
  static List<String> list(IoCtx io, String fullPrefix, String fullStartAfter, int want) {
    IndexListing walk = new IndexListing(io, want);
    String dir = RadosNames.parentDir(fullPrefix);
    String namePrefix = fullPrefix.substring(dir.length());
    String after = null;
    if (fullStartAfter != null) {
      if (fullStartAfter.startsWith(dir)) {
        after = fullStartAfter.substring(dir.length());
      } else if (StorageKeys.compare(fullStartAfter, dir) > 0) {
        return List.of(); // past every name under the prefix
      }
    }
    walk.level(dir, namePrefix, after);
    return walk.found;
  }

  private boolean full() {
    return found.size() >= want;
  }

  /**
   * Appends the names under directory level {@code dir} whose entry starts with {@code namePrefix},
   * after {@code after} (relative to {@code dir}, may reach into a child level).
   */
  private void level(String dir, String namePrefix, String after) {
    String omapAfter = after;
    if (after != null) {
      int slash = after.indexOf('/');
      if (slash >= 0) {
        // Resume inside the child level the previous page stopped in, then go on after it.
        String child = after.substring(0, slash + 1);
        if (child.startsWith(namePrefix)) {
          level(dir + child, "", after.substring(slash + 1));
        }
        omapAfter = child;
      }
    }
    String index = RadosNames.indexObject(dir);
    while (!full()) {
      OmapPage page;
      try {
        page =
            io.omapGetVals(
                index,
                omapAfter == null ? "" : omapAfter,
                namePrefix,
                Math.max(1, Math.min(OMAP_PAGE, want - found.size())));
      } catch (ObjectNotFoundException e) {
        return; // nothing was ever written at this level
      }
      List<Map.Entry<String, byte[]>> entries = new ArrayList<>(page.entries().entrySet());
      // The client's map orders keys as Java strings; the omap, and full keys, order by code point.
      entries.sort((a, b) -> StorageKeys.compare(a.getKey(), b.getKey()));
      for (Map.Entry<String, byte[]> e : entries) {
        if (full()) {
          return;
        }
        String name = e.getKey();
        if (name.endsWith("/")) {
          level(dir + name, "", null);
        } else if (IndexEntries.isCommitted(e.getValue()) || headExists(dir + name)) {
          found.add(dir + name);
        }
        omapAfter = name;
      }
      if (!page.more() || entries.isEmpty()) {
        return;
      }
    }
  }

  private boolean headExists(String fullName) {
    try {
      io.stat(fullName);
      return true;
    } catch (ObjectNotFoundException e) {
      return false;
    }
  }
}
