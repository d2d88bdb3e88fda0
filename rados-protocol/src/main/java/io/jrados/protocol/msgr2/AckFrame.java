package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;

/**
 * ACK ({@code AckFrame}): {@code u64 seq}. Acknowledges messages up to and including {@code seq}.
 *
 * @param seq the sequence number of the last message received
 */
public record AckFrame(long seq) implements ControlFrame {
  @Override
  public Tag tag() {
    return Tag.ACK;
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.u64(seq);
  }

  static AckFrame decode(CephDecoder decoder) {
    return new AckFrame(decoder.u64());
  }
}
