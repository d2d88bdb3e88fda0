package io.jrados.protocol.msgr2;

import static io.jrados.protocol.msgr2.TestBytes.ALLOC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.TruncatedInputException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every way a frame can be malformed ends in a specific {@link ProtocolException}. */
class FrameMalformationTest {
  private static final byte[] SECRET = TestBytes.connectionSecret();

  /** A crc-mode MESSAGE frame with all four segments: 32 + 45 + 20 + 7 + 33 + 13 bytes. */
  static byte[] crcMessage() {
    return message(new FrameAssembler(), 41, 20, 7, 33);
  }

  static byte[] message(FrameAssembler tx, int header, int front, int middle, int data) {
    return TestBytes.drain(
        FrameRoundTripTest.assemble(
            tx,
            new byte[][] {
              TestBytes.pattern(header, 1),
              TestBytes.pattern(front, 2),
              TestBytes.pattern(middle, 3),
              TestBytes.pattern(data, 4)
            }));
  }

  /** Decodes one whole frame with a fresh crc-mode disassembler; releases what it returns. */
  static Frame decodeCrc(byte[] wire, FrameLimits limits) {
    FrameDisassembler rx = new FrameDisassembler(ALLOC, limits);
    return decodeWith(rx, wire);
  }

  static Frame decodeWith(FrameDisassembler rx, byte[] wire) {
    ByteBuf in = Unpooled.wrappedBuffer(wire);
    try {
      Frame frame = rx.decode(in);
      if (frame != null) {
        frame.release();
      }
      return frame;
    } finally {
      in.release();
    }
  }

  /** A fresh server-side disassembler that expects the client's first frame. */
  static FrameDisassembler secureServerRx() {
    FrameDisassembler rx = new FrameDisassembler(ALLOC, FrameLimits.DEFAULT);
    rx.enableSecureMode(FrameCipher.forServer(SECRET).rx());
    return rx;
  }

  static FrameAssembler secureClientTx() {
    FrameAssembler tx = new FrameAssembler();
    tx.enableSecureMode(FrameCipher.forClient(SECRET).tx());
    return tx;
  }

  @Test
  void validFramesDecode() {
    assertThat(decodeCrc(crcMessage(), FrameLimits.DEFAULT)).isNotNull();
    assertThat(decodeWith(secureServerRx(), message(secureClientTx(), 60, 20, 7, 33))).isNotNull();
  }

  @Test
  void badPreambleCrc() {
    byte[] wire = TestBytes.resource("mon-hello-frame.bin");
    wire[10] ^= 1;
    assertThatThrownBy(() -> decodeCrc(wire, FrameLimits.DEFAULT))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("bad preamble crc");
  }

  @Test
  void badSegmentZeroCrc() {
    byte[] wire = TestBytes.resource("mon-hello-frame.bin");
    wire[32 + 20] ^= 1; // inside the address
    assertThatThrownBy(() -> decodeCrc(wire, FrameLimits.DEFAULT))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("bad HELLO segment 0 crc");
    byte[] badCrc = TestBytes.resource("mon-hello-frame.bin");
    badCrc[badCrc.length - 1] ^= (byte) 0x80;
    assertThatThrownBy(() -> decodeCrc(badCrc, FrameLimits.DEFAULT))
        .hasMessageContaining("bad HELLO segment 0 crc");
  }

  @Test
  void badCrcOfEachLaterSegment() {
    int[] offsetInSegment = {32 + 45 + 5, 32 + 45 + 20 + 3, 32 + 45 + 20 + 7 + 30};
    for (int segment = 1; segment <= 3; segment++) {
      byte[] wire = crcMessage();
      wire[offsetInSegment[segment - 1]] ^= 4;
      assertThatThrownBy(() -> decodeCrc(wire, FrameLimits.DEFAULT))
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining("bad MESSAGE segment " + segment + " crc");
      byte[] badEpilogue = crcMessage();
      badEpilogue[badEpilogue.length - 13 + 1 + 4 * (segment - 1)] ^= 4;
      assertThatThrownBy(() -> decodeCrc(badEpilogue, FrameLimits.DEFAULT))
          .hasMessageContaining("bad MESSAGE segment " + segment + " crc");
    }
  }

