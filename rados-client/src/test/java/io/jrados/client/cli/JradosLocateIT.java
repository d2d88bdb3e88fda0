package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.client.cli.ToolRunner.Result;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code jrados locate} against the mon's own answer, {@code osd map POOL OBJ [NS]} (the command
 * behind {@code ceph osd map}), asked through librados (python3-rados) for each name: same keys,
 * order, spacing and values, line for line.
 */
@ExtendWith(CephClusterExtension.class)
class JradosLocateIT {
  private static final String POOL = "jrados-locate";

  /** Reads names from stdin and prints the mon's osd map JSON for each, one per line. */
  private static final String ORACLE =
      String.join(
          "\n",
          "import json, sys, rados",
          "conf, pool, ns = sys.argv[1], sys.argv[2], sys.argv[3]",
          "r = rados.Rados(conffile=conf)",
          "r.connect()",
          "for name in sys.stdin.read().split('\\n'):",
          "    if not name:",
          "        continue",
          "    cmd = {'prefix': 'osd map', 'pool': pool, 'object': name, 'format': 'json'}",
          "    if ns:",
          "        cmd['nspace'] = ns",
          "    ret, out, err = r.mon_command(json.dumps(cmd), b'')",
          "    if ret != 0:",
          "        sys.exit('osd map %s: %d %s' % (name, ret, err))",
          "    sys.stdout.write(out.decode() + '\\n')",
          "r.shutdown()",
          "");

  private static List<String> oracle(String conf, String ns, byte[] names) {
    Result theirs =
        ToolRunner.process(List.of("/usr/bin/python3", "-c", ORACLE, conf, POOL, ns), names);
    assertThat(theirs.exitCode()).as(theirs.stderr()).isZero();
    return theirs.out().lines().toList();
  }

  @Test
  void placementsAreTheMonsForHundredsOfNames(CephCluster c) throws InterruptedException {
    if (!c.rados("lspools").stdout().lines().toList().contains(POOL)) {
      c.createPool(POOL, 32);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      names.add("object-" + i);
    }
    names.add("benchmark_data_host_1234_object0");
    names.add("with space");
    names.add("ünïcödé");
    byte[] input = (String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8);
    String conf = c.confPath().toString();
    for (String ns : List.of("", "some-namespace")) {
      List<String> args = new ArrayList<>(List.of("-p", POOL));
      if (!ns.isEmpty()) {
        args.addAll(List.of("-N", ns));
      }
      args.addAll(List.of("locate", "-"));
      // Each line carries the map's epoch, and a new pool's map still moves for a few seconds (its
      // PGs being created): the comparison counts only when the mons' answers before and after
      // jrados' are the same, so the map held still through all three.
      List<String> theirs = List.of();
      List<String> ours = List.of();
      for (int attempt = 0; attempt < 10; attempt++) {
        theirs = oracle(conf, ns, input);
        Result r = ToolRunner.jrados(conf, input, args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        ours = r.out().lines().toList();
        if (theirs.equals(oracle(conf, ns, input))) {
          break;
        }
        TimeUnit.SECONDS.sleep(1);
      }
      assertThat(ours).isEqualTo(theirs);
      assertThat(ours).hasSize(names.size());
    }
    // Names as arguments give the same lines as names on stdin.
    Result two = ToolRunner.jrados(conf, new byte[0], "-p", POOL, "locate", "object-1", "object-2");
    Result piped =
        ToolRunner.jrados(
            conf,
            "object-1\nobject-2\n".getBytes(StandardCharsets.UTF_8),
            "-p",
            POOL,
            "locate",
            "-");
    assertThat(two.out()).isEqualTo(piped.out());
  }
}
