package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.Objects;
import java.util.UUID;

/**
 * Mon to client ({@link MessageType#MON_SUBSCRIBE_ACK}): the subscription was accepted.
 *
 * <p>Front, header version 1: {@code u32 interval, uuid fsid}. Pacific mons still send it to
 * clients without MON_STATEFUL_SUB only (older clients renewed their subscriptions on this timer),
 * so a jrados session, which advertises that feature, should not see one; it is decoded so that one
 * arriving anyway is understood rather than rejected. No data segment.
 *
 * @param intervalSeconds how often the client should renew its subscriptions
 * @param fsid the cluster's fsid
 */
public record MMonSubscribeAck(long intervalSeconds, UUID fsid) implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 1;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 0;

  /** Checks the fields. */
  public MMonSubscribeAck {
    if (intervalSeconds < 0 || intervalSeconds > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("interval out of range of a u32: " + intervalSeconds);
    }
    Objects.requireNonNull(fsid, "fsid");
  }

  @Override
  public int type() {
    return MessageType.MON_SUBSCRIBE_ACK;
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
  public static MMonSubscribeAck decode(CephDecoder decoder, int headerVersion) {
    long interval = decoder.u32();
    UUID fsid = decoder.uuid();
    return new MMonSubscribeAck(interval, fsid);
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.u32(intervalSeconds).uuid(fsid);
  }
}
