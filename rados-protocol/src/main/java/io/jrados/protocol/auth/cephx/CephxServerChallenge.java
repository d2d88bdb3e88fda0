package io.jrados.protocol.auth.cephx;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.netty.buffer.ByteBuf;

/**
 * The monitor's answer to a client's first cephx AUTH_REQUEST ({@code CephXServerChallenge}, the
 * payload of AUTH_REPLY_MORE): {@code u8 1, u64 server_challenge}. The client must encrypt it,
 * together with a challenge of its own, with its secret; see {@link CephxAuthenticate}.
 *
 * @param serverChallenge the monitor's random challenge
 */
public record CephxServerChallenge(long serverChallenge) {
  /** The exact size of the encoding. */
  public static final int ENCODED_LENGTH = 1 + 8;

  /**
   * Decodes the auth payload of AUTH_REPLY_MORE (the contents of its bufferlist), which must be
   * exactly {@value #ENCODED_LENGTH} bytes, as the kernel client also requires.
   *
   * @throws ProtocolException if the payload has any other length
   */
  public static CephxServerChallenge decode(ByteBuf payload) {
    int length = payload.readableBytes();
    if (length != ENCODED_LENGTH) {
      throw new ProtocolException(
          "cephx server challenge is " + length + " bytes, expected " + ENCODED_LENGTH);
    }
    CephDecoder in = new CephDecoder(payload);
    in.u8(); // struct_v: always 1, and nothing else has ever been defined.
    return new CephxServerChallenge(in.u64());
  }

  /** The challenge in hex, as Ceph logs it. */
  @Override
  public String toString() {
    return "CephxServerChallenge{" + Long.toHexString(serverChallenge) + "}";
  }
}
