package io.jrados.protocol.encoding;

import java.time.Instant;

/**
 * Ceph's {@code utime_t}: {@code le32 sec, le32 nsec}, both unsigned, seconds counted from the Unix
 * epoch.
 *
 * <p>The wire format does not require {@code nsec} to be below one second and this type keeps
 * whatever was decoded, so that re-encoding gives the same bytes; {@link #toInstant()} carries the
 * excess into the seconds.
 *
 * @param seconds seconds since the epoch, 0 to 2^32 - 1
 * @param nanoseconds the nanosecond part, 0 to 2^32 - 1
 */
public record UTime(long seconds, long nanoseconds) {
  /** The epoch, which Ceph also uses for "no time". */
  public static final UTime ZERO = new UTime(0, 0);

  private static final long U32_MAX = 0xFFFF_FFFFL;

  /** Checks that both fields fit their unsigned 32-bit wire fields. */
  public UTime {
    if (seconds < 0 || seconds > U32_MAX) {
      throw new IllegalArgumentException("utime seconds out of range 0..2^32-1: " + seconds);
    }
    if (nanoseconds < 0 || nanoseconds > U32_MAX) {
      throw new IllegalArgumentException(
          "utime nanoseconds out of range 0..2^32-1: " + nanoseconds);
    }
  }

  /**
   * Converts an instant; fails for instants before 1970 or after 2106, which {@code utime_t} cannot
   * express.
   */
  public static UTime fromInstant(Instant instant) {
    return new UTime(instant.getEpochSecond(), instant.getNano());
  }

  /** Converts to an instant, carrying a nanosecond part of one second or more into the seconds. */
  public Instant toInstant() {
    return Instant.ofEpochSecond(seconds, nanoseconds);
  }

  /** Reads {@code le32 sec, le32 nsec}. */
  public static UTime decode(CephDecoder decoder) {
    long sec = decoder.u32();
    long nsec = decoder.u32();
    return new UTime(sec, nsec);
  }

  /** Writes {@code le32 sec, le32 nsec}. */
  public void encode(CephEncoder encoder) {
    encoder.u32(seconds).u32(nanoseconds);
  }

  /** The instant in ISO-8601 form, e.g. {@code 2024-01-02T03:04:05.000000006Z}. */
  @Override
  public String toString() {
    return toInstant().toString();
  }
}
