package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.client.cli.ToolRunner.Result;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterConfig;
import io.jrados.testcluster.junit.CephClusterExtension;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code jrados bench} against {@code rados bench}: its output has rados bench's shape (so what
 * parses rados bench parses it), and each tool's seq/rand reads and verifies what the other's write
 * left behind.
 */
@ExtendWith(CephClusterExtension.class)
class JradosBenchIT {
  private static final String POOL = "jrados-bench";
  private static final byte[] NONE = new byte[0];

  /** A status row: sec, ops in flight, started, finished, avg MB/s, cur MB/s, last and avg lat. */
  private static final Pattern ROW =
      Pattern.compile(
          "^ {0,4}\\d+ +\\d+ +\\d+ +\\d+ +[-0-9.e+]+ +[-0-9.e+]+ +[-0-9.e+]+ +[-0-9.e+]+$");

  private static final String HEADING =
      "  sec Cur ops   started  finished  avg MB/s  cur MB/s last lat(s)  avg lat(s)";

  @Test
  void writeSeqRandReadEachOthersObjects(CephCluster c) {
    if (!c.rados("lspools").stdout().lines().toList().contains(POOL)) {
      c.createPool(POOL, 8);
    }
    String conf = c.confPath().toString();
    String[] p = {"-p", POOL};

    Result write = jrados(conf, p, "bench", "3", "write", "-b", "4096", "-t", "16", "--no-cleanup");
    assertThat(write.exitCode()).as(write.stderr()).isZero();
    assertShape(write.out(), "Total writes made:", 16);
    assertThat(write.out()).contains("Maintaining 16 concurrent writes of 4096 bytes");
    int written = count(write.out(), "Total writes made:");

    radosVerifies(conf, POOL, "2", "seq", "-t", "8");
    radosVerifies(conf, POOL, "1", "rand");

    Result seq = jrados(conf, p, "bench", "2", "seq", "-t", "16");
    assertThat(seq.exitCode()).as(seq.stderr()).isZero();
    assertShape(seq.out(), "Total reads made:", 16);
    assertThat(count(seq.out(), "Total reads made:")).isBetween(1, written);
    Result rand = jrados(conf, p, "bench", "2", "rand", "-t", "16");
    assertThat(rand.exitCode()).as(rand.stderr()).isZero();
    assertShape(rand.out(), "Total reads made:", 16);
    ToolRunner.rados(conf, NONE, "-p", POOL, "cleanup");

    // rados writes, jrados reads and verifies.
    Result radosWrite =
        ToolRunner.rados(
            conf, NONE, "-p", POOL, "bench", "2", "write", "-b", "8192", "-t", "8", "--no-cleanup");
    assertThat(radosWrite.exitCode()).as(radosWrite.stderr()).isZero();
    Result seq2 = jrados(conf, p, "bench", "2", "seq");
    assertThat(seq2.exitCode()).as(seq2.stderr()).isZero();
    assertThat(seq2.stderr()).doesNotContain("is not correct");
    assertThat(seq2.out()).contains("Read size:            8192\n");
    ToolRunner.rados(conf, NONE, "-p", POOL, "cleanup");

    // A write with cleanup leaves nothing behind.
    Result clean = jrados(conf, p, "bench", "1", "write", "-b", "4096", "-t", "4");
    assertThat(clean.exitCode()).as(clean.stderr()).isZero();
    assertThat(clean.out())
        .contains("Cleaning up (deleting benchmark objects)\nRemoved ")
        .contains("Clean up completed and total clean up time :");
    assertThat(c.rados("-p", POOL, "ls").stdout()).isEmpty();

    Result noData = jrados(conf, p, "bench", "1", "seq");
    Result radosNoData = ToolRunner.rados(conf, NONE, "-p", POOL, "bench", "1", "seq");
    assertThat(noData.exitCode()).isEqualTo(radosNoData.exitCode()).isEqualTo(1);
    assertThat(noData.stderr()).isEqualTo(radosNoData.stderr());
    assertThat(noData.out()).isEqualTo(radosNoData.out());
  }

