package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.Arrays;
import java.util.Objects;

/**
 * Mon to client ({@link MessageType#AUTH_REPLY}): the answer to an {@link MAuth}.
 *
 * <p>Front, header version 1: {@code u32 protocol, s32 result, u64 global_id, bufferlist result_bl,
 * string result_msg}. No data segment.
 *
 * @param protocol the auth protocol, e.g. 2 for cephx
 * @param result 0 or a negative errno
 * @param globalId the client's global id; 0 means none assigned
 * @param payload the protocol's reply (for cephx, tickets)
 * @param message a human-readable explanation, usually empty
 */
public record MAuthReply(long protocol, int result, long globalId, byte[] payload, String message)
    implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 1;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 0;

  /** Checks the fields and copies the payload. */
  public MAuthReply {
    payload = payload.clone();
    Objects.requireNonNull(message, "message");
  }

  /** A copy of the protocol's reply. */
  @Override
  public byte[] payload() {
    return payload.clone();
  }

  @Override
  public int type() {
    return MessageType.AUTH_REPLY;
  }

  @Override
  public int headerVersion() {
    return HEAD_VERSION;
  }

  @Override
  public int compatVersion() {
    return COMPAT_VERSION;
  }

  /** Reads the front; every header version has the same layout. */
  public static MAuthReply decode(CephDecoder decoder, int headerVersion) {
    long protocol = decoder.u32();
    int result = decoder.s32();
    long globalId = decoder.u64();
    byte[] payload = decoder.bufferlist();
    String message = decoder.string();
    return new MAuthReply(protocol, result, globalId, payload, message);
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.u32(protocol).s32(result).u64(globalId).bufferlist(payload).string(message);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MAuthReply other
        && protocol == other.protocol
        && result == other.result
        && globalId == other.globalId
        && Arrays.equals(payload, other.payload)
        && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(protocol, result, globalId, Arrays.hashCode(payload), message);
  }

  @Override
  public String toString() {
    return "MAuthReply[protocol="
        + protocol
        + ", result="
        + result
        + ", globalId="
        + globalId
        + ", payload="
        + payload.length
        + " bytes, message="
        + message
        + "]";
  }
}
