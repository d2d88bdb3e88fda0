package io.jrados.client.cli;

import io.jrados.client.internal.util.SurrogateEscape;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How Ceph's tools turn numbers and times into text, reproduced so jrados prints the same bytes: a
 * C++ stream's default rendering of a double, Ceph's {@code utime_t} local time, and its
 * binary-unit byte counts ({@code byte_u_t}); and how the rados tool names objects in messages.
 */
final class CppText {
  private static final DateTimeFormatter UTIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxx");

  private CppText() {}

  /**
   * An object name or omap key as the rados tool shows it in messages and {@code stat}: itself when
   * every byte is printable ASCII ({@code isprint} in the C locale), else "(binary key)". A name
   * that is UTF-8 but not ASCII is such a name too.
   */
  static String prettify(String name) {
    for (byte b : SurrogateEscape.encode(name)) {
      if (b < 0x20 || b > 0x7e) {
        return "(binary key)";
      }
    }
    return name;
  }

  /**
   * A double as {@code std::ostream << d} prints it with the default precision of 6: the shortest
   * of {@code %g}'s forms, six significant digits, trailing zeros dropped, exponent form below 1e-4
   * and from 1e6 on.
   */
  static String g6(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0) {
      return (1 / v < 0) ? "-0" : "0";
    }
    // new BigDecimal(double) is the exact binary value, and printf rounds that value half-even.
    BigDecimal rounded = new BigDecimal(v).round(new MathContext(6, RoundingMode.HALF_EVEN));
    int exponent = rounded.precision() - rounded.scale() - 1;
    if (exponent < -4 || exponent >= 6) {
      String mantissa = rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString();
      int abs = Math.abs(exponent);
      return mantissa + "e" + (exponent < 0 ? "-" : "+") + (abs < 10 ? "0" : "") + abs;
    }
    String plain = rounded.stripTrailingZeros().toPlainString();
    return plain;
  }

  /** Ceph's {@code utime_t} as local time: {@code 2026-11-29T15:05:19.413423+0000}. */
  static String utime(Instant t, ZoneId zone) {
    return UTIME.format(t.atZone(zone));
  }

  /**
   * A byte count with a binary unit, as {@code byte_u_t}: whole units when exact ("3 GiB", "0 B"),
   * otherwise the most decimals (2, 1, 0) that keep the text within 7 characters ("3.0 GiB").
   */
  static String bytes(long value) {
    String[] units = {" B", " KiB", " MiB", " GiB", " TiB", " PiB", " EiB"};
    // Treated as unsigned, as Ceph's uint64_t is.
    BigDecimal v = new BigDecimal(Long.toUnsignedString(value));
    int index = 0;
    BigDecimal n = v;
    BigDecimal k = BigDecimal.valueOf(1024);
    while (n.compareTo(k) >= 0 && index < 6) {
      n = new BigDecimal(n.toBigInteger().divide(k.toBigInteger()));
      index++;
    }
    if (index == 0) {
      return n.toPlainString() + units[0];
    }
    BigDecimal mult = k.pow(index);
    if (v.remainder(mult).signum() == 0) {
      return n.toPlainString() + units[index];
    }
    double d = v.doubleValue() / mult.doubleValue();
    String text = null;
    for (int decimals = 2; decimals >= 0; decimals--) {
      text = String.format(java.util.Locale.ROOT, "%." + decimals + "f%s", d, units[index]);
      if (text.length() <= 7) {
        break;
      }
    }
    return text;
  }

  /** {@code std::setw(width)} with the default right alignment. */
  static String right(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }
}
