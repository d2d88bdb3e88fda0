package io.jrados.client.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The CPU time the JVM's JIT compiler threads have used, from Linux's {@code /proc/self/task}. The
 * JVM's own figure ({@code CompilationMXBean}) is the compiler's elapsed time, which counts the
 * time a compiler thread waits for a core too: on 2 cores shared with the I/O thread and an OSD, a
 * 400-object 4 MiB write bench's was about 1.2 times its compiler threads' CPU. Compiler threads
 * are hidden from {@code ThreadMXBean}, hence /proc.
 *
 * <p>HotSpot starts extra compiler threads while its queue is long and stops them once they idle:
 * in a 4 MiB write bench on 2 cores the second C1 thread did half the phase's compiling (perf) and
 * had ended before the phase did, taking its time out of {@code /proc}. So the process's CPU time,
 * which keeps the time of threads that have ended, is read with every look, and what no live thread
 * accounts for is counted as the compiler's. That holds while the compiler's threads are the only
 * ones that end within a phase, as in {@code jrados bench}; a thread of another kind that was there
 * at the start and is gone at the end makes the figure unknown instead.
 *
 * <p>Each thread's time is {@code schedstat}'s nanoseconds on a CPU; {@code stat}'s clock ticks (10
 * ms) would leave a tick's error per thread, and the sum over threads is compared with the
 * process's nanoseconds here.
 */
final class CompilerThreadsCpu {
  private CompilerThreadsCpu() {}

  /**
   * One look at a process: each live thread's CPU nanoseconds by thread id, which of them are
   * compiler threads, and the process's CPU nanoseconds (ended threads included) read just after.
   */
  record Snapshot(Map<String, Long> threadNanos, Set<String> compilers, long processNanos) {}

  /**
   * A look at the threads in {@code tasks} (a {@code /proc/PID/task} directory), then at {@code
   * processNanos}; null where the directory cannot be read (not Linux) or a thread's time cannot.
   */
  static Snapshot snapshot(Path tasks, LongSupplier processNanos) {
    Map<String, Long> nanos = new HashMap<>();
    Set<String> compilers = new HashSet<>();
    try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
      for (Path thread : threads) {
        String tid = thread.getFileName().toString();
        try {
          String comm = Files.readString(thread.resolve("comm"));
          nanos.put(tid, onCpuNanos(Files.readString(thread.resolve("schedstat"))));
          if (isCompiler(comm)) {
            compilers.add(tid);
          }
        } catch (IOException e) {
          if (Files.isDirectory(thread)) {
            return null; // the thread is there but its time is not (a kernel without schedstat)
          }
          // The thread ended while we looked: the process's figure holds its time.
        }
      }
    } catch (IOException | RuntimeException e) {
      return null; // no /proc, or a schedstat line of a form this does not know
    }
    return new Snapshot(nanos, compilers, processNanos.getAsLong());
  }

  /**
   * Nanoseconds the compiler threads used between two snapshots, those that ended in between
   * included; -1 if either snapshot is missing or a thread other than a compiler's ended.
   */
  static long between(Snapshot start, Snapshot end) {
    if (start == null || end == null) {
      return -1;
    }
    for (String tid : start.threadNanos().keySet()) {
      if (!end.threadNanos().containsKey(tid) && !start.compilers().contains(tid)) {
        return -1;
      }
    }
    long live = 0;
    long compilers = 0;
    for (Map.Entry<String, Long> e : end.threadNanos().entrySet()) {
      long used = e.getValue() - start.threadNanos().getOrDefault(e.getKey(), 0L);
      live += used;
      if (end.compilers().contains(e.getKey())) {
        compilers += used;
      }
    }
    // The process's time is read after its threads', so it can run ahead of their sum by what ran
    // in between; it is never behind it, except by that skew at the start.
    long ended = Math.max(0, end.processNanos() - start.processNanos() - live);
    return compilers + ended;
  }

  /** HotSpot names them "C1 CompilerThread0" and so on; the kernel keeps 15 characters. */
  static boolean isCompiler(String comm) {
    return comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre");
  }

  /** The first field of a {@code schedstat} line: nanoseconds the thread has run on a CPU. */
  static long onCpuNanos(String schedstat) {
    return Long.parseLong(schedstat.strip().split(" ", 2)[0]);
  }
}
