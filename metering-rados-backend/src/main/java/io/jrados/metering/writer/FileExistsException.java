package io.jrados.metering.writer;

import java.io.IOException;

/** A write found its target already present and overwriting is off; the SDK's ErrFileExists. */
public final class FileExistsException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String path;

  /** Creates the exception for the path that exists. */
  public FileExistsException(String path) {
    super("file already exists: " + path);
    this.path = path;
  }

  /** The key that already exists. */
  public String path() {
    return path;
  }
}