  /**
   * How many ops a run makes, without the clock deciding: {@code --max-objects N} stops a write at
   * N ops (at T if T is more, since the first T always start), and 0 seconds runs the first T ops
   * of a write, seq or rand only. Each tool runs the same command lines; their counts and the lines
   * that name the limits must be equal. (A 0-second run once had jrados write until killed.)
   */
  @Test
  void opCountsWithoutTheClockAreRadoss(CephCluster c) {
    if (!c.rados("lspools").stdout().lines().toList().contains(POOL)) {
      c.createPool(POOL, 8);
    }
    String conf = c.confPath().toString();
    List<String[]> writes =
        List.of(
            new String[] {"30", "write", "-b", "4096", "-t", "4", "--max-objects", "10"},
            new String[] {"30", "write", "-b", "4096", "-t", "8", "--max-objects=3"},
            new String[] {"0", "write", "-b", "4096", "-t", "4"});
    for (String[] args : writes) {
      String[] full = concat(new String[] {"-p", POOL, "bench"}, concat(args, "--no-cleanup"));
      Result theirs = ToolRunner.rados(conf, NONE, full);
      radosCleanup(conf);
      Result ours = ToolRunner.jrados(conf, NONE, full);
      assertThat(theirs.exitCode()).as(theirs.stderr()).isZero();
      assertThat(ours.exitCode()).as(ours.stderr()).isZero();
      String line = String.join(" ", args);
      assertThat(count(ours.out(), "Total writes made:"))
          .as(line)
          .isEqualTo(count(theirs.out(), "Total writes made:"));
      assertThat(lineStarting(ours.out(), "Maintaining"))
          .as(line)
          .isEqualTo(lineStarting(theirs.out(), "Maintaining"));
      // The objects jrados left: 0-second reads of each tool start T of them, and stop there.
      if (args[0].equals("0")) {
        for (String mode : List.of("seq", "rand")) {
          String[] read = {"-p", POOL, "bench", "0", mode, "-t", "2"};
          Result theirRead = ToolRunner.rados(conf, NONE, read);
          Result ourRead = ToolRunner.jrados(conf, NONE, read);
          assertThat(ourRead.exitCode()).as(ourRead.stderr()).isZero();
          assertThat(count(ourRead.out(), "Total reads made:"))
              .as(mode)
              .isEqualTo(count(theirRead.out(), "Total reads made:"))
              .isEqualTo(2);
        }
      }
      radosCleanup(conf);
    }
    // A count rados refuses, refused in its words.
    String[] bad = {"-p", POOL, "bench", "5", "write", "--max-objects", "10x"};
    Result theirs = ToolRunner.rados(conf, NONE, bad);
    Result ours = ToolRunner.jrados(conf, NONE, bad);
    assertThat(ours.exitCode()).isEqualTo(theirs.exitCode()).isEqualTo(234);
    assertThat(ours.stderr()).isEqualTo(theirs.stderr());
  }

  /**
   * Large ops go from one buffer per op in flight, as small ones do (and as rados bench's do);
   * rados bench's seq reads and verifies what they wrote. A concurrency whose buffers cannot be
   * held is refused before anything is written, with the reason. A cluster of its own, with room: a
   * timed write of large ops fills as much as the machine is fast, and a full OSD would stall the
   * tests that share a cluster.
   */
  @Nested
  @CephClusterConfig(memstoreMiB = 4096)
  class LargeOps {
    @Test
    void largeOpsAreRadoss(CephCluster c) {
      String pool = "jrados-bench-large";
      c.createPool(pool, 8);
      String conf = c.confPath().toString();
      String[] p = {"-p", pool};

      Result write =
          jrados(conf, p, "bench", "1", "write", "-b", "256K", "-t", "4", "--no-cleanup");
      assertThat(write.exitCode()).as(write.stderr()).isZero();
      assertThat(write.out()).contains("Maintaining 4 concurrent writes of 262144 bytes");
      int written = count(write.out(), "Total writes made:");
      assertThat(written).isPositive();
      Result radosSeq = radosVerifies(conf, pool, "1", "seq", "-t", "4");
      assertThat(count(radosSeq.out(), "Total reads made:")).isBetween(1, written);
      Result cleanup = ToolRunner.rados(conf, NONE, "-p", pool, "cleanup");
      assertThat(cleanup.exitCode()).as(cleanup.stderr()).isZero();

      Result tooMany =
          jrados(conf, p, "bench", "1", "write", "-b", "4096", "-t", "2147483647", "--no-cleanup");
      assertThat(tooMany.exitCode()).isEqualTo(1);
      assertThat(tooMany.stderr())
          .contains(
              "bench: 2147483647 concurrent ops of 4096 bytes need 8796093018112 bytes of buffers,"
                  + " more than this JVM can hold (")
          .contains("lower -t or -b")
          .contains("error during benchmark: (12) Cannot allocate memory");
      assertThat(tooMany.out()).doesNotContain("Total writes made:");
      assertThat(c.rados("-p", pool, "ls").stdout()).isEmpty();
    }
  }

