package io.jrados.metering.storage.rados;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a head object says about the rest of its file, in its {@value #XATTR} attribute: nothing (an
 * empty value, or no attribute for objects written by other tools) for a file that is all in the
 * head, else {@code "v1 GENERATION CHUNKSIZE SIZE COUNT"}: the file is {@code SIZE} bytes in {@code
 * COUNT} chunks of {@code CHUNKSIZE}, chunk 0 in the head, the others in the stripe objects of
 * {@code GENERATION}. Head and attribute are written in one operation, so a reader that reads both
 * in one operation always gets a matching pair.
 */
record StripeManifest(String generation, int chunkSize, long size, int count) {
  static final String XATTR = "jrados.stripes";
  static final byte[] NONE = new byte[0];

  byte[] encode() {
    return ("v1 " + generation + " " + chunkSize + " " + size + " " + count)
        .getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The manifest among a head's attributes, or null for a file that is all in its head.
   *
   * @throws IOException if the attribute is there but malformed
   */
  static StripeManifest from(Map<String, byte[]> xattrs, String objectName) throws IOException {
    byte[] raw = xattrs.get(XATTR);
    if (raw == null || raw.length == 0) {
      return null;
    }
    String text = new String(raw, StandardCharsets.US_ASCII);
    String[] f = text.split(" ");
    try {
      if (f.length != 5 || !f[0].equals("v1") || f[1].isEmpty()) {
        throw new NumberFormatException("layout");
      }
      int chunkSize = Integer.parseInt(f[2]);
      long size = Long.parseLong(f[3]);
      int count = Integer.parseInt(f[4]);
      if (chunkSize < 1
          || size < 0
          || count < 2
          || (long) (count - 1) * chunkSize >= size
          || (long) count * chunkSize < size) {
        throw new NumberFormatException("bounds");
      }
      return new StripeManifest(f[1], chunkSize, size, count);
    } catch (NumberFormatException e) {
      throw new IOException(
          "object " + objectName + " has a malformed " + XATTR + " attribute: '" + text + "'");
    }
  }

  /** Bytes chunk {@code n} holds. */
  int chunkLength(int n) {
    return (int) Math.min(chunkSize, size - (long) n * chunkSize);
  }
}
