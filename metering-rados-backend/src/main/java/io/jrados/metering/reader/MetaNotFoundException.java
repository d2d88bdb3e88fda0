package io.jrados.metering.reader;

import java.io.IOException;

/** No meta file matches a request; the message is the SDK's "file not found: no meta files ...". */
public final class MetaNotFoundException extends IOException {
  private static final long serialVersionUID = 1L;

  MetaNotFoundException(String detail) {
    super("file not found: " + detail);
  }
}
