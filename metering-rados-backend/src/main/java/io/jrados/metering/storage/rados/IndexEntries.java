package io.jrados.metering.storage.rados;

import java.nio.charset.StandardCharsets;

/**
 * The values of index entries. A directory level's entry for a child file is its name; for a child
 * directory its name and a {@code /}, which makes the omap's byte order the order of full keys
 * ({@code "a-c" < "a/" < "ab"}, as {@code "a-c" < "a/b" < "ab"}).
 */
final class IndexEntries {
  /** A child directory. */
  static final byte[] DIRECTORY = {'d'};

  /** A file whose head object was written after the entry: listed without a check. */
  static final byte[] COMMITTED = {'f'};

  private static final char PENDING = 'p';

  private IndexEntries() {}

  /**
   * A file that a writer announced (before its head) or a deleter is removing: listed only if its
   * head exists. It carries the time it was set, so that {@code rebuild-index} can tell a write in
   * progress from one that died.
   */
  static byte[] pending(long epochMillis) {
    return (PENDING + Long.toString(epochMillis)).getBytes(StandardCharsets.US_ASCII);
  }

  static boolean isCommitted(byte[] value) {
    return value.length == 1 && value[0] == 'f';
  }

  /** When a pending entry was set; 0 if the value is not a well-formed pending entry. */
  static long pendingSince(byte[] value) {
    if (value.length < 2 || value[0] != PENDING) {
      return 0;
    }
    try {
      return Long.parseLong(new String(value, 1, value.length - 1, StandardCharsets.US_ASCII));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
