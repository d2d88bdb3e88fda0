package io.jrados.metering.model;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A metered amount with its unit; the SDK's {@code MeteringValue}, whose value is a Go {@code
 * uint64}, hence a {@link BigInteger} limited to {@code [0, 2^64 - 1]}. Encoded {@code
 * {"value":N,"unit":"U"}}, in that field order.
 *
 * @param value the amount
 * @param unit the unit of measurement
 */
public record MeteringValue(BigInteger value, String unit) {
  private static final BigInteger UINT64_LIMIT = BigInteger.ONE.shiftLeft(64);

  /** Checks that the value fits a Go {@code uint64}. */
  public MeteringValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    if (value.signum() < 0 || value.compareTo(UINT64_LIMIT) >= 0) {
      throw new IllegalArgumentException("metering value must fit an unsigned 64-bit integer");
    }
  }

  /** A value from a non-negative {@code long}. */
  public static MeteringValue of(long value, String unit) {
    return new MeteringValue(BigInteger.valueOf(value), unit);
  }
}
