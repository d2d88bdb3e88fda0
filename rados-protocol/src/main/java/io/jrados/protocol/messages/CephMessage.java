package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephEncoder;

/**
 * A Ceph message that jrados can send: its type, the header version and compat version it is
 * written with, and the encoder of its front payload.
 *
 * <p>Each implementation also has a static {@code decode(CephDecoder, int headerVersion)} that
 * reads the front payload as the peer's header version describes it. Which message carries a data
 * segment as well (for example the input of {@link MMonCommand}) is documented on the class. The
 * OSD op messages ({@link MOSDOp}, {@link MOSDOpReply}) carry their ops' data themselves: their
 * {@code decode} takes the data segment as a third argument and their {@code data()} gives it back;
 * for every other message the data segment travels beside the front, outside these codecs.
 */
public interface CephMessage {
  /** The header {@code type}, one of {@link MessageType}. */
  int type();

  /** The header {@code version}: the encoding of the front that {@link #encode} writes. */
  int headerVersion();

  /** The header {@code compat_version}: the oldest decoder version able to read it. */
  int compatVersion();

  /** Writes the front payload. */
  void encode(CephEncoder encoder);
}
