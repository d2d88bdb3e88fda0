package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.Objects;

/**
 * Client to mon ({@link MessageType#MON_GET_VERSION}): asks for the newest epoch of a map, for
 * example to tell whether a missing pool does not exist or is just not in the client's OSDMap yet.
 *
 * <p>Front, header version 1: {@code u64 handle, string what}. No data segment.
 *
 * @param handle chosen by the client and echoed in the {@link MMonGetVersionReply}
 * @param what the map, e.g. {@code "osdmap"}
 */
public record MMonGetVersion(long handle, String what) implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 1;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 0;

  /** Checks that {@code what} is present. */
  public MMonGetVersion {
    Objects.requireNonNull(what, "what");
  }

  @Override
  public int type() {
    return MessageType.MON_GET_VERSION;
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
  public static MMonGetVersion decode(CephDecoder decoder, int headerVersion) {
    long handle = decoder.u64();
    String what = decoder.string();
    return new MMonGetVersion(handle, what);
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.u64(handle).string(what);
  }
}
