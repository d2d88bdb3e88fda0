package io.jrados.testcluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A 3-mon/3-OSD cluster through its whole life: quorum, a killed mon, recovery, close. */
class ThreeMonClusterIT {

  @Test
  void quorumSurvivesAKilledMonAndCloseLeavesNothingBehind() {
    List<Long> pids = new ArrayList<>();
    Path dir;
    try (CephCluster c =
        CephTestClusters.start(CephClusterSpec.builder().mons(3).osds(3).build())) {
      dir = c.dataDir();
      assertThat(c.waitForQuorum(3, Duration.ofSeconds(60)))
          .containsExactlyInAnyOrder("a", "b", "c");
      assertThat(c.cephJson("osd", "stat").path("num_up_osds").asInt()).isEqualTo(3);
      assertThat(c.cephJson("mon", "dump").path("mons").size()).isEqualTo(3);
      for (DaemonId d : c.daemons()) {
        pids.add(c.pid(d));
      }
      assertThat(pids).hasSize(6);

      long t0 = System.nanoTime();
      c.kill(DaemonId.mon("a"));
      List<String> two = c.waitForQuorum(2, Duration.ofSeconds(90));
      assertThat(two).containsExactlyInAnyOrder("b", "c");
      System.out.printf(
          "ThreeMonClusterIT: quorum 2 of 3 %.1f s after SIGKILL of mon.a%n",
          (System.nanoTime() - t0) / 1e9);

      t0 = System.nanoTime();
      c.start(DaemonId.mon("a"));
      assertThat(c.waitForQuorum(3, Duration.ofSeconds(90)))
          .containsExactlyInAnyOrder("a", "b", "c");
      System.out.printf(
          "ThreeMonClusterIT: quorum 3 of 3 %.1f s after restarting mon.a%n",
          (System.nanoTime() - t0) / 1e9);
      pids.add(c.pid(DaemonId.mon("a")));
    }
    for (long pid : pids) {
      assertThat(isLiveProcess(pid)).as("pid %d after close", pid).isFalse();
    }
    assertThat(Files.exists(dir)).as("scratch dir removed").isFalse();
    assertThat(processesMentioning(dir)).isEmpty();
  }

  /** Zombies (this sandbox's init does not reap) hold nothing and count as gone. */
  static boolean isLiveProcess(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** Live processes whose command line names a path under {@code dir}. */
  static List<Long> processesMentioning(Path dir) {
    List<Long> found = new ArrayList<>();
    ProcessHandle.allProcesses()
        .forEach(
            p ->
                p.info()
                    .arguments()
                    .ifPresent(
                        args -> {
                          if (String.join(" ", args).contains(dir.toString())
                              && isLiveProcess(p.pid())) {
                            found.add(p.pid());
                          }
                        }));
    return found;
  }
}
