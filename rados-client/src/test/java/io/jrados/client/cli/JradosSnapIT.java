package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.client.cli.ToolRunner.Result;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pool snapshot commands, {@code -s SNAP} and {@code -S SNAPID}, through rados on one pool and
 * through jrados on another, the same steps in the same order: each step must give the same exit
 * status, stdout and stderr, once the pool's name and the times the two runs cannot share are
 * masked.
 */
@ExtendWith(CephClusterExtension.class)
class JradosSnapIT {
  private static final byte[] NONE = new byte[0];

  @TempDir Path tmp;

  @Test
  void snapshotCommandsPrintAndExitAsRados(CephCluster c) throws Exception {
    c.createPool("snap-r", 8);
    c.createPool("snap-j", 8);
    String conf = c.confPath().toString();
    Path v1 = tmp.resolve("v1");
    Path v2 = tmp.resolve("v2");
    Files.writeString(v1, "version one\n");
    Files.writeString(v2, "version two, longer\n");
    List<List<String>> steps =
        List.of(
            List.of("put", "obj", v1.toString()),
            List.of("mksnap", "s1"),
            List.of("mksnap", "s1"),
            List.of("put", "obj", v2.toString()),
            List.of("put", "later", v2.toString()),
            List.of("listsnaps", "obj"),
            List.of("listsnaps", "later"),
            List.of("listsnaps", "nosuch"),
            List.of("lssnap"),
            List.of("-s", "s1", "ls"),
            List.of("-s", "s1", "get", "obj", "-"),
            List.of("-s", "s1", "stat", "obj"),
            List.of("-s", "s1", "stat", "later"),
            List.of("-s", "nosnap", "get", "obj", "-"),
            List.of("-s", "s1", "put", "obj", v2.toString()),
            List.of("-S", "1", "get", "obj", "-"),
            List.of("--snapid", "1", "stat", "obj"),
            List.of("-S", "7", "get", "obj", "-"),
            List.of("-S", "1K", "stat", "obj"),
            List.of("-S", "7", "-s", "s1", "stat", "obj"),
            List.of("get", "obj", "-"),
            List.of("rollback", "obj", "s1"),
            List.of("get", "obj", "-"),
            List.of("rollback", "obj", "nosnap"),
            List.of("mksnap", "s2"),
            List.of("put", "obj", "--offset", "3", v1.toString()),
            List.of("rm", "later"),
            List.of("listsnaps", "obj"),
            List.of("listsnaps", "later"),
            List.of("lssnap"),
            List.of("rmsnap", "s1"),
            List.of("rmsnap", "s1"),
            List.of("lssnap"));
    List<String> mismatches = new ArrayList<>();
    for (List<String> step : steps) {
      Result theirs = run(true, conf, step);
      Result ours = run(false, conf, step);
      String r = mask(theirs.out(), "snap-r") + "|" + mask(theirs.stderr(), "snap-r");
      String j = mask(ours.out(), "snap-j") + "|" + mask(ours.stderr(), "snap-j");
      if (theirs.exitCode() != ours.exitCode() || !r.equals(j)) {
        mismatches.add(
            String.join(" ", step)
                + "\n  rados:  "
                + theirs.exitCode()
                + " "
                + r.replace("\n", "\\n")
                + "\n  jrados: "
                + ours.exitCode()
                + " "
                + j.replace("\n", "\\n"));
      }
    }
    assertThat(mismatches).isEmpty();
    // Without a pool, each tool names the same option, in rados' order of checks.
    for (List<String> noPool :
        List.of(
            List.of("-S", "1", "lspools"),
            List.of("-N", "ns", "-S", "1", "lspools"),
            List.of("--object-locator", "k", "-s", "s1", "lspools"))) {
      Result theirs = ToolRunner.rados(conf, NONE, noPool.toArray(String[]::new));
      Result ours = ToolRunner.jrados(conf, NONE, noPool.toArray(String[]::new));
      assertThat(ours.exitCode()).as(ours.stderr()).isEqualTo(theirs.exitCode()).isEqualTo(1);
      assertThat(ours.stderr()).isEqualTo(theirs.stderr());
    }
    // What each tool did, the other sees: jrados' rollback and snapshots, through rados.
    Result lssnap = ToolRunner.rados(conf, NONE, "-p", "snap-j", "lssnap");
    assertThat(lssnap.out())
        .matches("2\ts2\t\\d{4}\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d:\\d\\d\n1 snaps\n");
    // Rolled back to "version one\n", then written again from byte 3.
    assertThat(ToolRunner.rados(conf, NONE, "-p", "snap-j", "get", "obj", "-").out())
        .isEqualTo("verversion one\n");
  }

  private static Result run(boolean rados, String conf, List<String> step) {
    List<String> args = new ArrayList<>(List.of("-p", rados ? "snap-r" : "snap-j"));
    args.addAll(step);
    String[] a = args.toArray(String[]::new);
    return rados ? ToolRunner.rados(conf, NONE, a) : ToolRunner.jrados(conf, NONE, a);
  }

  /** Output with the pool's name, lssnap's stamps and stat's mtimes masked. */
  private static String mask(String text, String pool) {
    return text.replace(pool, "POOL")
        .replaceAll("\\d{4}\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d:\\d\\d", "STAMP")
        .replaceAll("mtime \\S+,", "mtime MTIME,");
  }
}
