package io.jrados.protocol.osd;

import io.netty.buffer.Unpooled;

/**
 * Snapshot ops. ROLLBACK makes the object's head what it was at a snapshot (a write), using the
 * {@code snap} union: {@code u64 snapid}.
 */
public final class SnapOps {
  private SnapOps() {}

  /** ROLLBACK to snapshot {@code snapId}. */
  public static OsdOp rollback(long snapId) {
    return OsdOp.of(OsdOpCode.ROLLBACK, 0, new OsdOp.Fields().u64(snapId), Unpooled.EMPTY_BUFFER);
  }
}
