package io.jrados.protocol.msgr2;

import io.jrados.protocol.ProtocolException;

/**
 * A frame's tag, the first byte of its preamble: Ceph's {@code enum class Tag} in {@code
 * frames_v2.h}, the kernel's {@code FRAME_TAG_*}.
 *
 * <p>Pacific knows exactly these twenty. Quincy and later add compression tags, which a peer sends
 * only after both sides agreed on compression; this package never offers it, so any other number is
 * a protocol error.
 */
public enum Tag {
  HELLO(1),
  AUTH_REQUEST(2),
  AUTH_BAD_METHOD(3),
  AUTH_REPLY_MORE(4),
  AUTH_REQUEST_MORE(5),
  AUTH_DONE(6),
  AUTH_SIGNATURE(7),
  CLIENT_IDENT(8),
  SERVER_IDENT(9),
  IDENT_MISSING_FEATURES(10),
  SESSION_RECONNECT(11),
  SESSION_RESET(12),
  SESSION_RETRY(13),
  SESSION_RETRY_GLOBAL(14),
  SESSION_RECONNECT_OK(15),
  WAIT(16),
  MESSAGE(17),
  KEEPALIVE2(18),
  KEEPALIVE2_ACK(19),
  ACK(20);

  private static final Tag[] BY_CODE = new Tag[21];

  static {
    for (Tag tag : values()) {
      BY_CODE[tag.code] = tag;
    }
  }

  private final int code;

  Tag(int code) {
    this.code = code;
  }

  /** The number on the wire. */
  public int code() {
    return code;
  }

  /** Whether frames with this tag carry a message (four segments) rather than a control payload. */
  public boolean isMessage() {
    return this == MESSAGE;
  }

  /**
   * The tag with wire number {@code code}.
   *
   * @throws ProtocolException naming the number if no tag has it
   */
  public static Tag fromCode(int code) {
    Tag tag = code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    if (tag == null) {
      throw new ProtocolException(
          "unknown msgr2 frame tag " + code + " (Pacific knows 1.." + (BY_CODE.length - 1) + ")");
    }
    return tag;
  }
}
