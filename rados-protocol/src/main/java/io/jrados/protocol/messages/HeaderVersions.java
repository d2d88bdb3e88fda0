package io.jrados.protocol.messages;

import io.jrados.protocol.ProtocolException;

/** Checks of a received message's header version shared by the decoders. */
final class HeaderVersions {
  private HeaderVersions() {}

  /**
   * Fails unless {@code headerVersion} is at least {@code minimum}: older encodings of the message
   * lack fields jrados needs and are sent only to peers without features jrados requires.
   */
  static void requireAtLeast(String message, int headerVersion, int minimum) {
    if (headerVersion < minimum) {
      throw new ProtocolException(
          String.format(
              "%s: header version %d is older than the oldest supported, %d",
              message, headerVersion, minimum));
    }
  }
}
