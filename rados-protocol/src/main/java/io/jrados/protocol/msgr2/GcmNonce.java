package io.jrados.protocol.msgr2;

import io.jrados.protocol.ProtocolException;

/**
 * The nonce sequence of one direction of a secure-mode connection: 12 bytes {@code le32 fixed, le64
 * counter}, where msgr2.1 adds one to {@code counter} after every GCM operation and never touches
 * {@code fixed} ({@code crypto_onwire.cc}, "new nonce format"; kernel {@code gcm_inc_nonce}).
 *
 * <p>After 2^64 operations the counter would come back to its first value and a nonce would repeat,
 * which breaks GCM; like Ceph's tx side ("out of nonces"), this refuses instead. Not thread-safe.
 */
final class GcmNonce {
  private final int fixed;
  private final long initialCounter;
  private long counter;
  private boolean usedInitial;

  private GcmNonce(int fixed, long initialCounter, long counter, boolean usedInitial) {
    this.fixed = fixed;
    this.initialCounter = initialCounter;
    this.counter = counter;
    this.usedInitial = usedInitial;
  }

  /** The sequence starting at the 12 bytes of {@code bytes} at {@code offset}. */
  static GcmNonce fromBytes(byte[] bytes, int offset) {
    int fixed = 0;
    for (int i = 3; i >= 0; i--) {
      fixed = fixed << 8 | (bytes[offset + i] & 0xFF);
    }
    long counter = 0;
    for (int i = 11; i >= 4; i--) {
      counter = counter << 8 | (bytes[offset + i] & 0xFF);
    }
    return new GcmNonce(fixed, counter, counter, false);
  }

  /**
   * A sequence that started at {@code initialCounter} and has reached {@code counter}: for tests of
   * what happens near the end of the 2^64 operations.
   */
  static GcmNonce resumed(int fixed, long initialCounter, long counter) {
    return new GcmNonce(fixed, initialCounter, counter, counter != initialCounter);
  }

  /** The counter the next operation uses. */
  long counter() {
    return counter;
  }

  /**
   * Returns the nonce for the next GCM operation and advances the counter.
   *
   * @throws ProtocolException if every nonce has been used
   */
  byte[] next() {
    if (counter == initialCounter) {
      if (usedInitial) {
        throw new ProtocolException(
            "secure mode: out of GCM nonces after 2^64 operations; the connection must be"
                + " re-established");
      }
      usedInitial = true;
    }
    byte[] nonce = new byte[Msgr2Constants.GCM_NONCE_SIZE];
    for (int i = 0; i < 4; i++) {
      nonce[i] = (byte) (fixed >>> (8 * i));
    }
    for (int i = 0; i < 8; i++) {
      nonce[4 + i] = (byte) (counter >>> (8 * i));
    }
    counter++;
    return nonce;
  }
}
