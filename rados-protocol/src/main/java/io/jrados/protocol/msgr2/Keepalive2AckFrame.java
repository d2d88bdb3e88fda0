package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.UTime;
import java.util.Objects;

/**
 * KEEPALIVE2_ACK ({@code KeepAliveFrameAck}): {@code utime_t timestamp}, echoing the timestamp of
 * the KEEPALIVE2 it answers.
 *
 * @param timestamp the timestamp of the KEEPALIVE2 being acknowledged
 */
public record Keepalive2AckFrame(UTime timestamp) implements ControlFrame {
  /** Checks the timestamp is present. */
  public Keepalive2AckFrame {
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Tag tag() {
    return Tag.KEEPALIVE2_ACK;
  }

  @Override
  public void encode(CephEncoder encoder) {
    timestamp.encode(encoder);
  }

  static Keepalive2AckFrame decode(CephDecoder decoder) {
    return new Keepalive2AckFrame(UTime.decode(decoder));
  }
}
