package io.jrados.client.api;

import io.jrados.client.internal.util.SurrogateEscape;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One page of an object's omap, in the OSD's key order (the keys' bytes, unsigned; for UTF-8 keys
 * that is Unicode code point order, not Java's UTF-16 {@code compareTo}): the keys (with their
 * values when asked for) and whether the OSD has more after the last key. Ask again with the last
 * key as {@code startAfter} for the next page. A key that is not UTF-8 has each such byte as the
 * lone surrogate U+DC80..U+DCFF (see {@link IoCtx}).
 */
public record OmapPage(SortedMap<String, byte[]> entries, boolean more) {
  /** The OSD's omap key order: by the keys' bytes, unsigned. */
  public static final Comparator<String> KEY_ORDER = OmapPage::compareAsBytes;

  public OmapPage {
    TreeMap<String, byte[]> sorted = new TreeMap<>(KEY_ORDER);
    sorted.putAll(entries);
    entries = Collections.unmodifiableSortedMap(sorted);
  }

  private static int compareAsBytes(String a, String b) {
    if (SurrogateEscape.hasEscapes(a) || SurrogateEscape.hasEscapes(b)) {
      return Arrays.compareUnsigned(SurrogateEscape.encode(a), SurrogateEscape.encode(b));
    }
    return compareCodePoints(a, b); // UTF-8 bytes compare as their code points
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
