package io.jrados.protocol.encoding;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * IP addresses as text, the way Ceph reads and prints them (glibc's {@code inet_pton} and {@code
 * inet_ntop}).
 *
 * <p>Written out rather than left to {@link InetAddress}, which prints IPv6 uncompressed, accepts
 * forms such as {@code 127.1} and may fall back to a DNS lookup for text it does not recognise.
 */
final class IpAddressText {
  private IpAddressText() {}

  /** Dotted quad for IPv4; for IPv6 the shortest form with {@code ::}, lower-case hex. */
  static String format(InetAddress ip) {
    byte[] b = ip.getAddress();
    if (ip instanceof Inet4Address) {
      return dottedQuad(b, 0);
    }
    int[] words = new int[8];
    for (int i = 0; i < 8; i++) {
      words[i] = (b[2 * i] & 0xFF) << 8 | (b[2 * i + 1] & 0xFF);
    }
    // The longest run of two or more zero words becomes "::"; the first wins a tie.
    int runStart = -1;
    int runLength = 0;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && words[j] == 0) {
        j++;
      }
      if (j - i > runLength && j - i >= 2) {
        runStart = i;
        runLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (runStart >= 0 && i >= runStart && i < runStart + runLength) {
        if (i == runStart) {
          out.append(':');
        }
        continue;
      }
      if (i > 0) {
        out.append(':');
      }
      // IPv4-compatible (::a.b.c.d) and IPv4-mapped (::ffff:a.b.c.d) addresses end in a quad.
      if (i == 6 && runStart == 0 && (runLength == 6 || (runLength == 5 && words[5] == 0xFFFF))) {
        out.append(dottedQuad(b, 12));
        return out.toString();
      }
      out.append(Integer.toHexString(words[i]));
    }
    if (runStart >= 0 && runStart + runLength == 8) {
      out.append(':');
    }
    return out.toString();
  }

  /** Parses a dotted quad of decimal numbers 0 to 255 without leading zeros, or returns null. */
  static InetAddress parseIpv4(String text) {
    byte[] bytes = ipv4Bytes(text);
    return bytes == null ? null : toAddress(bytes, false);
  }

  /**
   * Parses eight colon-separated groups of one to four hex digits, one run of which may be
   * abbreviated to {@code ::} and the last two of which may be a dotted quad; returns null if the
   * text is not such an address. The result is always an {@link Inet6Address}, even for an
   * IPv4-mapped address.
   */
  static InetAddress parseIpv6(String text) {
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    String head = gap < 0 ? text : text.substring(0, gap);
    String tail = gap < 0 ? "" : text.substring(gap + 2);
    int[] headWords = words(head, gap < 0);
    int[] tailWords = words(tail, true);
    if (headWords == null || tailWords == null) {
      return null;
    }
    int given = headWords.length + tailWords.length;
    if (gap < 0 ? given != 8 : given > 7) {
      return null;
    }
    byte[] bytes = new byte[16];
    putWords(headWords, bytes, 0);
    putWords(tailWords, bytes, 8 - tailWords.length);
    return toAddress(bytes, true);
  }

  /** The 16-bit groups in {@code part} (empty for an empty part), or null if one is malformed. */
  private static int[] words(String part, boolean mayEndInQuad) {
    if (part.isEmpty()) {
      return new int[0];
    }
    String[] groups = part.split(":", -1);
    int last = groups.length - 1;
    boolean quad = mayEndInQuad && groups[last].indexOf('.') >= 0;
    int[] words = new int[quad ? groups.length + 1 : groups.length];
    for (int i = 0; i < groups.length; i++) {
      if (quad && i == last) {
        byte[] v4 = ipv4Bytes(groups[i]);
        if (v4 == null) {
          return null;
        }
        words[i] = (v4[0] & 0xFF) << 8 | (v4[1] & 0xFF);
        words[i + 1] = (v4[2] & 0xFF) << 8 | (v4[3] & 0xFF);
      } else {
        words[i] = hexGroup(groups[i]);
        if (words[i] < 0) {
          return null;
        }
      }
    }
    return words;
  }

  private static int hexGroup(String group) {
    if (group.isEmpty() || group.length() > 4) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < group.length(); i++) {
      char c = group.charAt(i);
      int digit;
      if (c >= '0' && c <= '9') {
        digit = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        digit = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        digit = c - 'A' + 10;
      } else {
        return -1;
      }
      value = value << 4 | digit;
    }
    return value;
  }

  private static byte[] ipv4Bytes(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      String part = parts[i];
      if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
        return null;
      }
      int value = 0;
      for (int j = 0; j < part.length(); j++) {
        char c = part.charAt(j);
        if (c < '0' || c > '9') {
          return null;
        }
        value = value * 10 + (c - '0');
      }
      if (value > 255) {
        return null;
      }
      bytes[i] = (byte) value;
    }
    return bytes;
  }

  private static void putWords(int[] words, byte[] bytes, int firstWord) {
    for (int i = 0; i < words.length; i++) {
      bytes[2 * (firstWord + i)] = (byte) (words[i] >>> 8);
      bytes[2 * (firstWord + i) + 1] = (byte) words[i];
    }
  }

  private static String dottedQuad(byte[] b, int from) {
    return (b[from] & 0xFF)
        + "."
        + (b[from + 1] & 0xFF)
        + "."
        + (b[from + 2] & 0xFF)
        + "."
        + (b[from + 3] & 0xFF);
  }

  private static InetAddress toAddress(byte[] bytes, boolean ipv6) {
    try {
      return ipv6 ? Inet6Address.getByAddress(null, bytes, -1) : InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      // Only thrown for an array of the wrong length, and the lengths here are fixed.
      throw new IllegalStateException(e);
    }
  }
}
