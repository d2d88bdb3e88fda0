package io.jrados.protocol.msgr2;

import io.jrados.protocol.ProtocolException;

/**
 * A secure-mode frame failed AES-GCM authentication: it was altered, truncated, encrypted with
 * another key, or encrypted with a nonce other than the one this connection expected next. Nothing
 * of such a frame is ever returned; the connection must be closed.
 */
public final class FrameAuthenticationException extends ProtocolException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception saying which part of the frame failed. */
  public FrameAuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }
}
