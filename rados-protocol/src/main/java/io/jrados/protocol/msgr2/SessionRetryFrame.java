package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;

/**
 * SESSION_RETRY ({@code RetryFrame}): {@code u64 connect_seq}. The server saw a reconnect race;
 * retry SESSION_RECONNECT with a higher connect_seq.
 *
 * @param connectSeq the server's connect_seq for this session
 */
public record SessionRetryFrame(long connectSeq) implements ControlFrame {
  @Override
  public Tag tag() {
    return Tag.SESSION_RETRY;
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.u64(connectSeq);
  }

  static SessionRetryFrame decode(CephDecoder decoder) {
    return new SessionRetryFrame(decoder.u64());
  }
}
