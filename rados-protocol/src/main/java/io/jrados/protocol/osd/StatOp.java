package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.UTime;
import io.netty.buffer.ByteBuf;

/**
 * STAT: the object's size and modification time. Its outdata is {@code u64 size, utime_t mtime}.
 * Also the way librados asserts that an object exists: a STAT whose output is ignored, failing with
 * -ENOENT.
 */
public final class StatOp {
  private StatOp() {}

  /** An object's size and mtime. */
  public record ObjectStat(long size, UTime mtime) {}

  /** The STAT op. */
  public static OsdOp stat() {
    return OsdOp.simple(OsdOpCode.STAT, 0);
  }

  /** A STAT used only to fail with -ENOENT when the object is missing (librados' assert_exists). */
  public static OsdOp assertExists() {
    return stat();
  }

  /** Parses a STAT's outdata; the buffer is not consumed. */
  public static ObjectStat parse(ByteBuf outdata) {
    CephDecoder decoder = new CephDecoder(outdata.duplicate());
    long size = decoder.u64();
    UTime mtime = UTime.decode(decoder);
    return new ObjectStat(size, mtime);
  }
}
