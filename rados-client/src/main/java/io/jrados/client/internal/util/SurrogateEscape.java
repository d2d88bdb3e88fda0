package io.jrados.client.internal.util;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Ceph's names are byte strings; the API's names are Java strings. This maps between the two
 * without loss, as Python's {@code surrogateescape} (PEP 383) does for file names: bytes that are
 * UTF-8 decode as usual, and each byte of a sequence that is not becomes the lone low surrogate
 * U+DC80..U+DCFF; encoding turns those back into their bytes. No UTF-8 decodes to a lone surrogate,
 * so the mapping is exact both ways for every byte string, and for every string that has no other
 * lone surrogate.
 */
public final class SurrogateEscape {
  private static final char ESCAPE_BASE = 0xDC00;

  private SurrogateEscape() {}

  /** The bytes as a string: UTF-8, with the bytes that are not as U+DC80..U+DCFF. */
  public static String decode(byte[] b) {
    boolean ascii = true;
    for (byte x : b) {
      if (x < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(b, StandardCharsets.US_ASCII);
    }
    StringBuilder out = new StringBuilder(b.length);
    int i = 0;
    while (i < b.length) {
      int n = sequenceLength(b, i);
      if (n == 0) {
        out.append((char) (ESCAPE_BASE | (b[i] & 0xff)));
        i++;
        continue;
      }
      int cp = codePoint(b, i, n);
      out.appendCodePoint(cp);
      i += n;
    }
    return out.toString();
  }

  /**
   * The string as bytes: UTF-8, with U+DC80..U+DCFF standing alone as the bytes 0x80..0xFF. Any
   * other lone surrogate becomes '?', as {@link String#getBytes} makes it.
   */
  public static byte[] encode(String s) {
    // Names are nearly always free of surrogates: then this is plain UTF-8, which the JDK's own
    // encoder makes far faster (this runs for every op).
    if (!hasSurrogates(s)) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int cp = c;
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        cp = Character.toCodePoint(c, s.charAt(++i));
      } else if (c >= 0xDC80 && c <= 0xDCFF) {
        out.write(c & 0xff);
        continue;
      } else if (Character.isSurrogate(c)) {
        out.write('?');
        continue;
      }
      writeUtf8(out, cp);
    }
    return out.toByteArray();
  }

  private static boolean hasSurrogates(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name for messages: as text when it is UTF-8; otherwise printable ASCII as it is and every
   * other byte as {@code \xNN}, so two names that differ only in bytes that are not UTF-8 read
   * differently.
   */
  public static String display(byte[] b) {
    String s = decode(b);
    if (!hasEscapes(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(b.length * 2);
    for (byte x : b) {
      int c = x & 0xff;
      if (c >= 0x20 && c < 0x7f && c != '\\') {
        out.append((char) c);
      } else {
        out.append(String.format("\\x%02x", c));
      }
    }
    return out.toString();
  }

  /** Whether the string has a byte escape, so that its bytes are not its UTF-8. */
  public static boolean hasEscapes(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** The length of the well-formed UTF-8 sequence at {@code i}, or 0 if there is none. */
  private static int sequenceLength(byte[] b, int i) {
    int lead = b[i] & 0xff;
    if (lead < 0x80) {
      return 1;
    }
    int n;
    int min;
    int max = 0xBF;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    if (lead >= 0xC2 && lead <= 0xDF) {
      n = 2;
      min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      n = 3;
      min = lead == 0xE0 ? 0xA0 : 0x80;
      max = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      n = 4;
      min = lead == 0xF0 ? 0x90 : 0x80;
      max = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + n > b.length) {
      return 0;
    }
    int second = b[i + 1] & 0xff;
    if (second < min || second > max) {
      return 0;
    }
    for (int k = 2; k < n; k++) {
      int c = b[i + k] & 0xff;
      if (c < 0x80 || c > 0xBF) {
        return 0;
      }
    }
    return n;
  }

  private static int codePoint(byte[] b, int i, int n) {
    int lead = b[i] & 0xff;
    if (n == 1) {
      return lead;
    }
    int cp = lead & (0xFF >> (n + 1));
    for (int k = 1; k < n; k++) {
      cp = (cp << 6) | (b[i + k] & 0x3F);
    }
    return cp;
  }

  private static void writeUtf8(ByteArrayOutputStream out, int cp) {
    if (cp < 0x80) {
      out.write(cp);
    } else if (cp < 0x800) {
      out.write(0xC0 | (cp >> 6));
      out.write(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out.write(0xE0 | (cp >> 12));
      out.write(0x80 | ((cp >> 6) & 0x3F));
      out.write(0x80 | (cp & 0x3F));
    } else {
      out.write(0xF0 | (cp >> 18));
      out.write(0x80 | ((cp >> 12) & 0x3F));
      out.write(0x80 | ((cp >> 6) & 0x3F));
      out.write(0x80 | (cp & 0x3F));
    }
  }
}
