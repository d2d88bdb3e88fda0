package io.jrados.client.internal.command;

import java.util.ArrayList;
import java.util.List;

/** {@code CephFloat}: a number in Python's {@code float(s)} syntax within an optional range. */
record FloatArg(List<Double> range) implements ArgType {
  static FloatArg fromRange(String range) {
    if (range.isEmpty()) {
      return new FloatArg(List.of());
    }
    List<Double> bounds = new ArrayList<>();
    for (String bound : range.split("\\|", -1)) {
      Double value = PythonLiterals.parseFloat(bound);
      if (value == null) {
        throw new IllegalArgumentException("bad CephFloat range " + range);
      }
      bounds.add(value);
    }
    return new FloatArg(List.copyOf(bounds));
  }

  @Override
  public Object check(String word, boolean partial) throws ArgumentException {
    Double value = PythonLiterals.parseFloat(word);
    if (value == null) {
      throw new ArgumentException(
          ArgumentException.Kind.VALID, word + " doesn't represent a float");
    }
    boolean below = !range.isEmpty() && value < range.get(0);
    boolean above = range.size() == 2 && value > range.get(1);
    if (below || above) {
      throw new ArgumentException(
          ArgumentException.Kind.VALID,
          PythonLiterals.floatRepr(value) + " not in range [" + String.join(", ", reprs()) + "]");
    }
    return value;
  }

  @Override
  public String describe() {
    return "<float" + IntegerArg.rangeSuffix(reprs()) + ">";
  }

  private List<String> reprs() {
    return range.stream().map(PythonLiterals::floatRepr).toList();
  }
}
