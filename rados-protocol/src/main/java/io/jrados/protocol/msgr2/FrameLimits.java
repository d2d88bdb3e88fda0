package io.jrados.protocol.msgr2;

/**
 * The largest frames a connection accepts, checked against the lengths in each preamble before
 * anything else of the frame is read or allocated.
 *
 * @param maxControlLength the largest segment 0 of any frame: a control payload, or a message's
 *     {@code ceph_msg_header2}. The kernel's limit, 16 MiB, is the default.
 * @param maxMessageLength the largest sum of segments 1 to 3 (front, middle, data) of a MESSAGE
 *     frame. The default, 256 MiB, holds a full read of an object of the default maximum object
 *     size (128 MiB) with room to spare.
 */
public record FrameLimits(int maxControlLength, int maxMessageLength) {
  /** The most any limit can be: 1 GiB, so that padded and summed lengths stay within an int. */
  public static final int CEILING = 1 << 30;

  /** 16 MiB control segments, 256 MiB messages. */
  public static final FrameLimits DEFAULT = new FrameLimits(16 << 20, 256 << 20);

  /** Checks both limits are between 0 and {@link #CEILING}. */
  public FrameLimits {
    if (maxControlLength < 0 || maxControlLength > CEILING) {
      throw new IllegalArgumentException(
          "maxControlLength out of range 0.." + CEILING + ": " + maxControlLength);
    }
    if (maxMessageLength < 0 || maxMessageLength > CEILING) {
      throw new IllegalArgumentException(
          "maxMessageLength out of range 0.." + CEILING + ": " + maxMessageLength);
    }
  }
}
