package io.jrados.client.internal.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.util.ReferenceCountUtil;

/**
 * A message to send: type and encoding versions, the transaction id, and its payload segments. The
 * session adds the sequence numbers. Owns its buffers until sent.
 *
 * @param priority 127 is Ceph's default, 196 high
 */
public record OutgoingMessage(
    int type,
    int version,
    int compatVersion,
    int priority,
    long tid,
    ByteBuf front,
    ByteBuf data,
    int dataOffset) {

  public static final int PRIORITY_DEFAULT = 127;

  /** A message with only a front segment. */
  public static OutgoingMessage of(int type, int version, int compat, long tid, ByteBuf front) {
    return new OutgoingMessage(
        type, version, compat, PRIORITY_DEFAULT, tid, front, Unpooled.EMPTY_BUFFER, 0);
  }

  /** Releases the buffers of a message that will not be sent. */
  void release() {
    ReferenceCountUtil.release(front);
    ReferenceCountUtil.release(data);
  }
}
