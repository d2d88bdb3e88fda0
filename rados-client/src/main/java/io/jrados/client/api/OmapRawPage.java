package io.jrados.client.api;

import io.jrados.protocol.osd.OmapOps;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One page of an object's omap with each key's exact bytes, in the OSD's key order (unsigned
 * bytes): for keys that need not be UTF-8, which {@link OmapPage} cannot hold. Ask again with
 * {@link #lastKey()} as {@code startAfter} for the next page.
 *
 * @param entries keys to values (empty values for a page of keys only), ordered by {@link
 *     OmapOps#KEY_ORDER}
 * @param more whether the OSD has more after the last key
 */
public record OmapRawPage(SortedMap<byte[], byte[]> entries, boolean more) {
  public OmapRawPage {
    TreeMap<byte[], byte[]> sorted = new TreeMap<>(OmapOps.KEY_ORDER);
    sorted.putAll(entries);
    entries = Collections.unmodifiableSortedMap(sorted);
  }

  /** The last key of this page, the {@code startAfter} of the next; empty if the page is. */
  public byte[] lastKey() {
    return entries.isEmpty() ? new byte[0] : entries.lastKey().clone();
  }
}
