package io.jrados.client.api;

import java.util.Collections;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One page of an object's omap, in the OSD's key order (the keys' UTF-8 bytes, which is Unicode
 * code point order, not Java's UTF-16 {@code compareTo}): the keys (with their values when asked
 * for) and whether the OSD has more after the last key. Ask again with the last key as {@code
 * startAfter} for the next page.
 */
public record OmapPage(SortedMap<String, byte[]> entries, boolean more) {
  /** The OSD's omap key order: by code point, as the UTF-8 bytes compare. */
  public static final Comparator<String> KEY_ORDER = OmapPage::compareCodePoints;

  public OmapPage {
    TreeMap<String, byte[]> sorted = new TreeMap<>(KEY_ORDER);
    sorted.putAll(entries);
    entries = Collections.unmodifiableSortedMap(sorted);
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** The last key of this page, the {@code startAfter} of the next; empty if the page is. */
  public String lastKey() {
    return entries.isEmpty() ? "" : entries.lastKey();
  }
}
