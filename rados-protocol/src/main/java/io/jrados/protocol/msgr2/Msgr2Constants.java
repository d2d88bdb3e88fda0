package io.jrados.protocol.msgr2;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed numbers of msgr2 revision 1: banner feature bits, frame sizes, alignments, late status
 * values and connection modes.
 *
 * <p>Sources: Ceph's {@code src/include/msgr.h} (feature bits), {@code src/msg/async/frames_v2.h}
 * (sizes, late status), {@code crypto_onwire.cc} (GCM sizes), and the kernel's {@code
 * net/ceph/messenger_v2.c}, which agree on every value here.
 */
public final class Msgr2Constants {
  private Msgr2Constants() {}

  // ---- Banner feature bits (msgr2's own, unrelated to the CEPH_FEATURE_* message bits) ----

  /** msgr2.1: the frame format this package implements. Every Ceph since Octopus has it. */
  public static final long FEATURE_REVISION_1 = 1L << 0;

  /**
   * On-wire compression (Quincy and later; a Reef mon advertises it). This package does not
   * implement it, so it is never in {@link #SUPPORTED_FEATURES}: a peer that merely supports it is
   * fine, a peer that requires it is refused.
   */
  public static final long FEATURE_COMPRESSION = 1L << 1;

  /** What our banner advertises: revision 1 only. */
  public static final long SUPPORTED_FEATURES = FEATURE_REVISION_1;

  /**
   * What our banner requires: revision 1, since revision 0 frames are not implemented. The kernel
   * client requires the same; Ceph itself requires nothing and falls back to revision 0.
   */
  public static final long REQUIRED_FEATURES = FEATURE_REVISION_1;

  // ---- Frame layout ----

  /** Size of the preamble block, including its CRC. */
  public static final int PREAMBLE_SIZE = 32;

  /** Bytes of the preamble covered by its CRC (everything before the CRC). */
  public static final int PREAMBLE_CRC_COVERED = 28;

  /** Segments a frame can have; unused trailing slots of the preamble are zero. */
  public static final int MAX_NUM_SEGMENTS = 4;

  /** A little-endian CRC32C as it follows segment 0 in crc mode. */
  public static final int CRC_SIZE = 4;

  /** crc mode epilogue: {@code u8 late_status} and three {@code le32} CRCs for segments 1 to 3. */
  public static final int EPILOGUE_CRC_SIZE = 1 + 3 * CRC_SIZE;

  /** Segments are zero-padded to this in secure mode. */
  public static final int CRYPTO_BLOCK_SIZE = 16;

  /** Bytes of segment 0 carried inside the first GCM block in secure mode, zero-padded. */
  public static final int PREAMBLE_INLINE_SIZE = 48;

  /** The AES-GCM authentication tag that ends every ciphertext. */
  public static final int GCM_TAG_SIZE = 16;

  /**
   * The first ciphertext of every secure-mode frame: preamble, 48 inline bytes of segment 0, tag.
   */
  public static final int SECURE_PREAMBLE_SIZE =
      PREAMBLE_SIZE + PREAMBLE_INLINE_SIZE + GCM_TAG_SIZE;

  /** secure mode epilogue plaintext: {@code u8 late_status} and 15 zero bytes. */
  public static final int EPILOGUE_SECURE_SIZE = CRYPTO_BLOCK_SIZE;

  /** Alignment requested for control segments and the first three message segments. */
  public static final int ALIGNMENT_DEFAULT = 8;

  /** Alignment requested for the data segment of a message. */
  public static final int ALIGNMENT_PAGE = 4096;

  // ---- Epilogue late_status (msgr2.1) ----

  /** Low nibble of late_status: the frame is complete. Senders write exactly this value. */
  public static final int LATE_STATUS_COMPLETE = 0x0E;

  /** Low nibble of late_status: the sender aborted the frame; its segments must be dropped. */
  public static final int LATE_STATUS_ABORTED = 0x01;

  /** The nibble of late_status that carries COMPLETE or ABORTED; the high nibble is reserved. */
  public static final int LATE_STATUS_ABORTED_MASK = 0x0F;

  // ---- Connection modes (AUTH_REQUEST preferred modes, AUTH_DONE con_mode) ----

  /** Mode not yet chosen. */
  public static final int CON_MODE_UNKNOWN = 0;

  /** Frames protected by CRC32C only. */
  public static final int CON_MODE_CRC = 1;

  /** Frames encrypted and authenticated with AES-128-GCM. */
  public static final int CON_MODE_SECURE = 2;

  // ---- Secure mode keys ----

  /** AES-128 key length, taken from the start of the connection secret. */
  public static final int GCM_KEY_SIZE = 16;

  /** GCM nonce: {@code le32 fixed, le64 counter}. */
  public static final int GCM_NONCE_SIZE = 12;

  /** Bytes of the connection secret secure mode uses: key, client rx nonce, client tx nonce. */
  public static final int CONNECTION_SECRET_MIN_SIZE = GCM_KEY_SIZE + 2 * GCM_NONCE_SIZE;

  /**
   * Names the msgr2 feature bits set in {@code features}, e.g. {@code "0x3 (REVISION_1,
   * COMPRESSION)"}; bits without a name are shown as {@code bitN}.
   */
  public static String describeFeatures(long features) {
    List<String> names = new ArrayList<>();
    for (int bit = 0; bit < 64; bit++) {
      if ((features & (1L << bit)) == 0) {
        continue;
      }
      switch (bit) {
        case 0:
          names.add("REVISION_1");
          break;
        case 1:
          names.add("COMPRESSION");
          break;
        default:
          names.add("bit" + bit);
      }
    }
    return "0x" + Long.toHexString(features) + " (" + String.join(", ", names) + ")";
  }
}
