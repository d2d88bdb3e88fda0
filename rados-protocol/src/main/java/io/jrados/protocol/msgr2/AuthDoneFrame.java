package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;

/**
 * AUTH_DONE ({@code AuthDoneFrame}): {@code u64 global_id, u32 con_mode, bufferlist auth_payload}.
 * Authentication succeeded; from the next frame on both sides use {@code connectionMode}.
 *
 * @param globalId the client's global id, assigned by the mon
 * @param connectionMode {@link Msgr2Constants#CON_MODE_CRC} or {@link
 *     Msgr2Constants#CON_MODE_SECURE}
 * @param payload the method's final reply (session keys, connection secret); never shown by {@link
 *     #toString()}
 */
public record AuthDoneFrame(long globalId, int connectionMode, byte[] payload)
    implements ControlFrame {
  /** Copies the payload. */
  public AuthDoneFrame {
    payload = payload.clone();
  }

  /** A copy of the payload. */
  @Override
  public byte[] payload() {
    return payload.clone();
  }

  @Override
  public Tag tag() {
    return Tag.AUTH_DONE;
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.u64(globalId).s32(connectionMode).bufferlist(payload);
  }

  static AuthDoneFrame decode(CephDecoder decoder) {
    long globalId = decoder.u64();
    int mode = decoder.s32();
    return new AuthDoneFrame(globalId, mode, decoder.bufferlist());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuthDoneFrame f
        && f.globalId == globalId
        && f.connectionMode == connectionMode
        && Bytes.equal(f.payload, payload);
  }

  @Override
  public int hashCode() {
    return (Long.hashCode(globalId) * 31 + connectionMode) * 31 + Bytes.hash(payload);
  }

  @Override
  public String toString() {
    return "AuthDoneFrame[globalId="
        + Long.toUnsignedString(globalId)
        + ", connectionMode="
        + connectionMode
        + ", payload="
        + Bytes.describe(payload)
        + "]";
  }
}
