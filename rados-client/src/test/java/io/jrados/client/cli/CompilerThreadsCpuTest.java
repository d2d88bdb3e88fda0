package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the JIT compiler threads' CPU from a /proc/PID/task tree and the process's CPU. */
class CompilerThreadsCpuTest {
  @TempDir Path tasks;

  @Test
  void readsEachThreadsNanosecondsAndWhichAreCompilers() throws IOException {
    thread("101", "C1 CompilerThre", 100_000_000L);
    thread("102", "C2 CompilerThre", 420_000_000L);
    thread("103", "jrados-io-1-1-1", 9_000_000_000L);
    CompilerThreadsCpu.Snapshot s = CompilerThreadsCpu.snapshot(tasks, () -> 12_000_000_000L);
    assertThat(s.threadNanos())
        .containsOnly(
            Map.entry("101", 100_000_000L),
            Map.entry("102", 420_000_000L),
            Map.entry("103", 9_000_000_000L));
    assertThat(s.compilers()).containsOnly("101", "102");
    assertThat(s.processNanos()).isEqualTo(12_000_000_000L);
  }

  @Test
  void countsWhatLiveCompilerThreadsUsedAndThreadsBornBetweenLooks() {
    var start = snapshot(Map.of("101", 100L, "103", 1000L), Set.of("101"), 5000L);
    var end = snapshot(Map.of("101", 130L, "103", 1600L, "104", 20L), Set.of("101", "104"), 5650L);
    assertThat(CompilerThreadsCpu.between(start, end)).isEqualTo(50L);
  }

  @Test
  void aCompilerThreadThatEndedKeepsItsTimeThroughTheProcesssFigure() {
    // 102 ran 70 more ns and ended; 105 was born and ended in between, running 25 ns.
    var start =
        snapshot(Map.of("101", 100L, "102", 300L, "103", 1000L), Set.of("101", "102"), 5000L);
    var end =
        snapshot(Map.of("101", 130L, "103", 1600L), Set.of("101"), 5000L + 30 + 600 + 70 + 25);
    assertThat(CompilerThreadsCpu.between(start, end)).isEqualTo(30L + 70 + 25);
  }

  @Test
  void anotherKindOfThreadEndingMakesTheFigureUnknown() {
    var start = snapshot(Map.of("101", 100L, "103", 1000L), Set.of("101"), 5000L);
    var end = snapshot(Map.of("101", 130L), Set.of("101"), 5900L);
    assertThat(CompilerThreadsCpu.between(start, end)).isEqualTo(-1L);
    assertThat(CompilerThreadsCpu.between(null, end)).isEqualTo(-1L);
    assertThat(CompilerThreadsCpu.between(start, null)).isEqualTo(-1L);
  }

  @Test
  void theProcessFigureReadAfterTheThreadsNeverMakesTheCountNegative() {
    var start = snapshot(Map.of("101", 100L, "103", 1000L), Set.of("101"), 1200L);
    var end = snapshot(Map.of("101", 110L, "103", 1100L), Set.of("101"), 1250L);
    assertThat(CompilerThreadsCpu.between(start, end)).isEqualTo(10L);
  }

  @Test
  void schedstatsFirstFieldIsTheTimeOnACpu() {
    assertThat(CompilerThreadsCpu.onCpuNanos("1765787 4411 12\n")).isEqualTo(1_765_787L);
  }

  @Test
  void noProcTreeMeansUnknown() {
    assertThat(CompilerThreadsCpu.snapshot(tasks.resolve("absent"), () -> 0L)).isNull();
  }

  @Test
  void aLiveThreadWithoutSchedstatMeansUnknownNotAllTimeToTheCompiler() throws IOException {
    thread("101", "C1 CompilerThre", 100_000_000L);
    Path noSchedstat = Files.createDirectories(tasks.resolve("103"));
    Files.writeString(noSchedstat.resolve("comm"), "jrados-io-1-1-1\n");
    assertThat(CompilerThreadsCpu.snapshot(tasks, () -> 0L)).isNull();
  }

  @Test
  void thisJvmHasACompilerThreadOnLinux() {
    Path self = Path.of("/proc/self/task");
    if (Files.isDirectory(self)) {
      CompilerThreadsCpu.Snapshot s = CompilerThreadsCpu.snapshot(self, () -> 0L);
      assertThat(s).isNotNull();
      assertThat(s.compilers()).isNotEmpty();
      assertThat(s.threadNanos()).containsKeys(s.compilers().toArray(String[]::new));
    }
  }

  private static CompilerThreadsCpu.Snapshot snapshot(
      Map<String, Long> nanos, Set<String> compilers, long process) {
    return new CompilerThreadsCpu.Snapshot(nanos, compilers, process);
  }

  private void thread(String tid, String comm, long nanos) throws IOException {
    Path dir = Files.createDirectories(tasks.resolve(tid));
    Files.writeString(dir.resolve("comm"), comm + "\n");
    Files.writeString(dir.resolve("schedstat"), nanos + " 12345 67\n");
  }
}
