package io.jrados.protocol.msgr2;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.TruncatedInputException;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * The msgr2 banner each side sends first: {@code "ceph v2\n"}, {@code le16} payload length (16),
 * then the payload {@code le64 supported, le64 required} of msgr2 feature bits.
 *
 * <p>Reading a peer's banner takes two steps, as in Ceph and the kernel: the {@value #PREFIX_SIZE}
 * byte prefix gives the payload length, then the payload. {@link #decode(ByteBuf)} does both when
 * the whole banner is at hand.
 *
 * @param supported msgr2 feature bits the sender implements
 * @param required msgr2 feature bits the sender insists the peer implements
 */
public record Banner(long supported, long required) {
  /**
   * Our banner: {@link Msgr2Constants#SUPPORTED_FEATURES}, {@link
   * Msgr2Constants#REQUIRED_FEATURES}.
   */
  public static final Banner OURS =
      new Banner(Msgr2Constants.SUPPORTED_FEATURES, Msgr2Constants.REQUIRED_FEATURES);

  /** The magic that opens a msgr2 banner. */
  public static final String MAGIC = "ceph v2\n";

  /** Magic plus the {@code le16} payload length. */
  public static final int PREFIX_SIZE = 8 + 2;

  /** The payload this class writes: two {@code le64}. */
  public static final int PAYLOAD_SIZE = 16;

  /** Size of the banner this class writes. */
  public static final int ENCODED_SIZE = PREFIX_SIZE + PAYLOAD_SIZE;

  private static final byte[] MAGIC_BYTES = MAGIC.getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MSGR1_MAGIC = "ceph v027".getBytes(StandardCharsets.US_ASCII);

  /** Writes the banner: magic, payload length 16, supported, required. */
  public void encode(ByteBuf out) {
    out.writeBytes(MAGIC_BYTES);
    out.writeShortLE(PAYLOAD_SIZE);
    out.writeLongLE(supported);
    out.writeLongLE(required);
  }

  /**
   * Reads a banner prefix and returns the payload length it announces; the payload follows.
   *
   * @throws ProtocolException if the peer speaks msgr1, sent something that is not a banner, or
   *     announces a payload too short for the two feature words
   */
  public static int decodePrefix(ByteBuf in) {
    if (in.readableBytes() < PREFIX_SIZE) {
      throw new TruncatedInputException(
          "truncated: msgr2 banner prefix needs "
              + PREFIX_SIZE
              + " bytes, "
              + in.readableBytes()
              + " remain");
    }
    int start = in.readerIndex();
    if (!regionEquals(in, start, MAGIC_BYTES)) {
      if (regionEquals(in, start, MSGR1_MAGIC)) {
        throw new ProtocolException(
            "peer speaks msgr1 (banner \"ceph v027\"), not msgr2: connect to its v2 address");
      }
      throw new ProtocolException(
          "bad msgr2 banner: expected \"ceph v2\\n\", got " + printable(in, start, MAGIC.length()));
    }
    int payloadLength = in.getUnsignedShortLE(start + MAGIC_BYTES.length);
    if (payloadLength < PAYLOAD_SIZE) {
      throw new ProtocolException(
          "msgr2 banner payload length "
              + payloadLength
              + " is shorter than the "
              + PAYLOAD_SIZE
              + " bytes of its two feature words");
    }
    in.skipBytes(PREFIX_SIZE);
    return payloadLength;
  }

  /**
   * Reads a banner payload of {@code payloadLength} bytes, as announced by the prefix. Bytes past
   * the two feature words are skipped, as Ceph does.
   */
  public static Banner decodePayload(ByteBuf in, int payloadLength) {
    if (payloadLength < PAYLOAD_SIZE) {
      throw new IllegalArgumentException(
          "payload length below " + PAYLOAD_SIZE + ": " + payloadLength);
    }
    if (in.readableBytes() < payloadLength) {
      throw new TruncatedInputException(
          "truncated: msgr2 banner payload of "
              + payloadLength
              + " bytes, "
              + in.readableBytes()
              + " remain");
    }
    long supported = in.readLongLE();
    long required = in.readLongLE();
    in.skipBytes(payloadLength - PAYLOAD_SIZE);
    return new Banner(supported, required);
  }

  /** Reads a whole banner: prefix, then payload. */
  public static Banner decode(ByteBuf in) {
    int start = in.readerIndex();
    int payloadLength = decodePrefix(in);
    try {
      return decodePayload(in, payloadLength);
    } catch (ProtocolException e) {
      in.readerIndex(start);
      throw e;
    }
  }

  /**
   * Checks that a connection between us (with banner {@code ours}) and this peer can work, as both
   * Ceph and the kernel check it.
   *
   * @throws ProtocolException naming the missing features if the peer requires features we lack, or
   *     lacks features we require
   */
  public void checkCompatibleWith(Banner ours) {
    long weLack = required & ~ours.supported;
    if (weLack != 0) {
      throw new ProtocolException(
          "peer requires msgr2 features we lack: "
              + Msgr2Constants.describeFeatures(weLack)
              + "; peer banner supported "
              + Msgr2Constants.describeFeatures(supported)
              + ", required "
              + Msgr2Constants.describeFeatures(required));
    }
    long peerLacks = ours.required & ~supported;
    if (peerLacks != 0) {
      throw new ProtocolException(
          "peer lacks msgr2 features we require: "
              + Msgr2Constants.describeFeatures(peerLacks)
              + "; peer banner supported "
              + Msgr2Constants.describeFeatures(supported));
    }
  }

  @Override
  public String toString() {
    return "Banner[supported="
        + Msgr2Constants.describeFeatures(supported)
        + ", required="
        + Msgr2Constants.describeFeatures(required)
        + "]";
  }

  private static boolean regionEquals(ByteBuf in, int start, byte[] expected) {
    if (in.writerIndex() - start < expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (in.getByte(start + i) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static String printable(ByteBuf in, int start, int length) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < length; i++) {
      int b = in.getUnsignedByte(start + i);
      if (b >= 0x20 && b < 0x7F && b != '"' && b != '\\') {
        out.append((char) b);
      } else {
        out.append(String.format("\\x%02x", b));
      }
    }
    return out.append('"').toString();
  }
}
