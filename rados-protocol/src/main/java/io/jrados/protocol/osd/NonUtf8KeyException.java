package io.jrados.protocol.osd;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An omap key that is not UTF-8 was asked for as a Java string. Ceph keys are byte strings (RGW's
 * bucket indexes, for one, use keys starting with byte 0x80); a string would have to replace such
 * bytes and so name another key. The raw-key methods return them exactly.
 */
public final class NonUtf8KeyException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private static final int SHOWN = 32;

  private NonUtf8KeyException(String message) {
    super(message);
  }

  /** {@code key} as a string, or this exception if its bytes are not UTF-8. */
  static String decode(byte[] key) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(key))
          .toString();
    } catch (CharacterCodingException e) {
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < Math.min(key.length, SHOWN); i++) {
        hex.append(String.format("%02x", key[i] & 0xff));
      }
      throw new NonUtf8KeyException(
          "omap key 0x"
              + hex
              + (key.length > SHOWN ? "... (" + key.length + " bytes)" : "")
              + " is not UTF-8, so no Java string names it; read it with the raw-key methods"
              + " (omapGetKeysRaw, omapGetValsRaw)");
    }
  }
}