  /**
   * A read bench that meets an object with other bytes, or a missing object, fails as rados bench
   * does: the same exit code and error lines, with the reads still in flight waited for rather than
   * abandoned. (rados also calls a missing object "not correct", as it compares the empty buffer
   * before it looks at the error; jrados says only what happened.)
   */
  @Test
  void readFailuresAreRadoss(CephCluster c) {
    String pool = "jrados-bench-failures";
    c.createPool(pool, 8);
    String conf = c.confPath().toString();
    String[] p = {"-p", pool};
    Result write = jrados(conf, p, "bench", "1", "write", "-b", "4096", "-t", "4", "--no-cleanup");
    assertThat(write.exitCode()).as(write.stderr()).isZero();
    assertThat(count(write.out(), "Total writes made:")).isGreaterThan(2);
    String object1 =
        c.rados("-p", pool, "ls")
            .requireOk()
            .stdout()
            .lines()
            .filter(l -> l.endsWith("_object1"))
            .findFirst()
            .orElseThrow();
    byte[] other = new byte[4096];
    Arrays.fill(other, (byte) 'x');
    Result put = ToolRunner.rados(conf, other, "-p", pool, "put", object1, "-");
    assertThat(put.exitCode()).as(put.stderr()).isZero();

    Result ours = jrados(conf, p, "bench", "5", "seq", "-t", "1");
    Result theirs = ToolRunner.rados(conf, NONE, "-p", pool, "bench", "5", "seq", "-t", "1");
    assertThat(theirs.exitCode()).isEqualTo(1);
    assertThat(theirs.stderr())
        .isEqualTo(
            object1
                + " is not correct!\n"
                + "error during benchmark: (5) Input/output error\n"
                + "error 5: (5) Input/output error\n");
    assertThat(ours.exitCode()).isEqualTo(theirs.exitCode());
    assertThat(ours.stderr()).isEqualTo(theirs.stderr());

    c.rados("-p", pool, "rm", object1).requireOk();
    ours = jrados(conf, p, "bench", "5", "seq", "-t", "1");
    theirs = ToolRunner.rados(conf, NONE, "-p", pool, "bench", "5", "seq", "-t", "1");
    String failed =
        "read got -2\n"
            + "error during benchmark: (2) No such file or directory\n"
            + "error 2: (2) No such file or directory\n";
    assertThat(theirs.exitCode()).isEqualTo(1);
    assertThat(theirs.stderr()).endsWith(failed);
    assertThat(ours.exitCode()).isEqualTo(theirs.exitCode());
    assertThat(ours.stderr()).isEqualTo(failed);
    assertThat(ours.out()).doesNotContain("Total reads made:");
    assertThat(theirs.out()).doesNotContain("Total reads made:");
    c.deletePool(pool);
  }

