package io.jrados.protocol.msgr2;

import static io.jrados.protocol.msgr2.TestBytes.ALLOC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Frames arriving a few bytes at a time, as a Netty decoder sees them: {@link
 * FrameDisassembler#absorb} is called each time a step is still short, then {@link
 * FrameDisassembler#consume} once it is complete. The CRCs computed piece by piece must accept
 * exactly the frames the whole-step check accepts, and reject the same corruptions.
 */
class PiecewiseArrivalTest {
  @ParameterizedTest(name = "segments {0} {1} {2} {3}, pieces of {4}")
  @CsvSource({
    "41, 20, 7, 33, 1",
    "41, 20, 7, 33, 5",
    "41, 20, 0, 33, 3",
    "41, 0, 0, 303, 17",
    "41, 250, 7, 4096, 1000",
    "41, 0, 0, 70000, 4096",
    "41, 250, 0, 0, 64",
    "41, 0, 6, 0, 2",
  })
  void piecewiseCrcsMatchTheWholeStep(int header, int front, int middle, int data, int piece) {
    byte[] wire = FrameMalformationTest.message(new FrameAssembler(), header, front, middle, data);
    Frame frame = decodeInPieces(new FrameDisassembler(ALLOC, FrameLimits.DEFAULT), wire, piece);
    try {
      int[] lengths = {header, front, middle, data};
      int count = data > 0 ? 4 : middle > 0 ? 3 : front > 0 ? 2 : 1;
      assertThat(frame.segmentCount()).as("trailing empty segments are not sent").isEqualTo(count);
      for (int i = 0; i < count; i++) {
        assertThat(TestBytes.peek(frame.segment(i)))
            .as("segment %d", i)
            .isEqualTo(TestBytes.pattern(lengths[i], i + 1));
      }
    } finally {
      frame.release();
    }
  }

  @ParameterizedTest(name = "segment {0}, pieces of {1}")
  @CsvSource({"1, 1", "1, 9", "2, 4", "3, 1", "3, 11", "3, 100"})
  void aCorruptByteIsCaughtWhenItArrivesInPieces(int segment, int piece) {
    int[] offsetInSegment = {32 + 45 + 5, 32 + 45 + 20 + 3, 32 + 45 + 20 + 7 + 30};
    byte[] wire = FrameMalformationTest.crcMessage();
    wire[offsetInSegment[segment - 1]] ^= 4;
    FrameDisassembler rx = new FrameDisassembler(ALLOC, FrameLimits.DEFAULT);
    assertThatThrownBy(() -> decodeInPieces(rx, wire, piece))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("bad MESSAGE segment " + segment + " crc");
  }

  @ParameterizedTest(name = "pieces of {0}")
  @CsvSource({"1", "8", "64"})
  void secureFramesIgnoreAbsorb(int piece) {
    byte[] wire =
        FrameMalformationTest.message(FrameMalformationTest.secureClientTx(), 41, 20, 7, 33);
    Frame frame = decodeInPieces(FrameMalformationTest.secureServerRx(), wire, piece);
    try {
      assertThat(TestBytes.peek(frame.segment(3))).isEqualTo(TestBytes.pattern(33, 4));
    } finally {
      frame.release();
    }
  }

  /**
   * Appends {@code wire} to one growing buffer {@code piece} bytes at a time, as a cumulating
   * decoder does, and runs each step once its bytes are all there.
   */
  private static Frame decodeInPieces(FrameDisassembler rx, byte[] wire, int piece) {
    ByteBuf cumulation = ALLOC.heapBuffer();
    try {
      for (int at = 0; at < wire.length; at += piece) {
        cumulation.writeBytes(Arrays.copyOfRange(wire, at, Math.min(wire.length, at + piece)));
        while (true) {
          if (cumulation.readableBytes() < rx.bytesNeeded()) {
            rx.absorb(cumulation);
            break;
          }
          Frame frame = rx.consume(cumulation);
          if (frame != null) {
            assertThat(at + piece)
                .as("the frame ends with the last piece")
                .isGreaterThanOrEqualTo(wire.length);
            return frame;
          }
        }
        if (cumulation.refCnt() == 1) {
          // Netty's decoder compacts its buffer only when no slice of it is held.
          cumulation.discardReadBytes();
        }
      }
      throw new AssertionError("the frame never completed");
    } finally {
      cumulation.release();
    }
  }
}
