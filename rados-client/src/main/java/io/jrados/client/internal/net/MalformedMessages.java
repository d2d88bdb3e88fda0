package io.jrados.client.internal.net;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.msgr2.MessageFrame;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import org.slf4j.Logger;

/**
 * What a session does with a message it cannot decode: it drops that one message and goes on (the
 * request it answered is resent or times out), says so at warn, and shows the start of its front at
 * debug for whoever must find out why. One place, so mon and OSD sessions say it alike.
 */
public final class MalformedMessages {
  /** How much of a malformed front is shown: enough for its header fields, never a whole map. */
  private static final int SHOWN_BYTES = 128;

  private MalformedMessages() {}

  public static void dropped(Logger log, MessageFrame message, String from, ProtocolException e) {
    log.warn(
        "dropping a malformed message (type {}, version {}) from {}: {}",
        message.header().type(),
        message.header().version(),
        from,
        e.getMessage());
    if (log.isDebugEnabled()) {
      ByteBuf f = message.front();
      log.debug("its front: {}", ByteBufUtil.hexDump(f, 0, Math.min(SHOWN_BYTES, f.writerIndex())));
    }
  }
}
