package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the JIT compiler threads' CPU from a /proc/PID/task tree. */
class CompilerThreadsCpuTest {
  @TempDir Path tasks;

  @Test
  void sumsUtimeAndStimeOfCompilerThreadsOnly() throws IOException {
    thread("101", "C1 CompilerThre", 7, 3);
    thread("102", "C2 CompilerThre", 40, 2);
    thread("103", "jrados-io-1-1-1", 500, 900);
    Map<String, Long> cpu = CompilerThreadsCpu.snapshot(tasks);
    assertThat(cpu).containsOnly(Map.entry("101", 100_000_000L), Map.entry("102", 420_000_000L));
  }

  @Test
  void countsWhatEachThreadUsedBetweenSnapshotsAndThreadsBornBetweenThem() {
    Map<String, Long> start = Map.of("101", 100L, "102", 50L);
    Map<String, Long> end = Map.of("101", 130L, "102", 50L, "104", 20L);
    assertThat(CompilerThreadsCpu.between(start, end)).isEqualTo(50L);
    assertThat(CompilerThreadsCpu.between(null, end)).isEqualTo(-1L);
  }

  @Test
  void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
    String stat = "4242 (a (b) c) S 1 2 3 0 -1 4194368 10 0 0 0 17 5 0 0 20 0 1 0 99 0 0\n";
    assertThat(CompilerThreadsCpu.ticks(stat)).isEqualTo(22L);
  }

  @Test
  void noProcTreeMeansUnknown() {
    assertThat(CompilerThreadsCpu.snapshot(tasks.resolve("absent"))).isNull();
  }

  @Test
  void thisJvmHasACompilerThreadOnLinux() {
    Path self = Path.of("/proc/self/task");
    if (Files.isDirectory(self)) {
      assertThat(CompilerThreadsCpu.snapshot(self)).isNotEmpty();
    }
  }

  private void thread(String tid, String comm, long utime, long stime) throws IOException {
    Path dir = Files.createDirectories(tasks.resolve(tid));
    Files.writeString(dir.resolve("comm"), comm + "\n");
    Files.writeString(
        dir.resolve("stat"),
        tid
            + " ("
            + comm
            + ") S 1 1 1 0 -1 1077936192 0 0 0 0 "
            + utime
            + " "
            + stime
            + " 0 0 20 0 30 0 12 0 0\n");
  }
}
