package io.jrados.protocol.bench;

import io.jrados.protocol.msgr2.FrameAssembler;
import io.jrados.protocol.msgr2.FrameDisassembler;
import io.jrados.protocol.msgr2.MessageFrame;
import io.netty.buffer.ByteBuf;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A server disassembling the frames a client assembled. The wire bytes are prepared once, as a ring
 * of about 16 MiB of frames in direct buffers (what a Netty socket read yields), and decoded over
 * and over.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DisassembleBenchmark {
  private static final int RING_BYTES = 16 << 20;

  @Param({"4096", "65536", "4194304"})
  int dataSize;

  @Param({"crc", "secure"})
  String mode;

  private byte[] secret;
  private ByteBuf[] ring;
  private int next;
  private FrameDisassembler disassembler;

  @Setup
  public void setUp() {
    JitWarmUp.aesGcm();
    secret = BenchMessages.connectionSecret();
    FrameAssembler assembler = BenchMessages.clientAssembler(mode, secret);
    MessageFrame message = BenchMessages.message(dataSize);
    try {
      ring = new ByteBuf[(int) Math.max(2, RING_BYTES / BenchMessages.payloadBytes(dataSize))];
      for (int i = 0; i < ring.length; i++) {
        ByteBuf frame = message.assemble(assembler, BenchMessages.ALLOC);
        try {
          int length = frame.readableBytes();
          ring[i] = BenchMessages.ALLOC.directBuffer(length, length).writeBytes(frame);
        } finally {
          frame.release();
        }
      }
    } finally {
      message.release();
    }
    disassembler = BenchMessages.serverDisassembler(mode, secret);
  }

  @TearDown
  public void tearDown() {
    disassembler.close();
    for (ByteBuf frame : ring) {
      if (frame != null) {
        frame.release();
      }
    }
  }

  /** One frame, checked (CRCs or GCM tags) and released. */
  @Benchmark
  public int disassemble() {
    if (next == ring.length) {
      // Secure frames were sealed with consecutive nonces: replaying the ring needs a receiver
      // whose nonce sequence starts over. Once per ~16 MiB, so its cost is lost in the noise.
      next = 0;
      disassembler.close();
      disassembler = BenchMessages.serverDisassembler(mode, secret);
    }
    ByteBuf wire = ring[next++];
    wire.readerIndex(0);
    var frame = disassembler.decode(wire);
    try {
      return frame.segment(3).readableBytes();
    } finally {
      frame.release();
    }
  }
}
