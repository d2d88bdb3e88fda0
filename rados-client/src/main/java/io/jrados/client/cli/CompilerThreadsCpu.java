package io.jrados.client.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time the JVM's JIT compiler threads have used, per thread, from Linux's {@code
 * /proc/self/task}. The JVM's own figure ({@code CompilationMXBean}) is the compiler's elapsed
 * time, which counts the time a compiler thread waits for a core too: on 2 cores shared with the
 * I/O thread and an OSD, a 10-second 4 MiB write bench's was 1.5-2 times the compiler thread's CPU
 * in perf. Compiler threads are hidden from {@code ThreadMXBean}, hence /proc.
 *
 * <p>{@code utime + stime} come in clock ticks of 10 ms (Linux's {@code USER_HZ} is 100), so a
 * figure is good to a few ticks. A compiler thread the JVM stops between two snapshots takes its
 * time with it; the JVM stops one only after it idles, and only where it runs several per compiler.
 */
final class CompilerThreadsCpu {
  private static final long NANOS_PER_TICK = 10_000_000L;

  private CompilerThreadsCpu() {}

  /**
   * CPU nanoseconds of each compiler thread in {@code tasks} (a {@code /proc/PID/task} directory),
   * by thread id; null where that directory cannot be read (not Linux).
   */
  static Map<String, Long> snapshot(Path tasks) {
    Map<String, Long> cpu = new HashMap<>();
    try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
      for (Path thread : threads) {
        try {
          if (isCompiler(Files.readString(thread.resolve("comm")))) {
            cpu.put(
                thread.getFileName().toString(),
                ticks(Files.readString(thread.resolve("stat"))) * NANOS_PER_TICK);
          }
        } catch (IOException ended) {
          // The thread ended while we looked.
        }
      }
    } catch (IOException | RuntimeException e) {
      return null; // no /proc, or a stat line of a form this does not know
    }
    return cpu;
  }

  /** Nanoseconds the compiler threads used between two snapshots; -1 if either is missing. */
  static long between(Map<String, Long> start, Map<String, Long> end) {
    if (start == null || end == null) {
      return -1;
    }
    long sum = 0;
    for (Map.Entry<String, Long> e : end.entrySet()) {
      sum += e.getValue() - start.getOrDefault(e.getKey(), 0L);
    }
    return sum;
  }

  /** HotSpot names them "C1 CompilerThread0" and so on; the kernel keeps 15 characters. */
  static boolean isCompiler(String comm) {
    return comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre");
  }

  /**
   * {@code utime + stime} of a {@code stat} line: fields 14 and 15, counted after the command name,
   * which is in parentheses and may hold spaces and parentheses itself.
   */
  static long ticks(String stat) {
    String[] after = stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ");
    return Long.parseLong(after[11]) + Long.parseLong(after[12]);
  }
}