  /**
   * Each bench write carries rados bench's allocation hint, or none with --no-hints: the OSD's
   * replies, logged with debug_ms=1, list the ops it ran for this JVM's objects.
   */
  @Test
  void benchWritesHintLikeRadosBench(CephCluster c) throws Exception {
    if (!c.rados("lspools").stdout().lines().toList().contains(POOL)) {
      c.createPool(POOL, 8);
    }
    String conf = c.confPath().toString();
    String[] p = {"-p", POOL};
    c.ceph("tell", "osd.*", "config", "set", "debug_ms", "1").requireOk();
    Result hinted;
    Result plain;
    try {
      hinted = jrados(conf, p, "bench", "1", "write", "-b", "4096", "-t", "2", "--run-name", "h");
      plain =
          jrados(
              conf,
              p,
              "bench",
              "1",
              "write",
              "-b",
              "8192",
              "-t",
              "2",
              "--run-name",
              "n",
              "--no-hints");
    } finally {
      c.ceph("tell", "osd.*", "config", "set", "debug_ms", "0").requireOk();
    }
    assertThat(hinted.exitCode()).as(hinted.stderr()).isZero();
    assertThat(hinted.out()).startsWith("hints = 1\n");
    assertThat(plain.exitCode()).as(plain.stderr()).isZero();
    assertThat(plain.out()).startsWith("hints = 0\n");
    String log = Files.readString(c.logDir().resolve("osd.0.log"));
    String ours =
        "osd_op_reply\\(\\d+ benchmark_data_\\S+_" + ProcessHandle.current().pid() + "_object\\d+ ";
    assertThat(log)
        .containsPattern(
            ours + "\\[set-alloc-hint object_size 4096 write_size 4096,write 0~4096\\]")
        .containsPattern(ours + "\\[write 0~8192\\]")
        .doesNotContainPattern(ours + "\\[set-alloc-hint object_size 8192");
  }

  /** set-alloc-hint as rados has it: it creates the object; a bad size is refused as there. */
  @Test
  void setAllocHintIsRadoss(CephCluster c) {
    if (!c.rados("lspools").stdout().lines().toList().contains(POOL)) {
      c.createPool(POOL, 8);
    }
    String conf = c.confPath().toString();
    String[] p = {"-p", POOL};
    Result set = jrados(conf, p, "set-alloc-hint", "hinted", "4194304", "65536");
    assertThat(set.exitCode()).as(set.stderr()).isZero();
    assertThat(c.rados("-p", POOL, "stat", "hinted").requireOk().stdout()).contains("size 0");
    for (String[] bad : List.of(new String[] {"abc", "1"}, new String[] {"1", "4k"})) {
      Result ours = jrados(conf, p, "set-alloc-hint", "x", bad[0], bad[1]);
      Result theirs =
          ToolRunner.rados(conf, NONE, "-p", POOL, "set-alloc-hint", "x", bad[0], bad[1]);
      assertThat(ours.exitCode()).isEqualTo(theirs.exitCode()).isEqualTo(1);
      assertThat(ours.stderr().lines().findFirst()).isEqualTo(theirs.stderr().lines().findFirst());
    }
    c.rados("-p", POOL, "rm", "hinted").requireOk();
  }

  private static Result jrados(String conf, String[] pool, String... args) {
    return ToolRunner.jrados(conf, NONE, concat(pool, args));
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  /**
   * {@code rados -p POOL bench ARGS} (a seq or rand read), which must succeed with every object it
   * read matching what rados bench expects.
   */
  private static Result radosVerifies(String conf, String pool, String... args) {
    Result r = ToolRunner.rados(conf, NONE, concat(new String[] {"-p", pool, "bench"}, args));
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stderr()).doesNotContain("is not correct");
    return r;
  }

  /** The lines rados bench prints, in its order, with rows that parse as its rows. */
  private static void assertShape(String out, String totalLabel, int concurrency) {
    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).isEqualTo("hints = 1");
    assertThat(lines).contains(HEADING);
    int heading = lines.indexOf(HEADING);
    int summary =
        lines.indexOf(
            lines.stream().filter(l -> l.startsWith("Total time run:")).findFirst().orElseThrow());
    assertThat(summary).isGreaterThan(heading + 1);
    for (String row : lines.subList(heading + 1, summary)) {
      assertThat(row).matches(ROW);
      int inFlight = Integer.parseInt(row.trim().split(" +")[1]);
      assertThat(inFlight).isLessThanOrEqualTo(concurrency);
    }
    assertThat(out).contains(totalLabel);
    assertThat(lines.get(lines.size() - 1)).startsWith("Min latency(s):");
  }

  private static void radosCleanup(String conf) {
    Result r = ToolRunner.rados(conf, NONE, "-p", POOL, "cleanup");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
  }

  private static String lineStarting(String out, String start) {
    return out.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
  }

  private static int count(String out, String label) {
    return out.lines()
        .filter(l -> l.startsWith(label))
        .map(l -> Integer.parseInt(l.substring(label.length()).trim()))
        .findFirst()
        .orElseThrow();
  }
}
