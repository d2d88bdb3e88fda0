package io.jrados.metering.storage;

import java.io.IOException;

/** No object exists under the requested key; the message matches the SDK's "file not found". */
public final class KeyNotFoundException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String key;

  /** Creates the exception for {@code key}. */
  public KeyNotFoundException(String key) {
    super("file not found: " + key);
    this.key = key;
  }

  /** The key that was not found, without the provider prefix. */
  public String key() {
    return key;
  }
}
