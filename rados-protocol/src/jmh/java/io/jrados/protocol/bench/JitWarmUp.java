package io.jrados.protocol.bench;

import io.jrados.protocol.msgr2.FrameAssembler;
import io.jrados.protocol.msgr2.FrameDisassembler;
import io.jrados.protocol.msgr2.MessageFrame;
import io.netty.buffer.ByteBuf;

/**
 * Brings the JDK's AES-GCM to the state a long-running client has it in. Its AES and GHASH
 * intrinsics are used only once their callers are JIT-compiled, which takes thousands of calls: a
 * benchmark of 4 MiB operations makes a dozen calls a second and would time the interpreter (tens
 * of MB/s) for many minutes. Every benchmark runs this same warm-up first, so ratios stay fair.
 */
final class JitWarmUp {
  private static final int FRAMES = 20_000;

  private JitWarmUp() {}

  /** Sends 20 000 secure 4 KiB frames from a client to a server (seal and open, both paths). */
  static void aesGcm() {
    byte[] secret = BenchMessages.connectionSecret();
    FrameAssembler assembler = BenchMessages.clientAssembler("secure", secret);
    MessageFrame message = BenchMessages.message(4096);
    try (FrameDisassembler disassembler = BenchMessages.serverDisassembler("secure", secret)) {
      for (int i = 0; i < FRAMES; i++) {
        ByteBuf frame = message.assemble(assembler, BenchMessages.ALLOC);
        ByteBuf wire = BenchMessages.ALLOC.directBuffer(frame.readableBytes());
        try {
          wire.writeBytes(frame);
          disassembler.decode(wire).release();
        } finally {
          wire.release();
          frame.release();
        }
      }
    } finally {
      message.release();
    }
  }
}
