package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.mon.MonMap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Arrays;

/**
 * Mon to client ({@link MessageType#MON_MAP}): the current MonMap, sent after a {@code "monmap"}
 * subscription and whenever the map changes.
 *
 * <p>Front, header version 1 (Pacific): {@code bufferlist} holding an encoded {@link MonMap}.
 * Releases after Pacific write version 2 and append more fields (the quorum); they are ignored,
 * since the MonMap is all a client needs. No data segment.
 *
 * @param monMapBytes the encoded MonMap, exactly as {@code ceph mon getmap} writes it
 */
public record MMonMap(byte[] monMapBytes) implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 1;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 0;

  /** Copies the encoded map. */
  public MMonMap {
    monMapBytes = monMapBytes.clone();
  }

  /** A copy of the encoded MonMap. */
  @Override
  public byte[] monMapBytes() {
    return monMapBytes.clone();
  }

  /**
   * Decodes the MonMap this message carries.
   *
   * @throws io.jrados.protocol.ProtocolException if it is malformed
   */
  public MonMap monMap() {
    ByteBuf buf = Unpooled.wrappedBuffer(monMapBytes);
    try {
      return MonMap.decode(new CephDecoder(buf));
    } finally {
      buf.release();
    }
  }

  @Override
  public int type() {
    return MessageType.MON_MAP;
  }

  @Override
  public int headerVersion() {
    return HEAD_VERSION;
  }

  @Override
  public int compatVersion() {
    return COMPAT_VERSION;
  }

  /** Reads the front: the MonMap blob, ignoring whatever newer versions add after it. */
  public static MMonMap decode(CephDecoder decoder, int headerVersion) {
    return new MMonMap(decoder.bufferlist());
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.bufferlist(monMapBytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MMonMap other && Arrays.equals(monMapBytes, other.monMapBytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(monMapBytes);
  }

  @Override
  public String toString() {
    return "MMonMap[" + monMapBytes.length + " bytes]";
  }
}
