package io.jrados.metering.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats floating-point numbers as Go's encoding/json does: the shortest decimal that reads back
 * as the same value, plain ({@code 'f'}) for magnitudes in [1e-6, 1e21), otherwise exponent form
 * with Go's cleanup ({@code 1e-07} becomes {@code 1e-7}, positive exponents keep two digits).
 *
 * <p>Java 17's {@link Double#toString} is not always the shortest, so the digits are found by
 * rounding the exact value to increasing precision until it round-trips.
 */
final class GoFloatFormat {
  private GoFloatFormat() {}

  static String format(double value, int bits) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("json: unsupported value: " + value);
    }
    if (value == 0) {
      return 1 / value < 0 ? "-0" : "0";
    }
    double abs = Math.abs(value);
    boolean exponentForm =
        bits == 64 ? abs < 1e-6 || abs >= 1e21 : (float) abs < 1e-6f || (float) abs >= 1e21f;
    BigDecimal shortest = shortest(value, bits).stripTrailingZeros();
    return exponentForm ? exponent(shortest) : shortest.toPlainString();
  }

  private static BigDecimal shortest(double value, int bits) {
    BigDecimal exact = new BigDecimal(value);
    int maxDigits = bits == 64 ? 17 : 9;
    for (int digits = 1; digits < maxDigits; digits++) {
      BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      boolean roundTrips =
          bits == 64
              ? candidate.doubleValue() == value
              : Float.parseFloat(candidate.toString()) == (float) value;
      if (roundTrips) {
        return candidate;
      }
    }
    return exact.round(new MathContext(maxDigits, RoundingMode.HALF_EVEN));
  }

  private static String exponent(BigDecimal value) {
    String digits = value.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - value.scale();
    StringBuilder out = new StringBuilder();
    if (value.signum() < 0) {
      out.append('-');
    }
    out.append(digits.charAt(0));
    if (digits.length() > 1) {
      out.append('.').append(digits, 1, digits.length());
    }
    out.append('e').append(exponent < 0 ? '-' : '+');
    int magnitude = Math.abs(exponent);
    if (exponent >= 0 && magnitude < 10) {
      out.append('0');
    }
    return out.append(magnitude).toString();
  }
}
