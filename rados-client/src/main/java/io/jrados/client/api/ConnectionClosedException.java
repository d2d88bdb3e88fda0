package io.jrados.client.api;

/**
 * The connection a request was on closed before its reply came, and the request could not (or must
 * not) be resent; or the client itself was closed.
 */
public class ConnectionClosedException extends RadosException {
  private static final long serialVersionUID = 1L;

  public ConnectionClosedException(String message) {
    super(message, 107, null);
  }

  public ConnectionClosedException(String message, Throwable cause) {
    super(message, 107, cause);
  }
}
