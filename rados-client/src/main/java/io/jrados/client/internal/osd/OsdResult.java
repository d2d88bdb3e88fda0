package io.jrados.client.internal.osd;

import io.jrados.protocol.messages.MOSDOpReply;
import io.jrados.protocol.osd.OsdOpResult;
import java.util.List;

/**
 * The OSD's answer to an op: the overall result, each op's result and output, and the object's
 * version after it. The outputs are slices of the reply: {@link #release()} once they are read.
 */
public final class OsdResult {
  private final MOSDOpReply reply;
  private final int osd;

  OsdResult(MOSDOpReply reply, int osd) {
    this.reply = reply;
    this.osd = osd;
  }

  /** The OSD that answered: a watch lives on the connection to it. */
  int osd() {
    return osd;
  }

  /** 0 (or a positive count) on success, else the negative errno of the op that failed. */
  public int result() {
    return reply.result();
  }

  /** Per op: its result and output (valid until {@link #release()}). */
  public List<OsdOpResult> ops() {
    return reply.ops();
  }

  /** The object's user version after the op. */
  public long version() {
    return reply.userVersion();
  }

  public void release() {
    reply.release();
  }
}
