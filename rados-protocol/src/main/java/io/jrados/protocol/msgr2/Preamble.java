package io.jrados.protocol.msgr2;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.TruncatedInputException;
import io.netty.buffer.ByteBuf;
import java.util.Arrays;

/**
 * The 32-byte block that opens every frame ({@code preamble_block_t}): {@code u8 tag}, {@code u8
 * num_segments}, four {@code {le32 length, le16 alignment}} slots, two reserved bytes, and a {@code
 * le32} CRC32C with seed 0 over the 28 bytes before it.
 *
 * <p>Slots past {@code num_segments} are zero. The reserved bytes are written as zero and ignored
 * when read, as Pacific does (Quincy uses the first one for compression flags, which a peer only
 * sets after compression was agreed, and this package never agrees to it).
 *
 * <p>Immutable.
 */
public final class Preamble {
  private final Tag tag;
  private final int[] lengths;
  private final int[] alignments;

  private Preamble(Tag tag, int[] lengths, int[] alignments) {
    this.tag = tag;
    this.lengths = lengths;
    this.alignments = alignments;
  }

  /**
   * The preamble for a frame with the given segments. Trailing empty segments are dropped, keeping
   * at least one, as Ceph's {@code calc_num_segments} does.
   *
   * @param lengths the length of each of the frame's segments, 1 to 4 of them
   * @param alignments the alignment each segment asks for, one per length
   */
  public static Preamble of(Tag tag, int[] lengths, int[] alignments) {
    if (lengths.length < 1 || lengths.length > Msgr2Constants.MAX_NUM_SEGMENTS) {
      throw new IllegalArgumentException("a frame has 1 to 4 segments, not " + lengths.length);
    }
    if (alignments.length != lengths.length) {
      throw new IllegalArgumentException(
          lengths.length + " segment lengths but " + alignments.length + " alignments");
    }
    int count = 1;
    for (int i = lengths.length - 1; i > 0; i--) {
      if (lengths[i] != 0) {
        count = i + 1;
        break;
      }
    }
    for (int i = 0; i < count; i++) {
      if (lengths[i] < 0) {
        throw new IllegalArgumentException("negative segment length " + lengths[i]);
      }
      if (alignments[i] < 0 || alignments[i] > 0xFFFF) {
        throw new IllegalArgumentException("segment alignment out of u16 range: " + alignments[i]);
      }
    }
    return new Preamble(tag, Arrays.copyOf(lengths, count), Arrays.copyOf(alignments, count));
  }

  /** The frame's tag. */
  public Tag tag() {
    return tag;
  }

  /** How many segments the frame has, 1 to 4. */
  public int numSegments() {
    return lengths.length;
  }

  /** The length of segment {@code i}, 0 to {@code numSegments() - 1}, before any padding. */
  public int segmentLength(int i) {
    return lengths[i];
  }

  /** The alignment the sender asked for segment {@code i}. */
  public int segmentAlignment(int i) {
    return alignments[i];
  }

  /** Writes the 32 bytes, computing the CRC. */
  public void encode(ByteBuf out) {
    int start = out.writerIndex();
    out.writeByte(tag.code());
    out.writeByte(lengths.length);
    for (int i = 0; i < Msgr2Constants.MAX_NUM_SEGMENTS; i++) {
      boolean used = i < lengths.length;
      out.writeIntLE(used ? lengths[i] : 0);
      out.writeShortLE(used ? alignments[i] : 0);
    }
    out.writeShortLE(0); // reserved
    out.writeIntLE(Crc32c.preamble(out, start));
  }

  /**
   * Reads and checks 32 bytes, in the order Ceph checks them: the CRC, the segment count, the tag,
   * an empty last segment, then the lengths against {@code limits}. A control frame (any tag but
   * MESSAGE) must have exactly one segment, since neither Ceph nor the kernel reads more for one.
   *
   * @throws ProtocolException saying which check failed and with what values
   */
  public static Preamble decode(ByteBuf in, FrameLimits limits) {
    if (in.readableBytes() < Msgr2Constants.PREAMBLE_SIZE) {
      throw new TruncatedInputException(
          "truncated: preamble needs "
              + Msgr2Constants.PREAMBLE_SIZE
              + " bytes, "
              + in.readableBytes()
              + " remain");
    }
    int start = in.readerIndex();
    int calculated = Crc32c.preamble(in, start);
    int expected = in.getIntLE(start + Msgr2Constants.PREAMBLE_CRC_COVERED);
    if (calculated != expected) {
      throw new ProtocolException(
          String.format(
              "bad preamble crc: calculated 0x%08x, frame says 0x%08x", calculated, expected));
    }
    int numSegments = in.getUnsignedByte(start + 1);
    if (numSegments < 1 || numSegments > Msgr2Constants.MAX_NUM_SEGMENTS) {
      throw new ProtocolException(
          "bad preamble: num_segments "
              + numSegments
              + " outside 1.."
              + Msgr2Constants.MAX_NUM_SEGMENTS);
    }
    Tag tag = Tag.fromCode(in.getUnsignedByte(start));
    long[] wireLengths = new long[numSegments];
    int[] alignments = new int[numSegments];
    for (int i = 0; i < numSegments; i++) {
      wireLengths[i] = in.getUnsignedIntLE(start + 2 + 6 * i);
      alignments[i] = in.getUnsignedShortLE(start + 2 + 6 * i + 4);
    }
    if (numSegments > 1 && wireLengths[numSegments - 1] == 0) {
      throw new ProtocolException(
          "bad preamble: " + tag + " frame's last segment (of " + numSegments + ") is empty");
    }
    if (!tag.isMessage() && numSegments != 1) {
      throw new ProtocolException(
          "bad preamble: control frame " + tag + " has " + numSegments + " segments, not 1");
    }
    if (wireLengths[0] > limits.maxControlLength()) {
      throw new ProtocolException(
          String.format(
              "bad preamble: %s frame's segment 0 is %d bytes, over the limit of %d",
              tag, wireLengths[0], limits.maxControlLength()));
    }
    long messageLength = 0;
    for (int i = 1; i < numSegments; i++) {
      messageLength += wireLengths[i];
    }
    if (messageLength > limits.maxMessageLength()) {
      throw new ProtocolException(
          String.format(
              "bad preamble: %s frame's segments 1..%d total %d bytes, over the limit of %d",
              tag, numSegments - 1, messageLength, limits.maxMessageLength()));
    }
    int[] lengths = new int[numSegments];
    for (int i = 0; i < numSegments; i++) {
      lengths[i] = (int) wireLengths[i];
    }
    in.skipBytes(Msgr2Constants.PREAMBLE_SIZE);
    return new Preamble(tag, lengths, alignments);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Preamble
        && ((Preamble) o).tag == tag
        && Arrays.equals(((Preamble) o).lengths, lengths)
        && Arrays.equals(((Preamble) o).alignments, alignments);
  }

  @Override
  public int hashCode() {
    return tag.hashCode() * 31 + Arrays.hashCode(lengths) * 17 + Arrays.hashCode(alignments);
  }

  /** E.g. {@code MESSAGE [41/8, 250/8, 0/8, 4096/4096]}: length/alignment per segment. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(tag.name()).append(" [");
    for (int i = 0; i < lengths.length; i++) {
      out.append(i == 0 ? "" : ", ").append(lengths[i]).append('/').append(alignments[i]);
    }
    return out.append(']').toString();
  }
}
