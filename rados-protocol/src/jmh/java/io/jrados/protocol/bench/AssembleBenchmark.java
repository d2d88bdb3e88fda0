package io.jrados.protocol.bench;

import io.jrados.protocol.msgr2.FrameAssembler;
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
 * A client assembling MESSAGE frames (front 200 B + data) as it would send them. In crc mode, data
 * over 4 KiB is sliced into the frame, not copied, so this measures the CRCs; in secure mode every
 * byte is encrypted into a new buffer.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AssembleBenchmark {
  @Param({"4096", "65536", "4194304"})
  int dataSize;

  @Param({"crc", "secure"})
  String mode;

  private MessageFrame message;
  private FrameAssembler assembler;

  @Setup
  public void setUp() {
    JitWarmUp.aesGcm();
    message = BenchMessages.message(dataSize);
    assembler = BenchMessages.clientAssembler(mode, BenchMessages.connectionSecret());
  }

  @TearDown
  public void tearDown() {
    message.release();
  }

  /** One frame, released at once as a channel would after writing it. */
  @Benchmark
  public int assemble() {
    ByteBuf frame = message.assemble(assembler, BenchMessages.ALLOC);
    try {
      return frame.readableBytes();
    } finally {
      frame.release();
    }
  }
}