  @Test
  void lateStatusOtherThanCompleteOrAbortedIsAnError() {
    for (int status : new int[] {0x00, 0x0F, 0x02, 0xE0, 0x1F}) {
      byte[] wire = crcMessage();
      wire[wire.length - 13] = (byte) status;
      assertThatThrownBy(() -> decodeCrc(wire, FrameLimits.DEFAULT))
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining(String.format("late_status 0x%02x", status));
    }
    // The high nibble is reserved: COMPLETE in the low nibble is complete.
    for (int status : new int[] {0x1E, 0xEE}) {
      byte[] wire = crcMessage();
      wire[wire.length - 13] = (byte) status;
      assertThat(decodeCrc(wire, FrameLimits.DEFAULT)).isNotNull();
    }
  }

  @Test
  void anAbortedFrameIsDroppedAndTheNextOneReadsOn() {
    byte[] aborted = crcMessage();
    aborted[aborted.length - 13] = Msgr2Constants.LATE_STATUS_ABORTED;
    aborted[aborted.length - 1] ^= 0x55; // segment CRCs of an aborted frame are not checked
    byte[] next = TestBytes.resource("mon-hello-frame.bin");
    FrameDisassembler rx = new FrameDisassembler(ALLOC, FrameLimits.DEFAULT);
    assertThat(decodeWith(rx, aborted)).isNull();
    assertThat(rx.abortedFrames()).isEqualTo(1);
    assertThat(rx.bytesNeeded()).isEqualTo(32);
    assertThat(decodeWith(rx, next)).isNotNull();
  }

  @Test
  void wrongSegmentCountsAndLengthsPastTheLimits() {
    byte[] zero = PreambleTest.forge(17, 0, new long[] {41}, new int[] {8});
    assertThatThrownBy(() -> decodeCrc(zero, FrameLimits.DEFAULT))
        .hasMessageContaining("num_segments 0 outside 1..4");
    byte[] five = PreambleTest.forge(17, 5, new long[] {41}, new int[] {8});
    assertThatThrownBy(() -> decodeCrc(five, FrameLimits.DEFAULT))
        .hasMessageContaining("num_segments 5 outside 1..4");
    FrameLimits tight = new FrameLimits(40, 100);
    assertThatThrownBy(() -> decodeCrc(crcMessage(), tight))
        .hasMessageContaining("segment 0 is 41 bytes, over the limit of 40");
    assertThatThrownBy(() -> decodeCrc(crcMessage(), new FrameLimits(41, 59)))
        .hasMessageContaining("segments 1..3 total 60 bytes, over the limit of 59");
    // Limits are checked in secure mode too, after the preamble block is authenticated.
    FrameDisassembler rx = new FrameDisassembler(ALLOC, new FrameLimits(16, 100));
    rx.enableSecureMode(FrameCipher.forServer(SECRET).rx());
    assertThatThrownBy(() -> decodeWith(rx, message(secureClientTx(), 41, 1, 0, 0)))
        .hasMessageContaining("segment 0 is 41 bytes, over the limit of 16");
  }

  @Test
  void truncationAtEveryOffsetIsTruncatedInputInCrcMode() {
    for (byte[] wire : new byte[][] {crcMessage(), TestBytes.resource("mon-hello-frame.bin")}) {
      for (int length = 0; length < wire.length; length++) {
        byte[] prefix = Arrays.copyOf(wire, length);
        assertThatThrownBy(() -> decodeCrc(prefix, FrameLimits.DEFAULT))
            .as("first %d of %d bytes", length, wire.length)
            .isInstanceOf(TruncatedInputException.class);
      }
    }
  }

