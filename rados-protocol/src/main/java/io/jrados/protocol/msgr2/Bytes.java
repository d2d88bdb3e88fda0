package io.jrados.protocol.msgr2;

import java.util.Arrays;

/** Helpers for frame records that hold byte arrays, whose contents may be secret. */
final class Bytes {
  private Bytes() {}

  /** What a record's {@code toString} shows of a byte array: its length, never its contents. */
  static String describe(byte[] bytes) {
    return "<" + bytes.length + " bytes>";
  }

  static boolean equal(byte[] a, byte[] b) {
    return Arrays.equals(a, b);
  }

  static int hash(byte[] bytes) {
    return Arrays.hashCode(bytes);
  }
}
