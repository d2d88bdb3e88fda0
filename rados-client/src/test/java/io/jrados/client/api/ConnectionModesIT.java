package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterConfig;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The mode a session gets is the first of ours the cluster allows, as Ceph chooses it. */
class ConnectionModesIT {

  @Nested
  @CephClusterConfig(osds = 0, conf = "global/ms_mon_service_mode=secure")
  class ClusterForcingSecure {
    @Test
    void evenACrcFirstClientGetsSecure(CephCluster c) {
      try (RadosClient client = MonSessionIT.connect(c, "--ms_mon_client_mode", "crc secure")) {
        assertThat(client.sessionMode()).isEqualTo("secure");
        assertThat(client.monCommand("{\"prefix\": \"fsid\"}").outputString().strip())
            .isEqualTo(c.fsid());
      }
    }
  }

  @Nested
  @CephClusterConfig(osds = 0, conf = "global/ms_mon_service_mode=crc")
  class ClusterForcingCrc {
    @Test
    void aSecureFirstClientGetsCrc(CephCluster c) {
      try (RadosClient client = MonSessionIT.connect(c)) {
        assertThat(client.sessionMode()).isEqualTo("crc");
        assertThat(client.monCommand("{\"prefix\": \"fsid\"}").outputString().strip())
            .isEqualTo(c.fsid());
      }
    }
  }
}
