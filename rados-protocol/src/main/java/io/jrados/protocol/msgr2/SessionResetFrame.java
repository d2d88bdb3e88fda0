package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;

/**
 * SESSION_RESET ({@code ResetFrame}): {@code bool full}. The server has no session to resume: start
 * a new one with CLIENT_IDENT.
 *
 * @param full whether the client should also reset its own session state (cookie, sequences)
 */
public record SessionResetFrame(boolean full) implements ControlFrame {
  @Override
  public Tag tag() {
    return Tag.SESSION_RESET;
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.bool(full);
  }

  static SessionResetFrame decode(CephDecoder decoder) {
    return new SessionResetFrame(decoder.bool());
  }
}
