package io.jrados.client.internal.command;

/**
 * {@code CephUUID}: what Python's {@code uuid.UUID(s)} accepts: 32 hex digits once braces, dashes
 * and a {@code urn:uuid:} prefix are dropped. The word itself goes into the JSON.
 */
record UuidArg() implements ArgType {
  @Override
  public Object check(String word, boolean partial) throws ArgumentException {
    String hex = word.replace("urn:", "").replace("uuid:", "");
    hex = stripBraces(hex).replace("-", "");
    String reason = null;
    if (hex.length() != 32) {
      reason = "badly formed hexadecimal UUID string";
    } else if (PythonLiterals.parseInt(hex, 16) == null) {
      reason = "invalid literal for int() with base 16: " + PythonLiterals.stringRepr(hex);
    }
    if (reason != null) {
      throw new ArgumentException(
          ArgumentException.Kind.FORMAT, "invalid UUID " + word + ": " + reason);
    }
    return word;
  }

  /** Python's {@code strip('{}')}: every leading and trailing brace, in any order. */
  private static String stripBraces(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == '{' || s.charAt(start) == '}')) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == '{' || s.charAt(end - 1) == '}')) {
      end--;
    }
    return s.substring(start, end);
  }

  @Override
  public String describe() {
    return "<uuid>";
  }
}
