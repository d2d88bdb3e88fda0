package io.jrados.protocol.bench;

import io.jrados.protocol.msgr2.FrameAssembler;
import io.jrados.protocol.msgr2.FrameCipher;
import io.jrados.protocol.msgr2.FrameDisassembler;
import io.jrados.protocol.msgr2.FrameLimits;
import io.jrados.protocol.msgr2.MessageFrame;
import io.jrados.protocol.msgr2.MessageHeader2;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.SplittableRandom;

/** What the codec benchmarks share: the message they send, and the two ends of a connection. */
final class BenchMessages {
  /** The allocator a Netty channel would hand the codec. */
  static final ByteBufAllocator ALLOC = PooledByteBufAllocator.DEFAULT;

  /** A typical MOSDOp's encoded front. */
  static final int FRONT_LENGTH = 200;

  /** Fixed seed: every run sends the same bytes. */
  private static final long SEED = 0x6a7261646f73L;

  private BenchMessages() {}

  /** The front and data bytes one frame carries; bytes/s are counted in these. */
  static long payloadBytes(int dataSize) {
    return FRONT_LENGTH + (long) dataSize;
  }

  /** An MOSDOp-like message with random front and data; the caller releases it. */
  static MessageFrame message(int dataSize) {
    MessageHeader2 header = new MessageHeader2(1, 1, 42, 127, 8, 0, 0, 0, 0, 3, 0);
    ByteBuf front = randomHeapBuffer(FRONT_LENGTH, SEED);
    ByteBuf data = randomHeapBuffer(dataSize, SEED + 1);
    return new MessageFrame(header, front, ALLOC.heapBuffer(0, 0), data);
  }

  /** The connection secret both ends share in secure mode. */
  static byte[] connectionSecret() {
    byte[] secret = new byte[64];
    new SplittableRandom(SEED + 2).nextBytes(secret);
    return secret;
  }

  /** The client's sending side, in {@code mode} "crc" or "secure". */
  static FrameAssembler clientAssembler(String mode, byte[] secret) {
    FrameAssembler assembler = new FrameAssembler();
    if (isSecure(mode)) {
      assembler.enableSecureMode(FrameCipher.forClient(secret).tx());
    }
    return assembler;
  }

  /** The server's receiving side, whose nonces start where the client's sending side's did. */
  static FrameDisassembler serverDisassembler(String mode, byte[] secret) {
    FrameDisassembler disassembler = new FrameDisassembler(ALLOC, FrameLimits.DEFAULT);
    if (isSecure(mode)) {
      disassembler.enableSecureMode(FrameCipher.forServer(secret).rx());
    }
    return disassembler;
  }

  private static boolean isSecure(String mode) {
    switch (mode) {
      case "crc":
        return false;
      case "secure":
        return true;
      default:
        throw new IllegalArgumentException("mode is crc or secure, not " + mode);
    }
  }

  private static ByteBuf randomHeapBuffer(int length, long seed) {
    byte[] bytes = new byte[length];
    new SplittableRandom(seed).nextBytes(bytes);
    return ALLOC.heapBuffer(length, length).writeBytes(bytes);
  }
}
