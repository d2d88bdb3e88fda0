package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;

/**
 * SESSION_RECONNECT_OK ({@code ReconnectOkFrame}): {@code u64 msg_seq}. The session resumed.
 *
 * @param msgSeq the last message sequence number the server received; resend what follows
 */
public record SessionReconnectOkFrame(long msgSeq) implements ControlFrame {
  @Override
  public Tag tag() {
    return Tag.SESSION_RECONNECT_OK;
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.u64(msgSeq);
  }

  static SessionReconnectOkFrame decode(CephDecoder decoder) {
    return new SessionReconnectOkFrame(decoder.u64());
  }
}
