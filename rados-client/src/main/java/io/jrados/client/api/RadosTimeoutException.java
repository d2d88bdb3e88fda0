package io.jrados.client.api;

import java.time.Duration;

/** A deadline passed; the message says what was waited for and for how long. */
public class RadosTimeoutException extends RadosException {
  private static final long serialVersionUID = 1L;

  public RadosTimeoutException(String waitedFor, Duration timeout) {
    super("timed out after " + timeout.toMillis() + " ms waiting for " + waitedFor, 110, null);
  }

  /**
   * A deadline that passed while something it needed kept failing: {@code why} says what (say, an
   * OSD that could not be connected to), and {@code cause} is that failure.
   */
  public RadosTimeoutException(String waitedFor, Duration timeout, String why, Throwable cause) {
    super(
        "timed out after " + timeout.toMillis() + " ms waiting for " + waitedFor + "; " + why,
        110,
        cause);
  }
}
