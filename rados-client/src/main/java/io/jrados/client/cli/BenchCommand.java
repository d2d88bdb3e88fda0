package io.jrados.client.cli;

import io.jrados.client.api.IoCtx;
import io.jrados.client.api.ObjectNotFoundException;
import io.jrados.client.api.WriteOperation;
import io.jrados.protocol.osd.AllocHint;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code bench SECONDS write|seq|rand}: rados bench's run on jrados's async API, with its objects
 * ({@code benchmark_data_HOST_PID_objectN}, each op's bytes stamped "I'm the Nth op!"), its
 * metadata object and cleanup, so either tool reads what the other wrote, and its output.
 *
 * <p>Exactly T ops are in flight: T are started, then one more each time one completes. Completion
 * callbacks run on the client's I/O thread, so they only queue what happened; this thread takes
 * completions off the queue, counts and checks them, and starts the next op.
 */
final class BenchCommand {

  private final IoCtx io;
  private final RadosArgs a;
  private final PrintStream out;
  private final PrintStream err;
  private final BlockingQueue<Done> done = new LinkedBlockingQueue<>();
  private BenchStats stats;
  private int inFlight;
  private long cpuAtStart;
  private long secondHalfNanos;
  private long secondHalfCpu;
  private long secondHalfJitMillis;
  private int secondHalfOps;

  /**
   * One finished op: the slot it wrote from (reused for the next write) or the buffer it read
   * (which whoever takes it releases), its op index, its latency, its failure.
   */
  private record Done(ByteBuf buf, int index, long nanos, Throwable failure) {}

  BenchCommand(IoCtx io, RadosArgs a, PrintStream out, PrintStream err) {
    this.io = io;
    this.a = a;
    this.out = out;
    this.err = err;
  }

  int run() {
    String secondsText = a.words().get(1);
    int seconds;
    try {
      seconds = Integer.parseInt(secondsText.strip());
    } catch (NumberFormatException e) {
      err.println("Invalid value for seconds: '" + secondsText + "'");
      return 1;
    }
    String mode = a.words().get(2);
    if (!mode.equals("write") && !mode.equals("seq") && !mode.equals("rand")) {
      err.print(Usage.TEXT);
      return 1;
    }
    if (!mode.equals("write") && a.opSizeGiven()) {
      err.println("-b|--block_size option can be used only with 'write' bench test");
      return 1;
    }
    out.println("hints = " + (a.noHints() ? 0 : 1));
    int r;
    try {
      r = a.concurrency() <= 0 ? -22 : mode.equals("write") ? write(seconds) : read(seconds, mode);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      r = -4;
    } finally {
      if (stats != null) {
        stats.stopPrinter();
      }
    }
    if (r != 0) {
      err.println("error during benchmark: " + StrError.of(r));
      err.println("error " + -r + ": " + StrError.of(r));
      return 1;
    }
    return 0;
  }

  // ---- write -----------------------------------------------------------------------------------

  private int write(int seconds) throws InterruptedException {
    int t = a.concurrency();
    int opSize = a.opSize();
    stats = new BenchStats(out, a.showTime(), opSize);
    out.println(
        stats.prefix()
            + "Maintaining "
            + t
            + " concurrent writes of "
            + opSize
            + " bytes to objects of size "
            + opSize
            + " for up to "
            + seconds
            + " seconds or 0 objects");
    int pid = (int) ProcessHandle.current().pid();
    out.println(stats.prefix() + "Object prefix: " + BenchObjects.prefix(pid));
    stats.begin();
    cpuAtStart = processCpuNanos();
    stats.startPrinter("write_stat");
    long deadline = stats.startNanos() + seconds * 1_000_000_000L;
    // One buffer per op slot, in direct memory and reused, as rados bench keeps a bufferlist per
    // slot: the socket writes straight from it, with no copy per op.
    List<ByteBuf> slots = new ArrayList<>(t);
    for (int i = 0; i < t; i++) {
      ByteBuf slot = PooledByteBufAllocator.DEFAULT.directBuffer(opSize, opSize);
      slot.writerIndex(opSize).setBytes(0, filled(opSize, (byte) 'z'));
      slots.add(slot);
      startWrite(pid, slot, i);
    }
    try {
      return writeLoop(pid, seconds, deadline, opSize, t);
    } finally {
      slots.forEach(ByteBuf::release);
    }
  }

  private int writeLoop(int pid, int seconds, long deadline, int opSize, int t)
      throws InterruptedException {
    int failure = 0;
    while (seconds == 0 || System.nanoTime() < deadline) {
      Done d = take();
      if (d.failure() != null) {
        failure = -errno(d.failure());
        break;
      }
      stats.opFinished(d.nanos() / 1e9, true);
      markSecondHalf(deadline, seconds);
      startWrite(pid, d.buf(), stats.started());
    }
    failure = drain(failure, true, null);
    if (failure != 0) {
      return failure;
    }
    double elapsed = stats.elapsed();
    reportCpu();
    stats.stopPrinter();
    out.print(stats.writeSummary(elapsed, opSize));
    int objects = stats.finished();
    try {
      io.writeFull(BenchMetadata.OBJECT, new BenchMetadata(opSize, objects, pid, opSize).encode());
      if (!a.noCleanup()) {
        return cleanup(objects, pid, t);
      }
      return 0;
    } catch (RuntimeException e) {
      return -ObjectCommands.errno(e);
    }
  }

  private void startWrite(int pid, ByteBuf slot, int index) {
    // The slot's previous write is answered, so the OSD has all of it: the slot may change.
    byte[] head = filled(Math.min(slot.capacity(), 40), (byte) 'z');
    BenchObjects.stamp(head, index);
    slot.setBytes(0, head);
    stats.opStarted();
    inFlight++;
    long t0 = System.nanoTime();
    WriteOperation op = new WriteOperation();
    if (!a.noHints()) {
      // As rados bench: each object is written once, whole, and kept as it is.
      op.setAllocHint(slot.capacity(), slot.capacity(), AllocHint.BENCH);
    }
    io.operateAsync(BenchObjects.name(pid, index), op.write(0, slot.retainedDuplicate()))
        .whenComplete((v, ex) -> done.add(new Done(slot, index, System.nanoTime() - t0, ex)));
  }

  private static byte[] filled(int size, byte value) {
    byte[] b = new byte[size];
    Arrays.fill(b, value);
    return b;
  }

  // ---- seq and rand ----------------------------------------------------------------------------

  private int read(int seconds, String mode) throws InterruptedException {
    BenchMetadata meta;
    try {
      meta = BenchMetadata.decode(io.read(BenchMetadata.OBJECT, 0, 24));
    } catch (ObjectNotFoundException e) {
      err.println("Must write data before running a read benchmark!");
      return -2;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return -5;
    } catch (RuntimeException e) {
      return -ObjectCommands.errno(e);
    }
    if (meta.objects() == 0) {
      err.println("Must write data before running a read benchmark!");
      return -2;
    }
    int opSize = (int) meta.opSize();
    int perObject = (int) (meta.objectSize() / meta.opSize());
    int objects = meta.objects();
    boolean rand = mode.equals("rand");
    stats = new BenchStats(out, a.showTime(), opSize);
    stats.begin();
    cpuAtStart = processCpuNanos();
    stats.startPrinter(mode + "_read_stat");
    long deadline = stats.startNanos() + seconds * 1_000_000_000L;
    // rados starts T reads whatever the object count; past the last object they would fail.
    for (int i = 0; i < Math.min(a.concurrency(), objects); i++) {
      startRead(meta.pid(), i, perObject, opSize);
    }
    byte[] expected = new byte[opSize];
    Arrays.fill(expected, (byte) 'z');
    int[] wrong = {0};
    int failure = 0;
    while ((seconds == 0 || System.nanoTime() < deadline) && (rand || objects > stats.started())) {
      Done d = take();
      if (d.failure() != null) {
        failure = readFailure(d.failure());
        break;
      }
      stats.opFinished(d.nanos() / 1e9, false);
      markSecondHalf(deadline, seconds);
      verifyAndRelease(d, expected, meta.pid(), perObject, wrong);
      int next = rand ? ThreadLocalRandom.current().nextInt(objects) : stats.started();
      startRead(meta.pid(), next, perObject, opSize);
    }
    failure =
        drain(failure, false, d -> verifyAndRelease(d, expected, meta.pid(), perObject, wrong));
    if (failure != 0) {
      return failure;
    }
    double elapsed = stats.elapsed();
    reportCpu();
    stats.stopPrinter();
    out.print(stats.readSummary(elapsed, (int) meta.objectSize()));
    return wrong[0] > 0 ? -5 : 0;
  }

  private void startRead(int pid, int index, int perObject, int opSize) {
    stats.opStarted();
    inFlight++;
    long t0 = System.nanoTime();
    String oid = BenchObjects.name(pid, index / perObject);
    long offset = (long) opSize * (index % perObject);
    // The reply's own buffer, as rados bench reads into a bufferlist: no array to zero and fill.
    io.readBufferAsync(oid, offset, opSize)
        .whenComplete((data, ex) -> done.add(new Done(data, index, System.nanoTime() - t0, ex)));
  }

  private void verifyAndRelease(Done d, byte[] expected, int pid, int perObject, int[] wrong) {
    ByteBuf got = d.buf();
    try {
      if (a.noVerify()) {
        return;
      }
      BenchObjects.stamp(expected, d.index());
      if (!BenchObjects.sameBytes(got, expected)) {
        err.println(BenchObjects.name(pid, d.index() / perObject) + " is not correct!");
        wrong[0]++;
      }
    } finally {
      got.release();
    }
  }

  private int readFailure(Throwable t) {
    int errno = errno(t);
    err.println("read got " + -errno);
    return -errno;
  }

  // ---- shared ----------------------------------------------------------------------------------

  private Done take() throws InterruptedException {
    Done d = done.take();
    inFlight--;
    return d;
  }

  /** Waits for the ops still in flight; returns the first failure (or the one given). */
  private int drain(int failure, boolean writes, java.util.function.Consumer<Done> check)
      throws InterruptedException {
    while (inFlight > 0) {
      Done d = take();
      if (d.failure() != null) {
        if (failure == 0) {
          failure = writes ? -errno(d.failure()) : readFailure(d.failure());
        }
        continue;
      }
      stats.opFinished(d.nanos() / 1e9, writes);
      if (check != null) {
        check.accept(d);
      }
    }
    return failure;
  }

  /** Deletes the objects a write made, T at a time, then its metadata, as rados bench. */
  private int cleanup(int objects, int pid, int t) throws InterruptedException {
    out.println(stats.prefix() + "Cleaning up (deleting benchmark objects)");
    long t0 = System.nanoTime();
    int next = 0;
    int removed = 0;
    int failure = 0;
    for (; next < Math.min(t, objects); next++) {
      startRemove(pid, next);
    }
    while (inFlight > 0) {
      Done d = take();
      if (d.failure() != null && errno(d.failure()) != 2 && failure == 0) {
        failure = -errno(d.failure());
        err.println("remove got " + failure);
      }
      removed++;
      if (failure == 0 && next < objects) {
        startRemove(pid, next++);
      }
    }
    if (failure != 0) {
      return failure;
    }
    out.println(stats.prefix() + "Removed " + removed + " object" + (removed != 1 ? "s" : ""));
    io.remove(BenchMetadata.OBJECT);
    out.println(
        stats.prefix()
            + "Clean up completed and total clean up time :"
            + CppText.g6((System.nanoTime() - t0) / 1e9));
    return 0;
  }

  private void startRemove(int pid, int index) {
    inFlight++;
    io.removeAsync(BenchObjects.name(pid, index))
        .whenComplete((v, ex) -> done.add(new Done(null, index, 0, ex)));
  }

  /**
   * With {@code -Djrados.bench.cpu=true} (bin/bench-objects), the CPU this process spent during the
   * timed phase only, without JVM start-up and connecting: the "warm" cost per op.
   */
  private void reportCpu() {
    if (Boolean.getBoolean("jrados.bench.cpu")) {
      double seconds = (processCpuNanos() - cpuAtStart) / 1e9;
      err.println("bench_phase_cpu_seconds " + seconds);
      if (secondHalfNanos != 0) {
        err.printf(
            "second_half cpu_seconds %.3f ops %d seconds %.3f jit_seconds %.3f%n",
            (processCpuNanos() - secondHalfCpu) / 1e9,
            stats.finished() - secondHalfOps,
            (System.nanoTime() - secondHalfNanos) / 1e9,
            (jitMillis() - secondHalfJitMillis) / 1e3);
      }
    }
  }

  /**
   * With {@code -Djrados.bench.cpu=true}, notes the CPU time and op count half way through a timed
   * run, so a long run also reports the second half alone: the JVM's steady state, after its JIT
   * has compiled the hot code (bin/bench-objects --steady).
   */
  private void markSecondHalf(long deadline, int seconds) {
    if (secondHalfNanos != 0 || seconds == 0 || !Boolean.getBoolean("jrados.bench.cpu")) {
      return;
    }
    long now = System.nanoTime();
    if (deadline - now <= seconds * 500_000_000L) {
      secondHalfNanos = now;
      secondHalfCpu = processCpuNanos();
      secondHalfOps = stats.finished();
      secondHalfJitMillis = jitMillis();
    }
  }

  /**
   * Time the JIT's compiler threads have spent compiling. Part of the process CPU above: at 4 MiB
   * per op the per-op code runs only a few hundred times a second, so C2 is still compiling it a
   * minute into a run, and the steady-state table shows the cost with and without it.
   */
  private static long jitMillis() {
    java.lang.management.CompilationMXBean jit =
        java.lang.management.ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported()
        ? jit.getTotalCompilationTime()
        : 0;
  }

  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  private static int errno(Throwable t) {
    Throwable c = t;
    while (c instanceof CompletionException && c.getCause() != null) {
      c = c.getCause();
    }
    return c instanceof RuntimeException re ? ObjectCommands.errno(re) : 5;
  }
}
