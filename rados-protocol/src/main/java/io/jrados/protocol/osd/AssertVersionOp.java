package io.jrados.protocol.osd;

import io.netty.buffer.Unpooled;

/**
 * ASSERT_VER: fails the whole request unless the object's user version equals the given one
 * (-ERANGE if the given version is older than the object's, -EOVERFLOW if newer). Union {@code
 * assert_ver}: {@code u64 unused, u64 ver}.
 */
public final class AssertVersionOp {
  private AssertVersionOp() {}

  /** Asserts that the object's user version is {@code version}. */
  public static OsdOp assertVersion(long version) {
    return OsdOp.of(
        OsdOpCode.ASSERT_VER, 0, new OsdOp.Fields().u64(0).u64(version), Unpooled.EMPTY_BUFFER);
  }
}