  @Test
  void truncationAtEveryOffsetIsTruncatedInputInSecureMode() {
    byte[] wire = message(secureClientTx(), 60, 20, 7, 33);
    for (int length = 0; length < wire.length; length++) {
      byte[] prefix = Arrays.copyOf(wire, length);
      assertThatThrownBy(() -> decodeWith(secureServerRx(), prefix))
          .as("first %d of %d bytes", length, wire.length)
          .isInstanceOf(TruncatedInputException.class);
    }
  }

  @Test
  void tooFewBytesForAStepLeaveTheDisassemblerAsItWas() {
    byte[] wire = TestBytes.resource("mon-hello-frame.bin");
    FrameDisassembler rx = new FrameDisassembler(ALLOC, FrameLimits.DEFAULT);
    ByteBuf partial = Unpooled.wrappedBuffer(wire, 0, 31);
    ByteBuf all = Unpooled.wrappedBuffer(wire);
    try {
      assertThatThrownBy(() -> rx.consume(partial))
          .isInstanceOf(TruncatedInputException.class)
          .hasMessageContaining("preamble needs 32 bytes, 31 available");
      assertThat(partial.readerIndex()).isZero();
      assertThat(rx.consume(all)).isNull();
      Frame frame = rx.consume(all);
      assertThat(frame.tag()).isEqualTo(Tag.HELLO);
      frame.release();
    } finally {
      partial.release();
      all.release();
    }
  }

  @Test
  void everyFlippedCiphertextBitFailsAuthentication() {
    // Header 60 bytes: three GCM operations, so every part is covered: first block, the rest of
    // segment 0, segments 1..3 with the epilogue, and each tag.
    byte[] wire = message(secureClientTx(), 60, 20, 7, 33);
    assertThat(wire).hasSize(96 + 32 + 32 + 16 + 48 + 32);
    for (int i = 0; i < wire.length; i++) {
      byte[] flipped = wire.clone();
      flipped[i] ^= (byte) (1 << (i % 8));
      int at = i;
      assertThatThrownBy(() -> decodeWith(secureServerRx(), flipped))
          .as("bit flipped in byte %d", at)
          .isInstanceOf(FrameAuthenticationException.class)
          .hasMessageContaining("secure frame failed authentication");
    }
  }

  @Test
  void framesOutOfOrderOrUnderAnotherKeyFailAuthentication() {
    FrameAssembler tx = secureClientTx();
    byte[] first = message(tx, 41, 5, 0, 0);
    byte[] second = message(tx, 41, 5, 0, 0);
    assertThatThrownBy(() -> decodeWith(secureServerRx(), second))
        .isInstanceOf(FrameAuthenticationException.class)
        .hasMessageContaining("(preamble block)");
    FrameDisassembler rx = secureServerRx();
    assertThat(decodeWith(rx, first)).isNotNull();
    assertThat(decodeWith(rx, second)).isNotNull();
    assertThatThrownBy(() -> decodeWith(rx, second)) // a replay
        .isInstanceOf(FrameAuthenticationException.class);

    byte[] otherSecret = TestBytes.connectionSecret();
    otherSecret[3] ^= 1;
    FrameDisassembler otherKey = new FrameDisassembler(ALLOC, FrameLimits.DEFAULT);
    otherKey.enableSecureMode(FrameCipher.forServer(otherSecret).rx());
    assertThatThrownBy(() -> decodeWith(otherKey, first))
        .isInstanceOf(FrameAuthenticationException.class);
    // A client reading its own frames uses the wrong nonce.
    FrameDisassembler ownRx = new FrameDisassembler(ALLOC, FrameLimits.DEFAULT);
    ownRx.enableSecureMode(FrameCipher.forClient(SECRET).rx());
    assertThatThrownBy(() -> decodeWith(ownRx, first))
        .isInstanceOf(FrameAuthenticationException.class);
  }

