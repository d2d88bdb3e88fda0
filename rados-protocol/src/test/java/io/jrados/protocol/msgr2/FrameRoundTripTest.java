package io.jrados.protocol.msgr2;

import static io.jrados.protocol.msgr2.TestBytes.ALLOC;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every frame shape of Ceph's {@code src/test/msgr/test_frames_v2.cc} round-trips in both modes,
 * with the exact on-wire layout that test expects for msgr2.1: for each part (preamble, segments 0
 * to 3, epilogue) the bytes it takes on the wire.
 */
class FrameRoundTripTest {
  /**
   * Ceph's round_trip_instances and round_trip_perf_instances: segment lengths (header, front,
   * middle, data), segment count, then the msgr2.1 crc and secure layouts, each as {@code preamble,
   * seg0..seg(n-1), epilogue} padded with zeros to six numbers.
   */
  private static final String[] CEPH_TABLE = {
    "0 0 0 0 1 | 32 0 0 0 0 0 | 96 0 0 0 0 0",
    "0 0 0 303 4 | 32 0 0 0 303 13 | 96 0 0 0 304 32",
    "0 0 202 0 3 | 32 0 0 202 13 0 | 96 0 0 208 32 0",
    "0 0 202 303 4 | 32 0 0 202 303 13 | 96 0 0 208 304 32",
    "0 101 0 0 2 | 32 0 101 13 0 0 | 96 0 112 32 0 0",
    "0 101 0 303 4 | 32 0 101 0 303 13 | 96 0 112 0 304 32",
    "0 101 202 0 3 | 32 0 101 202 13 0 | 96 0 112 208 32 0",
    "0 101 202 303 4 | 32 0 101 202 303 13 | 96 0 112 208 304 32",
    "1 0 0 0 1 | 32 5 0 0 0 0 | 96 0 0 0 0 0",
    "1 0 0 303 4 | 32 5 0 0 303 13 | 96 0 0 0 304 32",
    "1 0 202 0 3 | 32 5 0 202 13 0 | 96 0 0 208 32 0",
    "1 0 202 303 4 | 32 5 0 202 303 13 | 96 0 0 208 304 32",
    "1 101 0 0 2 | 32 5 101 13 0 0 | 96 0 112 32 0 0",
    "1 101 0 303 4 | 32 5 101 0 303 13 | 96 0 112 0 304 32",
    "1 101 202 0 3 | 32 5 101 202 13 0 | 96 0 112 208 32 0",
    "1 101 202 303 4 | 32 5 101 202 303 13 | 96 0 112 208 304 32",
    "48 0 0 0 1 | 32 52 0 0 0 0 | 96 0 0 0 0 0",
    "48 0 0 303 4 | 32 52 0 0 303 13 | 96 0 0 0 304 32",
    "48 0 202 0 3 | 32 52 0 202 13 0 | 96 0 0 208 32 0",
    "48 0 202 303 4 | 32 52 0 202 303 13 | 96 0 0 208 304 32",
    "48 101 0 0 2 | 32 52 101 13 0 0 | 96 0 112 32 0 0",
    "48 101 0 303 4 | 32 52 101 0 303 13 | 96 0 112 0 304 32",
    "48 101 202 0 3 | 32 52 101 202 13 0 | 96 0 112 208 32 0",
    "48 101 202 303 4 | 32 52 101 202 303 13 | 96 0 112 208 304 32",
    "49 0 0 0 1 | 32 53 0 0 0 0 | 96 32 0 0 0 0",
    "49 0 0 303 4 | 32 53 0 0 303 13 | 96 32 0 0 304 32",
    "49 0 202 0 3 | 32 53 0 202 13 0 | 96 32 0 208 32 0",
    "49 0 202 303 4 | 32 53 0 202 303 13 | 96 32 0 208 304 32",
    "49 101 0 0 2 | 32 53 101 13 0 0 | 96 32 112 32 0 0",
    "49 101 0 303 4 | 32 53 101 0 303 13 | 96 32 112 0 304 32",
    "49 101 202 0 3 | 32 53 101 202 13 0 | 96 32 112 208 32 0",
    "49 101 202 303 4 | 32 53 101 202 303 13 | 96 32 112 208 304 32",
    "41 250 0 0 2 | 32 45 250 13 0 0 | 96 0 256 32 0 0",
    "41 250 0 512 4 | 32 45 250 0 512 13 | 96 0 256 0 512 32",
    "41 250 0 4096 4 | 32 45 250 0 4096 13 | 96 0 256 0 4096 32",
    "41 250 0 32768 4 | 32 45 250 0 32768 13 | 96 0 256 0 32768 32",
    "41 250 0 131072 4 | 32 45 250 0 131072 13 | 96 0 256 0 131072 32",
    "41 250 0 4194304 4 | 32 45 250 0 4194304 13 | 96 0 256 0 4194304 32",
  };

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String row : CEPH_TABLE) {
      String[] parts = row.split("\\|");
      int[] head = numbers(parts[0]);
      for (boolean secure : new boolean[] {false, true}) {
        out.add(
            Arguments.of(Arrays.copyOf(head, 4), head[4], numbers(parts[secure ? 2 : 1]), secure));
      }
    }
    return out.stream();
  }

  private static int[] numbers(String text) {
    return Arrays.stream(text.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
  }

  @ParameterizedTest(name = "{0} secure={3}")
  @MethodSource("cases")
  void matchesCephsLayoutAndRoundTrips(
      int[] lengths, int numSegments, int[] layout, boolean secure) {
    byte[][] contents = {
      filled(lengths[0], 'H'),
      filled(lengths[1], 'F'),
      filled(lengths[2], 'M'),
      filled(lengths[3], 'D')
    };
    Preamble preamble = Preamble.of(Tag.MESSAGE, lengths, new int[] {8, 8, 8, 4096});
    assertThat(preamble.numSegments()).isEqualTo(numSegments);
    assertThat(FrameLayout.preambleOnWireLength(secure)).isEqualTo(layout[0]);
    for (int i = 0; i < numSegments; i++) {
      assertThat(FrameLayout.segmentOnWireLength(preamble, i, secure))
          .as("segment %d", i)
          .isEqualTo(layout[i + 1]);
    }
    assertThat(FrameLayout.epilogueOnWireLength(preamble, secure))
        .isEqualTo(layout[numSegments + 1]);
    int total = Arrays.stream(layout).sum();
    assertThat(FrameLayout.frameOnWireLength(preamble, secure)).isEqualTo(total);

    // Client to server, then server to client; three frames each way, as Ceph's Reuse test.
    byte[] secret = TestBytes.connectionSecret();
    for (boolean fromServer : new boolean[] {false, true}) {
      FrameAssembler tx = new FrameAssembler();
      FrameDisassembler rx = new FrameDisassembler(ALLOC, FrameLimits.DEFAULT);
      if (secure) {
        FrameCipher.Pair client = FrameCipher.forClient(secret);
        FrameCipher.Pair server = FrameCipher.forServer(secret);
        tx.enableSecureMode(fromServer ? server.tx() : client.tx());
        rx.enableSecureMode(fromServer ? client.rx() : server.rx());
      }
      for (int round = 0; round < 3; round++) {
        ByteBuf wire = assemble(tx, contents);
        try {
          assertThat(wire.readableBytes()).isEqualTo(total);
          Frame frame = readStepwise(rx, wire, expectedSteps(layout, numSegments));
          try {
            assertThat(frame.tag()).isEqualTo(Tag.MESSAGE);
            assertThat(frame.segmentCount()).isEqualTo(numSegments);
            for (int i = 0; i < 4; i++) {
              assertThat(TestBytes.peek(frame.segment(i)))
                  .as("segment %d", i)
                  .isEqualTo(contents[i]);
            }
          } finally {
            frame.release();
          }
          assertThat(wire.readableBytes()).isZero();
        } finally {
          wire.release();
        }
      }
    }
  }

  /** The lengths {@link FrameDisassembler#bytesNeeded()} must ask for, step by step. */
  private static List<Integer> expectedSteps(int[] layout, int numSegments) {
    List<Integer> steps = new ArrayList<>();
    steps.add(layout[0]);
    if (layout[1] > 0) {
      steps.add(layout[1]);
    }
    if (numSegments > 1) {
      int rest = 0;
      for (int i = 2; i <= numSegments + 1; i++) {
        rest += layout[i];
      }
      steps.add(rest);
    }
    return steps;
  }

  static ByteBuf assemble(FrameAssembler tx, byte[][] contents) {
    ByteBuf[] segments = new ByteBuf[4];
    for (int i = 0; i < 4; i++) {
      segments[i] = Unpooled.wrappedBuffer(contents[i]);
    }
    try {
      return tx.assembleMessage(ALLOC, segments[0], segments[1], segments[2], segments[3]);
    } finally {
      for (ByteBuf segment : segments) {
        assertThat(segment.readerIndex()).as("segments are not consumed").isZero();
        segment.release();
      }
    }
  }

  /** Feeds {@code wire} to {@code rx} one step at a time, checking each step's length. */
  static Frame readStepwise(FrameDisassembler rx, ByteBuf wire, List<Integer> steps) {
    for (int i = 0; i < steps.size(); i++) {
      assertThat(rx.bytesNeeded()).as("step %d", i).isEqualTo(steps.get(i));
      ByteBuf step = wire.readRetainedSlice(steps.get(i));
      try {
        Frame frame = rx.consume(step);
        assertThat(step.readableBytes()).isZero();
        if (i == steps.size() - 1) {
          assertThat(frame).isNotNull();
          return frame;
        }
        assertThat(frame).isNull();
        assertThat(rx.preamble()).isNotNull();
      } finally {
        step.release();
      }
    }
    throw new AssertionError("no steps");
  }

  private static byte[] filled(int length, char c) {
    byte[] out = new byte[length];
    Arrays.fill(out, (byte) c);
    return out;
  }
}
