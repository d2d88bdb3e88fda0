package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.UTime;
import java.util.Objects;

/**
 * KEEPALIVE2 ({@code KeepAliveFrame}): {@code utime_t timestamp}. The peer answers with
 * KEEPALIVE2_ACK carrying the same timestamp.
 *
 * @param timestamp when the keepalive was sent
 */
public record Keepalive2Frame(UTime timestamp) implements ControlFrame {
  /** Checks the timestamp is present. */
  public Keepalive2Frame {
    Objects.requireNonNull(timestamp, "timestamp");
  }

  @Override
  public Tag tag() {
    return Tag.KEEPALIVE2;
  }

  @Override
  public void encode(CephEncoder encoder) {
    timestamp.encode(encoder);
  }

  static Keepalive2Frame decode(CephDecoder decoder) {
    return new Keepalive2Frame(UTime.decode(decoder));
  }
}
