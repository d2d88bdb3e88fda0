package io.jrados.protocol.msgr2;

/**
 * Where each part of a msgr2.1 frame sits on the wire and how long it is, in crc and secure mode:
 * the counterpart of Ceph's {@code FrameAssembler::get_*_onwire_len}.
 *
 * <p>crc mode: {@code preamble(32) | seg0 | le32 crc(seg0) if seg0 is non-empty | seg1 | seg2 |
 * seg3 | epilogue(13) if there is more than one segment}.
 *
 * <p>secure mode: {@code [preamble(32) | seg0[0,48) zero-padded to 48] + tag = 96 bytes}, then
 * {@code [rest of seg0, padded to 16] + tag} if seg0 padded to 16 is over 48 bytes, then {@code
 * [seg1 | seg2 | seg3, each padded to 16 | epilogue(16)] + tag} if there is more than one segment.
 */
public final class FrameLayout {
  private FrameLayout() {}

  /** {@code length} rounded up to the 16-byte crypto block. */
  public static int padded(int length) {
    int block = Msgr2Constants.CRYPTO_BLOCK_SIZE;
    return (length + block - 1) / block * block;
  }

  /** What is read first: the preamble, or in secure mode the 96-byte first block. */
  public static int preambleOnWireLength(boolean secure) {
    return secure ? Msgr2Constants.SECURE_PREAMBLE_SIZE : Msgr2Constants.PREAMBLE_SIZE;
  }

  /**
   * The bytes of segment {@code i} on the wire: for segment 0 in crc mode with its CRC, and in
   * secure mode only what did not fit in the first block, with its own tag.
   */
  public static int segmentOnWireLength(Preamble preamble, int i, boolean secure) {
    int length = preamble.segmentLength(i);
    if (secure) {
      int paddedLength = padded(length);
      if (i > 0) {
        return paddedLength;
      }
      return paddedLength > Msgr2Constants.PREAMBLE_INLINE_SIZE
          ? paddedLength - Msgr2Constants.PREAMBLE_INLINE_SIZE + Msgr2Constants.GCM_TAG_SIZE
          : 0;
    }
    return i == 0 && length > 0 ? length + Msgr2Constants.CRC_SIZE : length;
  }

  /** The epilogue, with its tag in secure mode; none when the frame has a single segment. */
  public static int epilogueOnWireLength(Preamble preamble, boolean secure) {
    if (preamble.numSegments() == 1) {
      return 0;
    }
    return secure
        ? Msgr2Constants.EPILOGUE_SECURE_SIZE + Msgr2Constants.GCM_TAG_SIZE
        : Msgr2Constants.EPILOGUE_CRC_SIZE;
  }

  /** What follows the preamble (or first block) to complete segment 0. */
  public static int firstSegmentOnWireLength(Preamble preamble, boolean secure) {
    return segmentOnWireLength(preamble, 0, secure);
  }

  /** What follows segment 0 to complete the frame: segments 1 to 3 and the epilogue. */
  public static int remainingOnWireLength(Preamble preamble, boolean secure) {
    int length = epilogueOnWireLength(preamble, secure);
    for (int i = 1; i < preamble.numSegments(); i++) {
      length += segmentOnWireLength(preamble, i, secure);
    }
    return length;
  }

  /** The whole frame on the wire. */
  public static int frameOnWireLength(Preamble preamble, boolean secure) {
    return preambleOnWireLength(secure)
        + firstSegmentOnWireLength(preamble, secure)
        + remainingOnWireLength(preamble, secure);
  }
}
