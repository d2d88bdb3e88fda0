package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;

/**
 * AUTH_REQUEST_MORE ({@code AuthRequestMoreFrame}): {@code bufferlist auth_payload}, the client's
 * next authentication step (for cephx with a mon, the answer to the server challenge).
 *
 * @param payload the method's request; never shown by {@link #toString()}
 */
public record AuthRequestMoreFrame(byte[] payload) implements ControlFrame {
  /** Copies the payload. */
  public AuthRequestMoreFrame {
    payload = payload.clone();
  }

  /** A copy of the payload. */
  @Override
  public byte[] payload() {
    return payload.clone();
  }

  @Override
  public Tag tag() {
    return Tag.AUTH_REQUEST_MORE;
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.bufferlist(payload);
  }

  static AuthRequestMoreFrame decode(CephDecoder decoder) {
    return new AuthRequestMoreFrame(decoder.bufferlist());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuthRequestMoreFrame f && Bytes.equal(f.payload, payload);
  }

  @Override
  public int hashCode() {
    return Bytes.hash(payload);
  }

  @Override
  public String toString() {
    return "AuthRequestMoreFrame[payload=" + Bytes.describe(payload) + "]";
  }
}
