package io.jrados.testcluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jrados.testcluster.junit.CephClusterExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JVM-wide shared cluster (1 mon + 1 OSD + mgr), checked with Ceph's own tools. */
@ExtendWith(CephClusterExtension.class)
class SharedClusterIT {

  @Test
  void monIsInQuorumAndOsdIsUpAsTheCephCliSeesIt(CephCluster c) {
    assertThat(c.backend()).isEqualTo(Backend.NATIVE);
    assertThat(c.waitForQuorum(1, Duration.ofSeconds(30))).containsExactly("a");
    JsonNode osd = c.cephJson("osd", "stat");
    assertThat(osd.path("num_up_osds").asInt()).isEqualTo(1);
    assertThat(osd.path("num_in_osds").asInt()).isEqualTo(1);
    assertThat(c.ceph("fsid").requireOk().stdout().strip()).isEqualTo(c.fsid());
    assertThat(c.startupTime()).isPositive();
  }

  @Test
  void monmapHoldsTheAddressesTheClusterReports(CephCluster c) {
    JsonNode dump = c.cephJson("mon", "dump");
    List<String> seen = new ArrayList<>();
    for (JsonNode addr : dump.path("mons").get(0).path("public_addrs").path("addrvec")) {
      seen.add(addr.path("type").asText() + ":" + addr.path("addr").asText());
    }
    assertThat(seen).containsExactlyElementsOf(c.monHosts());
    assertThat(c.monHosts()).allMatch(h -> h.startsWith("v2:127.0.0.1:"));
    assertThat(Files.isRegularFile(c.confPath())).isTrue();
    assertThat(c.adminKey()).matches("[A-Za-z0-9+/=]{40}");
  }

  @Test
  void mgrIsActiveAndHealthIsOk(CephCluster c) {
    assertThat(c.cephJson("mgr", "stat").path("available").asBoolean()).isTrue();
    c.waitForHealthOk(Duration.ofSeconds(60));
  }

  @Test
  void poolsCanBeCreatedUsedWithRadosAndDeleted(CephCluster c) throws IOException {
    c.createPool("shared-it", 8);
    try {
      Path in = Files.createTempFile("obj", ".bin");
      Files.writeString(in, "hello ceph");
      c.rados("-p", "shared-it", "put", "greeting", in.toString()).requireOk();
      assertThat(c.rados("-p", "shared-it", "get", "greeting", "-").requireOk().stdout())
          .isEqualTo("hello ceph");
      Files.delete(in);
    } finally {
      c.deletePool("shared-it");
    }
    assertThat(c.ceph("osd", "pool", "ls").requireOk().stdout()).doesNotContain("shared-it");
  }

  @Test
  void waitingForMoreOsdsThanExistSaysWhatItSaw(CephCluster c) {
    assertThatThrownBy(() -> c.waitForOsdsUp(2, Duration.ofSeconds(2)))
        .isInstanceOf(ClusterNotReadyException.class)
        .hasMessageContaining("2 OSDs up")
        .hasMessageContaining("1 of 1 OSDs up, want 2");
  }

  @Test
  void osdStoppedMarkedAndRestartedComesBackUp(CephCluster c) {
    DaemonId osd = DaemonId.osd(0);
    long pid = c.pid(osd);
    c.stop(osd);
    assertThat(c.isRunning(osd)).isFalse();
    c.markOsdDown(0);
    c.start(osd);
    assertThat(c.pid(osd)).isNotEqualTo(pid);
    c.waitForOsdsUp(1, Duration.ofSeconds(60));
  }

  @Test
  void aMonThatCannotBindItsPortFailsToStartWithItsLogTail(CephCluster c) throws IOException {
    DaemonId mon = DaemonId.mon("a");
    MonAddress addr = c.monAddresses().get(0);
    c.stop(mon);
    try (ServerSocket squatter =
        new ServerSocket(addr.v2Port(), 1, InetAddress.getByName(addr.host()))) {
      assertThat(squatter.isBound()).isTrue();
      assertThatThrownBy(() -> c.start(mon))
          .isInstanceOf(DaemonStartException.class)
          .hasMessageContaining("mon.a failed to start")
          .hasMessageContaining("last lines of its log");
    } finally {
      if (!c.isRunning(mon)) {
        c.start(mon);
      }
    }
    assertThat(c.waitForQuorum(1, Duration.ofSeconds(60))).containsExactly("a");
    c.waitForOsdsUp(1, Duration.ofSeconds(60));
  }
}
