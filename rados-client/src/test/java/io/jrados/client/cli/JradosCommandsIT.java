package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.client.cli.ToolRunner.Result;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every object command through rados and through jrados, on the same cluster and pool: rados in
 * namespace "r", jrados in namespace "j", the same object names and steps in the same order. Each
 * step must give the same exit status, stdout bytes and stderr; afterwards each tool must read
 * byte-identical objects from what the other wrote.
 */
@ExtendWith(CephClusterExtension.class)
class JradosCommandsIT {
  private static final String POOL = "jrados-cli";
  private static final byte[] NONE = new byte[0];

  @TempDir Path tmp;

  private record Step(byte[] stdin, String... args) {}

  private static Step step(String... args) {
    return new Step(NONE, args);
  }

  private static Step stdin(byte[] in, String... args) {
    return new Step(in, args);
  }

  private static void ensurePool(CephCluster c) {
    if (!c.rados("lspools").stdout().lines().toList().contains(POOL)) {
      c.createPool(POOL, 8);
    }
  }

  /**
   * Sizes and counts are read by rados' own rules (strict_iecstrtoll): a value either tool refuses,
   * the other refuses with the same line and exit status; a value either accepts, the other reads
   * the same way (lspools ignores it, so both list the same pools).
   */
  @Test
  void numbersAreReadAsRadosReadsThem(CephCluster c) {
    ensurePool(c);
    String conf = c.confPath().toString();
    List<String> values =
        List.of(
            "",
            "abc",
            "4k",
            "4K",
            "4KB",
            "4Ki",
            "4KK",
            "4Kx",
            "4KiB",
            "4Bi",
            "4Bxi",
            "4xBi",
            "9BB",
            "K",
            "+5",
            "1-2",
            "+-5",
            " 4",
            "0x10",
            "99999999999999999999",
            "16E");
    List<String> mismatches = new ArrayList<>();
    for (String option : List.of("-b", "-t", "-S", "--offset")) {
      for (String value : values) {
        if (option.equals("-S") && !value.isEmpty() && Character.isDigit(value.charAt(0))) {
          continue; // a valid id looks the snapshot up: JradosSnapIT compares that
        }
        noteMismatch(mismatches, conf, "-p", POOL, option, value, "lspools");
      }
      // A dashed value before a command word is rados' usage error: each tool prints its own
      // usage, status 1. After the last word it is read as a number, and refused in rados' words.
      for (String value : List.of("-5", "-", "--", "-1K", "-x")) {
        assertThat(ToolRunner.rados(conf, NONE, "-p", POOL, option, value, "lspools").exitCode())
            .isEqualTo(
                ToolRunner.jrados(conf, NONE, "-p", POOL, option, value, "lspools").exitCode())
            .isEqualTo(1);
        noteMismatch(mismatches, conf, "-p", POOL, "lspools", option, value);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  /**
   * Runs both tools with {@code args} and, unless their exit status, stderr and stdout are all
   * equal, adds a line saying what each did.
   */
  private static void noteMismatch(List<String> mismatches, String conf, String... args) {
    Result theirs = ToolRunner.rados(conf, NONE, args);
    Result ours = ToolRunner.jrados(conf, NONE, args);
    if (theirs.exitCode() != ours.exitCode()
        || !theirs.stderr().equals(ours.stderr())
        || !theirs.out().equals(ours.out())) {
      mismatches.add(
          String.join(" ", args)
              + ": rados "
              + theirs.exitCode()
              + " "
              + theirs.stderr()
              + " / jrados "
              + ours.exitCode()
              + " "
              + ours.stderr());
    }
  }

  @Test
  void everyCommandPrintsAndExitsAsRados(CephCluster c) throws Exception {
    ensurePool(c);
    String conf = c.confPath().toString();
    Path hello = tmp.resolve("hello.txt");
    Files.writeString(hello, "hello world\n");
    byte[] binary = new byte[67];
    Arrays.fill(binary, (byte) 'z');
    binary[0] = 0;
    binary[66] = (byte) 0xff;
    String f = hello.toString();
    List<Step> steps =
        List.of(
            step("put", "obj1", f),
            stdin("from stdin\n".getBytes(StandardCharsets.UTF_8), "put", "obj2", "-"),
            step("put", "obj1", tmp.resolve("no-such-file").toString()),
            step("get", "obj1", "-"),
            step("get", "nosuch", "-"),
            step("stat", "nosuch"),
            step("create", "obj3"),
            step("create", "obj3"),
            step("append", "obj1", f),
            step("truncate", "obj1", "5"),
            step("truncate", "obj1", "abc"),
            step("truncate", "nosuch2", "7"),
            step("setxattr", "obj1", "a1", "value1"),
            stdin(binary, "setxattr", "obj1", "a2"),
            step("getxattr", "obj1", "a1"),
            step("getxattr", "obj1", "a2"),
            step("getxattr", "obj1", "nosuch"),
            step("getxattr", "nosuch", "a1"),
            step("listxattr", "obj1"),
            step("listxattr", "nosuch"),
            step("rmxattr", "obj1", "a2"),
            step("rmxattr", "obj1", "nosuch"),
            step("setomapval", "obj1", "k1", "v1"),
            step("setomapval", "obj1", "k2", "a value longer than sixteen bytes, to wrap"),
            stdin(binary, "setomapval", "obj1", "k3"),
            step("setomapval", "obj1", "k4", ""),
            step("getomapval", "obj1", "k2"),
            step("getomapval", "obj1", "k3"),
            step("getomapval", "obj1", "nokey"),
            step("getomapval", "nosuch", "k1"),
            step("listomapkeys", "obj1"),
            step("listomapkeys", "nosuch"),
            step("listomapvals", "obj1"),
            step("listomapvals", "nosuch"),
            step("rmomapkey", "obj1", "k1"),
            step("rmomapkey", "nosuch", "k1"),
            step("setomapheader", "obj1", "header-bytes"),
            step("getomapheader", "obj1"),
            step("getomapheader", "obj3"),
            step("getomapheader", "nosuch"),
            step("clearomap", "obj1"),
            step("clearomap", "obj1", "nosuch"),
            step("listomapvals", "obj1"),
            step("get", "obj1", "-"),
            step("frobnicate", "obj1"),
            step("rm", "obj3", "obj2"),
            step("rm", "nosuch"));
    List<String> mismatches = new ArrayList<>();
    for (Step s : steps) {
      Result theirs = run(true, conf, s);
      Result ours = run(false, conf, s);
      String what = String.join(" ", s.args());
      if (theirs.exitCode() != ours.exitCode()
          || !Arrays.equals(theirs.stdout(), ours.stdout())
          // rm names the namespace; the rest do not.
          || !theirs.stderr().replace(">r/", ">j/").equals(ours.stderr())) {
        mismatches.add(
            what
                + "\n  rados:  "
                + theirs.exitCode()
                + " "
                + show(theirs)
                + "\n  jrados: "
                + ours.exitCode()
                + " "
                + show(ours));
      }
    }
    assertThat(mismatches).isEmpty();
  }

  private static String show(Result r) {
    return "out="
        + Arrays.toString(Arrays.copyOf(r.stdout(), Math.min(80, r.stdout().length)))
        + " '"
        + r.out().replace("\n", "\\n")
        + "' err='"
        + r.stderr().replace("\n", "\\n")
        + "'";
  }

  private static Result run(boolean rados, String conf, Step s) {
    List<String> args = new ArrayList<>(List.of("-p", POOL, "-N", rados ? "r" : "j"));
    args.addAll(List.of(s.args()));
    String[] a = args.toArray(String[]::new);
    return rados ? ToolRunner.rados(conf, s.stdin(), a) : ToolRunner.jrados(conf, s.stdin(), a);
  }

  @Test
  void statAndLsAgreeWithRados(CephCluster c) {
    ensurePool(c);
    String conf = c.confPath().toString();
    for (String name : List.of("ls-a", "ls-b", "ls-c")) {
      ToolRunner.rados(
          conf, "x".getBytes(StandardCharsets.UTF_8), "-p", POOL, "-N", "lsns", "put", name, "-");
    }
    ToolRunner.rados(
        conf,
        NONE,
        "-p",
        POOL,
        "-N",
        "lsns",
        "--object-locator",
        "key1",
        "put",
        "ls-loc",
        "/dev/null");
    for (String[] args :
        List.of(
            new String[] {"-p", POOL, "-N", "lsns", "ls"},
            new String[] {"-p", POOL, "--all", "ls"},
            new String[] {"-p", POOL, "--all", "ls", "-f", "json"},
            new String[] {"-p", POOL, "-N", "lsns", "stat", "ls-a"},
            new String[] {"lspools"},
            new String[] {"-p", "no-such-pool", "stat", "x"},
            new String[] {"-p", POOL, "ls", "somefile"},
            new String[] {"ls"})) {
      Result theirs = ToolRunner.rados(conf, NONE, args);
      Result ours = ToolRunner.jrados(conf, NONE, args);
      assertThat(ours.exitCode()).as(String.join(" ", args)).isEqualTo(theirs.exitCode());
      assertThat(ours.out()).as(String.join(" ", args)).isEqualTo(theirs.out());
      assertThat(ours.stderr()).as(String.join(" ", args)).isEqualTo(theirs.stderr());
    }
  }

  @Test
  void whatOneToolPutsTheOtherGetsByteIdentical(CephCluster c) throws Exception {
    ensurePool(c);
    String conf = c.confPath().toString();
    // Larger than one 4 MiB op, so both put and get go in several chunks.
    byte[] data = new byte[(4 << 20) + 12345];
    new Random(7).nextBytes(data);
    Path src = tmp.resolve("big.bin");
    Files.write(src, data);

    assertThat(ToolRunner.jrados(conf, NONE, "-p", POOL, "put", "big-j", src.toString()).exitCode())
        .isZero();
    Result got = ToolRunner.rados(conf, NONE, "-p", POOL, "get", "big-j", "-");
    assertThat(got.exitCode()).isZero();
    assertThat(got.stdout()).isEqualTo(data);

    assertThat(ToolRunner.rados(conf, NONE, "-p", POOL, "put", "big-r", src.toString()).exitCode())
        .isZero();
    Path back = tmp.resolve("back.bin");
    Result ours = ToolRunner.jrados(conf, NONE, "-p", POOL, "get", "big-r", back.toString());
    assertThat(ours.exitCode()).as(ours.stderr()).isZero();
    assertThat(Files.readAllBytes(back)).isEqualTo(data);

    // Attributes and omap written by one, read by the other.
    ToolRunner.jrados(conf, NONE, "-p", POOL, "setxattr", "big-r", "who", "jrados");
    assertThat(ToolRunner.rados(conf, NONE, "-p", POOL, "getxattr", "big-r", "who").out())
        .isEqualTo("jrados");
    ToolRunner.rados(conf, NONE, "-p", POOL, "setomapval", "big-j", "key", "from-rados");
    assertThat(ToolRunner.jrados(conf, NONE, "-p", POOL, "listomapvals", "big-j").out())
        .isEqualTo(ToolRunner.rados(conf, NONE, "-p", POOL, "listomapvals", "big-j").out())
        .contains("from-rados");
    ToolRunner.rados(conf, NONE, "-p", POOL, "rm", "big-j", "big-r");
  }

  @Test
  void dfPrintsRadosDfsTable(CephCluster c) {
    ensurePool(c);
    String conf = c.confPath().toString();
    // The counters move when anything touches the cluster; accept the table rados printed just
    // before or just after ours.
    for (String[] args :
        List.of(
            new String[] {"-p", POOL, "df"},
            new String[] {"df"},
            new String[] {"df", "-f", "json"})) {
      String before = ToolRunner.rados(conf, NONE, args).out();
      Result ours = ToolRunner.jrados(conf, NONE, args);
      String after = ToolRunner.rados(conf, NONE, args).out();
      assertThat(ours.exitCode()).as(ours.stderr()).isZero();
      assertThat(List.of(before, after)).as(String.join(" ", args)).contains(ours.out());
    }
  }
}