  @Test
  void secureLateStatusIsCheckedAfterAuthentication() throws Exception {
    for (int status : new int[] {0x0E, 0x01, 0x00, 0xF3}) {
      byte[] wire = handSealedMessage(status);
      FrameDisassembler rx = secureServerRx();
      if (status == 0x0E) {
        assertThat(decodeWith(rx, wire)).isNotNull();
      } else if (status == 0x01) {
        assertThat(decodeWith(rx, wire)).isNull();
        assertThat(rx.abortedFrames()).isEqualTo(1);
      } else {
        assertThatThrownBy(() -> decodeWith(rx, wire))
            .isInstanceOf(ProtocolException.class)
            .hasMessageContaining(String.format("late_status 0x%02x", status));
      }
    }
  }

  /** A client's first secure MESSAGE frame (header 41, front 10), sealed with BouncyCastle. */
  private static byte[] handSealedMessage(int lateStatus) throws Exception {
    byte[] key = Arrays.copyOf(SECRET, 16);
    byte[] nonce0 = Arrays.copyOfRange(SECRET, 28, 40);
    byte[] nonce1 = nonce0.clone();
    nonce1[4]++;
    ByteBuf head = Unpooled.buffer(80);
    Preamble.of(Tag.MESSAGE, new int[] {41, 10}, new int[] {8, 8}).encode(head);
    head.writeBytes(TestBytes.pattern(41, 0)).writeZero(7);
    byte[] tail = new byte[16 + 16];
    System.arraycopy(TestBytes.pattern(10, 1), 0, tail, 0, 10);
    tail[16] = (byte) lateStatus;
    byte[] first = SecureModeTest.bcSeal(key, nonce0, TestBytes.drain(head));
    byte[] second = SecureModeTest.bcSeal(key, nonce1, tail);
    byte[] wire = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, wire, first.length, second.length);
    return wire;
  }

  @Test
  void afterAnErrorTheDisassemblerRefusesFurtherUse() {
    byte[] wire = TestBytes.resource("mon-hello-frame.bin");
    wire[0] ^= 1;
    FrameDisassembler rx = new FrameDisassembler(ALLOC, FrameLimits.DEFAULT);
    assertThatThrownBy(() -> decodeWith(rx, wire)).isInstanceOf(ProtocolException.class);
    assertThatThrownBy(rx::bytesNeeded)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("connection must be closed");
  }

  @Test
  void closingMidFrameReleasesWhatWasHeld() {
    byte[] wire = message(secureClientTx(), 60, 20, 0, 0);
    FrameDisassembler rx = secureServerRx();
    ByteBuf in = Unpooled.wrappedBuffer(wire);
    try {
      assertThat(rx.consume(in)).isNull();
      assertThat(rx.consume(in)).isNull(); // segment 0 complete and held
      rx.close();
      assertThatThrownBy(rx::bytesNeeded).hasMessageContaining("closed");
    } finally {
      in.release();
    }
  }

  @Test
  void randomCorruptionFailsOnlyWithProtocolException() {
    Random random = new Random(0xF00D);
    byte[][] valid = {
      crcMessage(),
      TestBytes.resource("mon-hello-frame.bin"),
      TestBytes.resource("mon-auth-bad-method-frame.bin")
    };
    for (int round = 0; round < 5000; round++) {
      byte[] wire = valid[random.nextInt(valid.length)].clone();
      int flips = 1 + random.nextInt(4);
      for (int i = 0; i < flips; i++) {
        wire[random.nextInt(wire.length)] = (byte) random.nextInt(256);
      }
      if (random.nextBoolean()) {
        // Keep the preamble CRC right so that the checks behind it are reached too.
        ByteBuf fix = Unpooled.wrappedBuffer(wire);
        fix.setIntLE(28, Crc32c.preamble(fix, 0));
        fix.release();
      }
      try {
        decodeCrc(wire, new FrameLimits(1 << 16, 1 << 16));
      } catch (ProtocolException expected) {
        // the only acceptable failure
      } catch (RuntimeException | Error e) {
        fail("round %d: %s on %s", round, e, TestBytes.hex(wire), e);
      }
    }
  }
}
