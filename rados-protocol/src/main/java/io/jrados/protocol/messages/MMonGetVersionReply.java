package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;

/**
 * Mon to client ({@link MessageType#MON_GET_VERSION_REPLY}): the epochs of the map asked for.
 *
 * <p>Front, header version 2: {@code u64 handle, u64 version, u64 oldest_version}. Version 1 had no
 * {@code oldest_version}, which then reads as 0. No data segment.
 *
 * @param handle the {@link MMonGetVersion#handle()} this answers
 * @param newest the newest epoch the mons have
 * @param oldest the oldest epoch the mons still store; 0 if the sender did not say
 */
public record MMonGetVersionReply(long handle, long newest, long oldest) implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 2;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 0;

  @Override
  public int type() {
    return MessageType.MON_GET_VERSION_REPLY;
  }

  @Override
  public int headerVersion() {
    return HEAD_VERSION;
  }

  @Override
  public int compatVersion() {
    return COMPAT_VERSION;
  }

  /** Reads the front; {@code oldest} is only present from header version 2. */
  public static MMonGetVersionReply decode(CephDecoder decoder, int headerVersion) {
    long handle = decoder.u64();
    long newest = decoder.u64();
    long oldest = headerVersion >= 2 ? decoder.u64() : 0;
    return new MMonGetVersionReply(handle, newest, oldest);
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.u64(handle).u64(newest).u64(oldest);
  }
}
