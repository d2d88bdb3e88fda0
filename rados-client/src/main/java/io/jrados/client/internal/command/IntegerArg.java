package io.jrados.client.internal.command;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code CephInt}: an integer in Python's {@code int(s, 0)} syntax (so {@code 0x10} and {@code
 * 1_000} count), within an optional {@code min} or {@code min|max} range.
 */
record IntegerArg(List<BigInteger> range) implements ArgType {
  static IntegerArg fromRange(String range) {
    if (range.isEmpty()) {
      return new IntegerArg(List.of());
    }
    List<BigInteger> bounds = new ArrayList<>();
    for (String bound : range.split("\\|", -1)) {
      BigInteger value = PythonLiterals.parseInt(bound, 10);
      if (value == null) {
        throw new IllegalArgumentException("bad CephInt range " + range);
      }
      bounds.add(value);
    }
    return new IntegerArg(List.copyOf(bounds));
  }

  @Override
  public Object check(String word, boolean partial) throws ArgumentException {
    BigInteger value = PythonLiterals.parseInt(word, 0);
    if (value == null) {
      throw new ArgumentException(ArgumentException.Kind.VALID, word + " doesn't represent an int");
    }
    boolean below = !range.isEmpty() && value.compareTo(range.get(0)) < 0;
    boolean above = range.size() == 2 && value.compareTo(range.get(1)) > 0;
    if (below || above) {
      String bounds = range.stream().map(BigInteger::toString).collect(Collectors.joining(", "));
      throw new ArgumentException(
          ArgumentException.Kind.VALID, value + " not in range [" + bounds + "]");
    }
    // Keep small values as Long so the JSON holds a plain number node.
    return value.bitLength() < 64 ? (Object) value.longValue() : value;
  }

  @Override
  public String describe() {
    return "<int" + rangeSuffix(range.stream().map(BigInteger::toString).toList()) + ">";
  }

  /** The tool's {@code [min-]} or {@code [min-max]} suffix, shared with {@link FloatArg}. */
  static String rangeSuffix(List<String> bounds) {
    return switch (bounds.size()) {
      case 1 -> "[" + bounds.get(0) + "-]";
      case 2 -> "[" + bounds.get(0) + "-" + bounds.get(1) + "]";
      default -> "";
    };
  }
}
