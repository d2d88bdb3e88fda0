package io.jrados.protocol;

/**
 * Input from a peer, or a value about to be sent to one, breaks the Ceph wire protocol.
 *
 * <p>This is the root of every decoding and protocol error in jrados. A message always says what
 * was wrong and where: the offending value, the offset it was read at, and the enclosing struct
 * when there is one, so that a single log line is enough to locate the bad byte in a capture.
 *
 * <p>It is unchecked because malformed input is not something a caller can repair locally: the
 * usual reaction is to drop the connection, and that decision belongs to the layer that owns it.
 */
public class ProtocolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception whose message says what was wrong and where. */
  public ProtocolException(String message) {
    super(message);
  }

  /**
   * Creates an exception that adds context (typically which message or frame was being decoded) to
   * a lower-level failure.
   */
  public ProtocolException(String message, Throwable cause) {
    super(message, cause);
  }
}
