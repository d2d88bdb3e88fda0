package io.jrados.testcluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jrados.testcluster.internal.NativeHost;
import io.jrados.testcluster.internal.ReleaseRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Reef (18.2.7) cluster from the prepared root: every daemon reports 18.2.7 to both the root's
 * and the host's (Pacific) CLI, and stopping it leaves no daemon and no mount.
 */
class ReefClusterIT {
  private static final Path LAUNCHER =
      Path.of(System.getProperty("jrados.root", "..")).resolve("bin/ceph-test-cluster");
  private final ObjectMapper json = new ObjectMapper();
  private final NativeHost host = new NativeHost();

  @Test
  void startsReportsReefEverywhereAndStopsWithoutATrace(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("reef");
    List<Long> pids = new ArrayList<>();
    CephCluster c =
        CephTestClusters.start(
            CephClusterSpec.builder()
                .release(Release.REEF)
                .backend(Backend.NATIVE)
                .mons(1)
                .osds(1)
                .mgr(true)
                .dataDir(dir)
                .build());
    Path root = ReleaseRoot.preparedRoot(Release.REEF).orElseThrow();
    try {
      c.daemons().forEach(d -> pids.add(c.pid(d)));

      JsonNode versions = c.cephJson("versions");
      for (String type : List.of("mon", "osd", "mgr")) {
        assertThat(fieldNames(versions.path(type)))
            .as(type + " versions")
            .singleElement()
            .satisfies(
                v -> assertThat(v).startsWith("ceph version 18.2.7 ").endsWith("reef (stable)"));
      }
      assertThat(versions.path("overall").elements().next().asInt()).isEqualTo(3);

      // The host's own Pacific CLI reaches the Reef daemons and hears the same.
      CommandResult hostCli =
          host.run(
                  List.of("ceph", "-c", c.confPath().toString(), "versions", "-f", "json"),
                  Duration.ofSeconds(60))
              .requireOk();
      assertThat(json.readTree(hostCli.stdout())).isEqualTo(versions);
      assertThat(host.run(List.of("ceph", "--version"), Duration.ofSeconds(30)).stdout())
          .contains("16.2.15");

      // The packaging's known warning is muted, so the cluster can be healthy.
      c.waitForHealthOk(Duration.ofSeconds(60));

      // A daemon sees (relative to its chroot) /proc, /dev and the temporary directory holding
      // the cluster's, mounted at the host's paths; the host sees none of these mounts.
      assertThat(mountsOf("/proc/" + pids.get(0) + "/mounts"))
          .contains("/proc", "/dev", System.getProperty("java.io.tmpdir"));
      assertThat(mountsUnder(root)).isEmpty();
    } finally {
      c.close();
    }
    for (long pid : pids) {
      assertThat(host.alive(pid)).as("pid " + pid + " after stop").isFalse();
    }
    assertThat(ThreeMonClusterIT.processesMentioning(dir)).isEmpty();
    assertThat(mountsUnder(root)).isEmpty();
    assertThat(mountsUnder(dir)).isEmpty();
    assertThat(root.resolve(tmp.toString().substring(1)))
        .as("mount point and its parent removed")
        .doesNotExist();
  }

  @Test
  void launcherWithoutThePreparedRootSaysWhichScriptToRun(@TempDir Path tmp) {
    Path d = tmp.resolve("noroot");
    CommandResult r =
        host.run(
            List.of(
                "env",
                "JRADOS_CEPH_REEF_ROOT=" + tmp.resolve("absent-root"),
                LAUNCHER.toAbsolutePath().normalize().toString(),
                "start",
                "--dir",
                d.toString(),
                "--release",
                "reef"),
            Duration.ofMinutes(2));
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.stderr())
        .contains("root " + tmp.resolve("absent-root") + " is not prepared")
        .contains("`bin/install-ceph-reef`");
    assertThat(ThreeMonClusterIT.processesMentioning(d)).isEmpty();
  }

  @Test
  void launcherRejectsAnUnknownRelease(@TempDir Path tmp) {
    CommandResult r =
        host.run(
            List.of(
                LAUNCHER.toAbsolutePath().normalize().toString(),
                "start",
                "--dir",
                tmp.resolve("x").toString(),
                "--release",
                "squid"),
            Duration.ofMinutes(2));
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.stderr()).contains("unknown Ceph release 'squid'; expected one of pacific, reef");
  }

  /** Mount points in a mounts table (kernel's octal escapes left as they are). */
  private static List<String> mountsOf(String table) throws IOException {
    List<String> points = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(table), StandardCharsets.UTF_8)) {
      String[] f = line.split(" ");
      if (f.length > 1) {
        points.add(f[1]);
      }
    }
    return points;
  }

  private static List<String> mountsUnder(Path p) throws IOException {
    String prefix = p.toString();
    return mountsOf("/proc/self/mounts").stream()
        .filter(m -> m.equals(prefix) || m.startsWith(prefix + "/"))
        .toList();
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      names.add(it.next().getKey());
    }
    return names;
  }
}
