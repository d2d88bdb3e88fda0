package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.List;

/**
 * AUTH_REQUEST ({@code AuthRequestFrame}): {@code u32 method, vector<u32> preferred_modes,
 * bufferlist auth_payload}.
 *
 * @param method the auth method, e.g. 2 for cephx (raw bits of a {@code u32})
 * @param preferredModes connection modes in order of preference, e.g. {@link
 *     Msgr2Constants#CON_MODE_SECURE}, {@link Msgr2Constants#CON_MODE_CRC}
 * @param payload the method's request; never shown by {@link #toString()}
 */
public record AuthRequestFrame(int method, List<Integer> preferredModes, byte[] payload)
    implements ControlFrame {
  /** Copies the list and the payload. */
  public AuthRequestFrame {
    preferredModes = List.copyOf(preferredModes);
    payload = payload.clone();
  }

  /** A copy of the payload. */
  @Override
  public byte[] payload() {
    return payload.clone();
  }

  @Override
  public Tag tag() {
    return Tag.AUTH_REQUEST;
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.s32(method).list(preferredModes, (mode, e) -> e.s32(mode)).bufferlist(payload);
  }

  static AuthRequestFrame decode(CephDecoder decoder) {
    int method = decoder.s32();
    List<Integer> modes = decoder.list(4, CephDecoder::s32);
    return new AuthRequestFrame(method, modes, decoder.bufferlist());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuthRequestFrame f
        && f.method == method
        && f.preferredModes.equals(preferredModes)
        && Bytes.equal(f.payload, payload);
  }

  @Override
  public int hashCode() {
    return (method * 31 + preferredModes.hashCode()) * 31 + Bytes.hash(payload);
  }

  @Override
  public String toString() {
    return "AuthRequestFrame[method="
        + method
        + ", preferredModes="
        + preferredModes
        + ", payload="
        + Bytes.describe(payload)
        + "]";
  }
}
