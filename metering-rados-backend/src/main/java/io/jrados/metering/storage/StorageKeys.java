package io.jrados.metering.storage;

/**
 * Key rules shared by every provider, so that a key means the same object on a local disk and in
 * RADOS: {@code /}-separated, no empty, {@code .} or {@code ..} segments, no backslash or NUL. A
 * leading {@code /} is dropped, as the SDK does when it joins prefix and path.
 */
public final class StorageKeys {
  private StorageKeys() {}

  /**
   * Returns the key in canonical form (leading slashes removed).
   *
   * @throws IllegalArgumentException if the key is empty or has an illegal segment
   */
  public static String normalizeKey(String key) {
    String stripped = stripLeadingSlashes(requireNonNull(key, "key"));
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException("key must not be empty");
    }
    checkSegments(stripped, false, "key");
    return stripped;
  }

  /**
   * Returns a listing prefix in canonical form: like a key, but it may be empty (everything) and
   * may end with {@code /} or in the middle of a segment.
   */
  public static String normalizeListPrefix(String prefix) {
    String stripped = stripLeadingSlashes(prefix == null ? "" : prefix);
    checkSegments(stripped, true, "prefix");
    return stripped;
  }

  /**
   * Returns a provider prefix as the directory it names: empty, or ending with exactly one {@code
   * /}. The SDK's rule {@code trimSuffix(prefix, "/") + "/" + path}.
   */
  public static String normalizeProviderPrefix(String prefix) {
    String stripped = stripLeadingSlashes(prefix == null ? "" : prefix);
    while (stripped.endsWith("/")) {
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    if (stripped.isEmpty()) {
      return "";
    }
    checkSegments(stripped, false, "provider prefix");
    return stripped + "/";
  }

  /**
   * Orders keys by Unicode code point, which is the order of their UTF-8 bytes: the order RADOS and
   * S3 list in, so every provider lists alike. {@link String#compareTo} differs from it for
   * characters outside the Basic Multilingual Plane.
   */
  public static int compare(String a, String b) {
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

  private static String requireNonNull(String value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    return value;
  }

  private static String stripLeadingSlashes(String value) {
    int start = 0;
    while (start < value.length() && value.charAt(start) == '/') {
      start++;
    }
    return value.substring(start);
  }

  private static void checkSegments(String value, boolean isPrefix, String what) {
    if (value.indexOf('\\') >= 0 || value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(what + " must not contain '\\' or NUL: " + value);
    }
    String[] segments = value.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      // A prefix may stop right after a '/' or inside a segment ("metering/ru/17"), but "." and
      // ".." are rejected even there: on a file system they would walk out of the base directory.
      if (segment.isEmpty() && !(isPrefix && last)) {
        throw new IllegalArgumentException(what + " must not contain an empty segment: " + value);
      }
      if (segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException(what + " must not contain '.' or '..': " + value);
      }
    }
  }
}
