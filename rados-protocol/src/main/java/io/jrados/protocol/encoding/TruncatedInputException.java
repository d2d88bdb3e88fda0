package io.jrados.protocol.encoding;

import io.jrados.protocol.ProtocolException;

/**
 * The input ended, or the enclosing versioned struct ended, before a value was complete.
 *
 * <p>Kept apart from other {@link ProtocolException}s because its meaning is specific: every byte
 * that was present may have been valid, there just were not enough of them. Lengths declared by the
 * input itself (a string length, a {@code struct_len}) that reach past the end also land here.
 */
public final class TruncatedInputException extends ProtocolException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception whose message names the value, its offset and the bytes that remain. */
  public TruncatedInputException(String message) {
    super(message);
  }
}
