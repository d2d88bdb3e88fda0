package io.jrados.client.internal.net;

import io.jrados.protocol.msgr2.MessageFrame;

/** Receives what arrives on a ready connection. Called on the connection's I/O thread. */
public interface MessageListener {

  /** A message; the listener owns it and must release it. */
  void onMessage(Msgr2Connection connection, MessageFrame message);

  /** The connection closed (by either side, or after a fault); called once. */
  void onClose(Msgr2Connection connection, Throwable cause);
}
