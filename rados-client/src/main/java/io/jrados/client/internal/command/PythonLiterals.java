package io.jrados.client.internal.command;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The few Python behaviours the {@code ceph} tool leans on when it checks and reports command
 * arguments: what {@code int(s, base)} and {@code float(s)} accept, and how {@code repr} prints a
 * float, a string or a list. Matching the tool word for word needs these exact rules, not Java's.
 */
final class PythonLiterals {
  private static final Pattern DECIMAL = Pattern.compile("[0-9](_?[0-9])*");
  private static final Pattern ZEROS = Pattern.compile("0(_?0)*");
  private static final Pattern HEX_DIGITS = Pattern.compile("_?[0-9a-fA-F](_?[0-9a-fA-F])*");
  private static final Pattern OCTAL_DIGITS = Pattern.compile("_?[0-7](_?[0-7])*");
  private static final Pattern BINARY_DIGITS = Pattern.compile("_?[01](_?[01])*");
  private static final Pattern HEX_ONLY = Pattern.compile("[0-9a-fA-F](_?[0-9a-fA-F])*");
  private static final String DIGITS = "[0-9](?:_?[0-9])*";
  private static final Pattern FLOAT =
      Pattern.compile(
          "[+-]?(?:"
              + DIGITS
              + "(?:\\."
              + "(?:"
              + DIGITS
              + ")?)?|\\."
              + DIGITS
              + ")(?:[eE][+-]?"
              + DIGITS
              + ")?");
  private static final Pattern FLOAT_SPECIAL =
      Pattern.compile("[+-]?(?:inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

  private PythonLiterals() {}

  /**
   * Python's {@code int(s, base)} for base 0 (prefix decides: 0x, 0o, 0b or decimal without leading
   * zeros), 10 or 16 (an optional 0x is allowed).
   *
   * @return the value, or null where Python raises ValueError
   */
  static BigInteger parseInt(String text, int base) {
    String s = text.strip();
    boolean negative = false;
    if (s.startsWith("+") || s.startsWith("-")) {
      negative = s.startsWith("-");
      s = s.substring(1);
    }
    BigInteger value = parseUnsigned(s, base);
    return value == null ? null : negative ? value.negate() : value;
  }

  private static BigInteger parseUnsigned(String s, int base) {
    String lower = s.toLowerCase(Locale.ROOT);
    if ((base == 0 || base == 16) && lower.startsWith("0x")) {
      return digits(s.substring(2), HEX_DIGITS, 16);
    }
    if (base == 0 && lower.startsWith("0o")) {
      return digits(s.substring(2), OCTAL_DIGITS, 8);
    }
    if (base == 0 && lower.startsWith("0b")) {
      return digits(s.substring(2), BINARY_DIGITS, 2);
    }
    if (base == 16) {
      return digits(s, HEX_ONLY, 16);
    }
    // Base 0 refuses "010": a leading zero is only allowed when every digit is zero.
    if (base == 0 && s.startsWith("0") && !ZEROS.matcher(s).matches()) {
      return null;
    }
    return digits(s, DECIMAL, 10);
  }

  private static BigInteger digits(String s, Pattern shape, int radix) {
    if (!shape.matcher(s).matches()) {
      return null;
    }
    return new BigInteger(s.replace("_", ""), radix);
  }

  /**
   * Python's {@code float(s)}.
   *
   * @return the value, or null where Python raises ValueError
   */
  static Double parseFloat(String text) {
    String s = text.strip();
    if (FLOAT_SPECIAL.matcher(s).matches()) {
      boolean negative = s.startsWith("-");
      String word = s.replaceFirst("^[+-]", "").toLowerCase(Locale.ROOT);
      if (word.equals("nan")) {
        return Double.NaN;
      }
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (!FLOAT.matcher(s).matches()) {
      return null;
    }
    return Double.parseDouble(s.replace("_", ""));
  }

  /** Python's {@code repr(float)}: shortest digits, exponent form outside 1e-4 .. 1e16. */
  static String floatRepr(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    String sign = (value < 0 || (value == 0 && 1 / value < 0)) ? "-" : "";
    if (value == 0) {
      return sign + "0.0";
    }
    BigDecimal exact = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
    String digits = exact.unscaledValue().toString();
    int exponent = digits.length() - 1 - exact.scale();
    if (exponent >= -4 && exponent < 16) {
      String plain = exact.toPlainString();
      return sign + (plain.contains(".") ? plain : plain + ".0");
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String exponentText = String.format(Locale.ROOT, "%02d", Math.abs(exponent));
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exponentText;
  }

  /** Python's {@code repr(str)}: single quotes unless only double quotes avoid escaping. */
  static String stringRepr(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == quote || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(quote).toString();
  }

  /** Python's {@code repr(list)} of strings, as in "unused arguments: ['a', 'b']". */
  static String stringListRepr(List<String> items) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(stringRepr(items.get(i)));
    }
    return out.append(']').toString();
  }
}
