package io.jrados.protocol.msgr2;

import static io.jrados.protocol.msgr2.TestBytes.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.TruncatedInputException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PreambleTest {
  private static final int[] MESSAGE_ALIGNS = {8, 8, 8, 4096};

  /** 32 preamble bytes with the given fields and a correct CRC. */
  static byte[] forge(int tag, int numSegments, long[] lengths, int[] aligns) {
    ByteBuf buf = Unpooled.buffer(32);
    buf.writeByte(tag).writeByte(numSegments);
    for (int i = 0; i < 4; i++) {
      buf.writeIntLE(i < lengths.length ? (int) lengths[i] : 0);
      buf.writeShortLE(i < aligns.length ? aligns[i] : 0);
    }
    buf.writeShortLE(0);
    buf.writeIntLE(Crc32c.preamble(buf, 0));
    return TestBytes.drain(buf);
  }

  static Preamble decode(byte[] bytes, FrameLimits limits) {
    ByteBuf buf = Unpooled.wrappedBuffer(bytes);
    try {
      return Preamble.decode(buf, limits);
    } finally {
      buf.release();
    }
  }

  static byte[] encode(Preamble preamble) {
    ByteBuf buf = Unpooled.buffer();
    preamble.encode(buf);
    return TestBytes.drain(buf);
  }

  @Test
  void encodesExactly() {
    Preamble message = Preamble.of(Tag.MESSAGE, new int[] {41, 250, 0, 4096}, MESSAGE_ALIGNS);
    byte[] bytes = encode(message);
    String expected =
        "11" // MESSAGE
            + "04" // four segments
            + "29000000 0800" // 41 / 8
            + "fa000000 0800" // 250 / 8
            + "00000000 0800" // 0 / 8: used, empty
            + "00100000 0010" // 4096 / 4096
            + "0000"; // reserved
    assertThat(hex(Arrays.copyOf(bytes, 28))).isEqualTo(expected.replace(" ", ""));
    int crc =
        (bytes[28] & 0xFF) | (bytes[29] & 0xFF) << 8 | (bytes[30] & 0xFF) << 16 | bytes[31] << 24;
    assertThat(crc).isEqualTo(Crc32c.compute(0, bytes, 0, 28));
    assertThat(decode(bytes, FrameLimits.DEFAULT)).isEqualTo(message);
  }

  @Test
  void dropsTrailingEmptySegmentsButKeepsOne() {
    Preamble twoUsed = Preamble.of(Tag.MESSAGE, new int[] {41, 0, 5, 0}, MESSAGE_ALIGNS);
    assertThat(twoUsed.numSegments()).isEqualTo(3);
    assertThat(twoUsed.toString()).isEqualTo("MESSAGE [41/8, 0/8, 5/8]");
    Preamble empty = Preamble.of(Tag.WAIT, new int[] {0}, new int[] {8});
    assertThat(empty.numSegments()).isEqualTo(1);
    assertThat(hex(encode(empty)).substring(0, 12)).isEqualTo("100100000000");
    assertThat(Preamble.of(Tag.MESSAGE, new int[] {41, 0, 0, 0}, MESSAGE_ALIGNS).numSegments())
        .isEqualTo(1);
  }

  @Test
  void decodesTheRealMonHelloPreamble() {
    byte[] frame = TestBytes.resource("mon-hello-frame.bin");
    Preamble preamble = decode(Arrays.copyOf(frame, 32), FrameLimits.DEFAULT);
    assertThat(preamble.tag()).isEqualTo(Tag.HELLO);
    assertThat(preamble.numSegments()).isEqualTo(1);
    assertThat(preamble.segmentLength(0)).isEqualTo(36);
    assertThat(preamble.segmentAlignment(0)).isEqualTo(8);
  }

  @Test
  void rejectsABadCrc() {
    byte[] bytes = encode(Preamble.of(Tag.ACK, new int[] {8}, new int[] {8}));
    for (int i = 0; i < 32; i++) {
      byte[] flipped = bytes.clone();
      flipped[i] ^= 0x10;
      assertThatThrownBy(() -> decode(flipped, FrameLimits.DEFAULT))
          .as("flip in byte %d", i)
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining("bad preamble crc");
    }
  }

  @Test
  void rejectsSegmentCountsOutsideOneToFour() {
    for (int count : new int[] {0, 5, 255}) {
      byte[] bytes = forge(17, count, new long[] {41}, new int[] {8});
      assertThatThrownBy(() -> decode(bytes, FrameLimits.DEFAULT))
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining("num_segments " + count + " outside 1..4");
    }
  }

  @Test
  void rejectsAnEmptyLastSegment() {
    byte[] bytes = forge(17, 3, new long[] {41, 10, 0}, MESSAGE_ALIGNS);
    assertThatThrownBy(() -> decode(bytes, FrameLimits.DEFAULT))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("last segment (of 3) is empty");
  }

  @Test
  void rejectsAControlFrameWithMoreThanOneSegment() {
    byte[] bytes = forge(1, 2, new long[] {36, 4}, new int[] {8, 8});
    assertThatThrownBy(() -> decode(bytes, FrameLimits.DEFAULT))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("control frame HELLO has 2 segments");
  }

  @Test
  void rejectsUnknownTagsByNumber() {
    byte[] bytes = forge(21, 1, new long[] {8}, new int[] {8});
    assertThatThrownBy(() -> decode(bytes, FrameLimits.DEFAULT))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("unknown msgr2 frame tag 21");
  }

  @Test
  void rejectsLengthsPastTheLimits() {
    FrameLimits limits = new FrameLimits(1000, 5000);
    assertThat(decode(forge(4, 1, new long[] {1000}, new int[] {8}), limits).segmentLength(0))
        .isEqualTo(1000);
    assertThatThrownBy(() -> decode(forge(4, 1, new long[] {1001}, new int[] {8}), limits))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("segment 0 is 1001 bytes, over the limit of 1000");
    assertThat(
            decode(forge(17, 4, new long[] {41, 1000, 1000, 3000}, MESSAGE_ALIGNS), limits)
                .numSegments())
        .isEqualTo(4);
    assertThatThrownBy(
            () -> decode(forge(17, 4, new long[] {41, 1000, 1000, 3001}, MESSAGE_ALIGNS), limits))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("segments 1..3 total 5001 bytes, over the limit of 5000");
    // A u32 length of 2^32-1 neither wraps negative nor overflows the sum.
    byte[] huge =
        forge(17, 4, new long[] {41, 0xFFFF_FFFFL, 0xFFFF_FFFFL, 0xFFFF_FFFFL}, MESSAGE_ALIGNS);
    assertThatThrownBy(() -> decode(huge, FrameLimits.DEFAULT))
        .hasMessageContaining("total 12884901885 bytes");
    byte[] hugeControl = forge(6, 1, new long[] {0xFFFF_FFFFL}, new int[] {8});
    assertThatThrownBy(() -> decode(hugeControl, FrameLimits.DEFAULT))
        .hasMessageContaining("segment 0 is 4294967295 bytes");
  }

  @Test
  void truncationIsTruncatedInput() {
    byte[] bytes = encode(Preamble.of(Tag.ACK, new int[] {8}, new int[] {8}));
    for (int length = 0; length < 32; length++) {
      byte[] prefix = Arrays.copyOf(bytes, length);
      assertThatThrownBy(() -> decode(prefix, FrameLimits.DEFAULT))
          .isInstanceOf(TruncatedInputException.class);
    }
  }

  @Test
  void ofRejectsNonsense() {
    assertThatThrownBy(() -> Preamble.of(Tag.MESSAGE, new int[5], new int[5]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Preamble.of(Tag.MESSAGE, new int[] {1, 2}, new int[] {8}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Preamble.of(Tag.HELLO, new int[] {-1}, new int[] {8}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
