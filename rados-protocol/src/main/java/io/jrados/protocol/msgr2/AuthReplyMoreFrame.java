package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;

/**
 * AUTH_REPLY_MORE ({@code AuthReplyMoreFrame}): {@code bufferlist auth_payload}, the server's next
 * authentication step (for cephx with a mon, the server challenge).
 *
 * @param payload the method's reply; never shown by {@link #toString()}
 */
public record AuthReplyMoreFrame(byte[] payload) implements ControlFrame {
  /** Copies the payload. */
  public AuthReplyMoreFrame {
    payload = payload.clone();
  }

  /** A copy of the payload. */
  @Override
  public byte[] payload() {
    return payload.clone();
  }

  @Override
  public Tag tag() {
    return Tag.AUTH_REPLY_MORE;
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.bufferlist(payload);
  }

  static AuthReplyMoreFrame decode(CephDecoder decoder) {
    return new AuthReplyMoreFrame(decoder.bufferlist());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuthReplyMoreFrame f && Bytes.equal(f.payload, payload);
  }

  @Override
  public int hashCode() {
    return Bytes.hash(payload);
  }

  @Override
  public String toString() {
    return "AuthReplyMoreFrame[payload=" + Bytes.describe(payload) + "]";
  }
}
