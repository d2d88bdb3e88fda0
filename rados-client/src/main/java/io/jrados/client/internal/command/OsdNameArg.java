package io.jrados.client.internal.command;

import java.math.BigInteger;

/**
 * {@code CephOsdName}: {@code osd.N}, {@code N} or {@code *}. The JSON carries the bare number N
 * (or the string {@code *}), not the word the user typed.
 */
record OsdNameArg() implements ArgType {
  @Override
  public Object check(String word, boolean partial) throws ArgumentException {
    if (word.equals("*")) {
      return word;
    }
    String id = word;
    int dot = word.indexOf('.');
    if (dot >= 0) {
      String type = word.substring(0, dot);
      if (!type.equals("osd")) {
        throw new ArgumentException(ArgumentException.Kind.VALID, "unknown type " + type);
      }
      id = word.substring(dot + 1);
    }
    BigInteger value = PythonLiterals.parseInt(id, 10);
    if (value == null) {
      throw new ArgumentException(ArgumentException.Kind.FORMAT, "osd id " + id + " not integer");
    }
    if (value.signum() < 0) {
      throw new ArgumentException(
          ArgumentException.Kind.FORMAT, "osd id " + value + " is less than 0");
    }
    return value.bitLength() < 64 ? (Object) value.longValue() : value;
  }

  @Override
  public String describe() {
    return "<osdname (id|osd.id)>";
  }
}
