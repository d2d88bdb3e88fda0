package io.jrados.client.api;

/**
 * Root of every failure jrados reports to its users. Each subclass says what kind of thing went
 * wrong; the message says which mon, pool or object, what errno, and what the server said. No
 * message ever contains a key, a ticket or a session secret.
 */
public class RadosException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int errno;

  public RadosException(String message) {
    this(message, 0, null);
  }

  public RadosException(String message, Throwable cause) {
    this(message, 0, cause);
  }

  /**
   * @param errno the positive errno this failure corresponds to, or 0 if none does
   */
  public RadosException(String message, int errno, Throwable cause) {
    super(message, cause);
    this.errno = Math.abs(errno);
  }

  /** The positive errno (ENOENT = 2, ...) this failure maps to, or 0. */
  public int errno() {
    return errno;
  }
}
