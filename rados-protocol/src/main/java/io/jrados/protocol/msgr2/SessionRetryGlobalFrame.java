package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;

/**
 * SESSION_RETRY_GLOBAL ({@code RetryGlobalFrame}): {@code u64 global_seq}. The server saw an older
 * global_seq; retry with a higher one.
 *
 * @param globalSeq the highest global_seq the server has seen from this client
 */
public record SessionRetryGlobalFrame(long globalSeq) implements ControlFrame {
  @Override
  public Tag tag() {
    return Tag.SESSION_RETRY_GLOBAL;
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.u64(globalSeq);
  }

  static SessionRetryGlobalFrame decode(CephDecoder decoder) {
    return new SessionRetryGlobalFrame(decoder.u64());
  }
}
