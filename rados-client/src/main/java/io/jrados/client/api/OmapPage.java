package io.jrados.client.api;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One page of an object's omap, in key order: the keys (with their values when asked for) and
 * whether the OSD has more after the last key. Ask again with the last key as {@code startAfter}
 * for the next page.
 */
public record OmapPage(SortedMap<String, byte[]> entries, boolean more) {
  public OmapPage {
    entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
  }

  /** The last key of this page, the {@code startAfter} of the next; empty if the page is. */
  public String lastKey() {
    return entries.isEmpty() ? "" : entries.lastKey();
  }
}
