package io.jrados.testcluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.testcluster.junit.CephClusterConfig;
import org.junit.jupiter.api.Test;

/** A class asking for a cluster of its own, with its own config, through the extension. */
@CephClusterConfig(
    mons = 1,
    osds = 0,
    msgr1 = true,
    conf = {"mon/ms_mon_service_mode=secure", "global/auth service ticket ttl = 120"})
class OwnClusterConfigIT {

  @Test
  void gotItsOwnClusterWithItsOwnOptions(CephCluster c) {
    assertThat(c.spec().osds()).isZero();
    assertThat(c.cephJson("osd", "stat").path("num_osds").asInt()).isZero();
    assertThat(c.monHosts()).hasSize(2);
    assertThat(c.monHosts().get(1)).startsWith("v1:127.0.0.1:");
    // The daemon itself, through its admin socket, reports the options we asked for.
    assertThat(
            c.ceph("daemon", "mon.a", "config", "get", "ms_mon_service_mode").requireOk().stdout())
        .contains("\"secure\"");
    assertThat(
            c.ceph("daemon", "mon.a", "config", "get", "auth_service_ticket_ttl")
                .requireOk()
                .stdout())
        .contains("120");
  }
}
