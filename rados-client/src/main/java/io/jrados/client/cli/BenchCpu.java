package io.jrados.client.cli;

import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * With {@code -Djrados.bench.cpu=true} (bin/bench-objects), what one bench phase cost this process:
 * its CPU time without JVM start-up and connecting (the "warm" cost per op), and the same for the
 * phase's second half alone, with the JIT's share and the bytes allocated. Without the property it
 * measures and prints nothing. Used under the bench flow's monitor.
 */
final class BenchCpu {
  private static final Path TASKS = Path.of("/proc/self/task");

  private final boolean enabled = Boolean.getBoolean("jrados.bench.cpu");
  private long cpuAtStart;
  private long jitAtStart;
  private CompilerThreadsCpu.Snapshot compilersAtStart;
  private CompilerThreadsCpu.Snapshot compilersAtSecondHalf;
  private long secondHalfNanos;
  private long secondHalfCpu;
  private long secondHalfJitMillis;
  private long secondHalfAlloc;
  private int secondHalfOps;

  /** The phase starts now. */
  void start() {
    if (enabled) {
      cpuAtStart = processCpuNanos();
      jitAtStart = jitMillis();
      compilersAtStart = CompilerThreadsCpu.snapshot(TASKS, BenchCpu::processCpuNanos);
    }
  }

  /**
   * Notes the CPU time and op count the first time it is called in the second half of a timed run,
   * so a long run also reports the second half alone: the JVM's steady state, after its JIT has
   * compiled the hot code (bin/bench-objects --steady).
   */
  void markSecondHalf(BenchFlow flow, BenchStats stats) {
    if (secondHalfNanos != 0 || !enabled) {
      return;
    }
    long now = System.nanoTime();
    if (flow.inSecondHalf(now)) {
      secondHalfNanos = now;
      secondHalfCpu = processCpuNanos();
      secondHalfOps = stats.finished();
      secondHalfJitMillis = jitMillis();
      secondHalfAlloc = allocatedBytes();
      compilersAtSecondHalf = CompilerThreadsCpu.snapshot(TASKS, BenchCpu::processCpuNanos);
    }
  }

  /**
   * Prints the phase's figures to {@code err}, with the ops {@code stats} counted: its CPU seconds,
   * the seconds the JIT spent compiling in it (the compiler's elapsed time, from the JVM) and its
   * compiler threads' CPU seconds ({@link CompilerThreadsCpu}; -1 where it cannot tell), then the
   * same for the second half.
   */
  void report(PrintStream err, BenchStats stats) {
    if (!enabled) {
      return;
    }
    // Both lines end at one instant.
    long cpuNow = processCpuNanos();
    long jitNow = jitMillis();
    CompilerThreadsCpu.Snapshot compilersNow =
        CompilerThreadsCpu.snapshot(TASKS, BenchCpu::processCpuNanos);
    // Each line goes out in one write: printf writes a line in pieces, and the progress printer's
    // lines, on the other stream of the same terminal or pipe, can land between them.
    err.println(
        String.format(
            Locale.ROOT,
            "bench_phase_cpu_seconds %.3f jit_seconds %.3f jit_cpu_seconds %s",
            (cpuNow - cpuAtStart) / 1e9,
            (jitNow - jitAtStart) / 1e3,
            seconds(CompilerThreadsCpu.between(compilersAtStart, compilersNow))));
    if (secondHalfNanos != 0) {
      err.println(
          String.format(
              Locale.ROOT,
              "second_half cpu_seconds %.3f ops %d seconds %.3f jit_seconds %.3f alloc_bytes %d"
                  + " jit_cpu_seconds %s",
              (cpuNow - secondHalfCpu) / 1e9,
              stats.finished() - secondHalfOps,
              (System.nanoTime() - secondHalfNanos) / 1e9,
              (jitNow - secondHalfJitMillis) / 1e3,
              allocatedBytes() - secondHalfAlloc,
              seconds(CompilerThreadsCpu.between(compilersAtSecondHalf, compilersNow))));
    }
  }

  private static String seconds(long nanos) {
    return nanos < 0 ? "-1" : String.format(Locale.ROOT, "%.3f", nanos / 1e9);
  }

  /**
   * Bytes the JVM's live threads have allocated since they started (-1 if it cannot tell). Per op
   * it is a steadier measure of a change to the op path than CPU time, which the OSD's own load
   * moves. Summed thread by thread: the JVM-wide total (getTotalThreadAllocatedBytes) is not in
   * Java 17's API, only in later updates of some 17 builds. The bench's threads live through the
   * phase it is read across.
   */
  private static long allocatedBytes() {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean sun)
        || !sun.isThreadAllocatedMemorySupported()
        || !sun.isThreadAllocatedMemoryEnabled()) {
      return -1;
    }
    long total = 0;
    for (long bytes : sun.getThreadAllocatedBytes(sun.getAllThreadIds())) {
      total += Math.max(bytes, 0);
    }
    return total;
  }

  /**
   * Time the JIT's compiler threads have spent compiling, elapsed: it includes their waits for a
   * core, so on a busy machine it is more than the CPU they used (which {@link CompilerThreadsCpu}
   * reads). At 4 MiB per op the per-op code runs only a few hundred times a second, so C2 is still
   * compiling it a minute into a run, and the steady-state table shows the cost with and without
   * it.
   */
  private static long jitMillis() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported()
        ? jit.getTotalCompilationTime()
        : 0;
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime()
        : 0;
  }
}
