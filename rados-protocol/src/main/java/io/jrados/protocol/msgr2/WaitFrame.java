package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephEncoder;

/**
 * WAIT ({@code WaitFrame}): no payload, so its single segment is empty. The server is connecting to
 * the client at the same time and the other connection wins; Ceph backs off and retries.
 */
public record WaitFrame() implements ControlFrame {
  /** The only value there is. */
  public static final WaitFrame INSTANCE = new WaitFrame();

  @Override
  public Tag tag() {
    return Tag.WAIT;
  }

  @Override
  public void encode(CephEncoder encoder) {
    // no payload
  }
}
