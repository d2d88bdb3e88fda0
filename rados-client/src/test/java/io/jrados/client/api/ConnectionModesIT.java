package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterConfig;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  /**
   * OSD sessions in secure mode: an OSD that serves clients only in secure mode takes jrados' I/O,
   * large frames included, and what either client writes the other reads.
   */
  @Nested
  @CephClusterConfig(conf = "osd/ms_service_mode=secure")
  class OsdsForcingSecure {
    @Test
    void objectsRoundTripOverSecureOsdSessions(CephCluster c, @TempDir Path tmp) throws Exception {
      c.createPool("secure", 8);
      try (RadosClient client = MonSessionIT.connect(c)) {
        IoCtx io = client.ioCtx("secure");
        for (int size : new int[] {0, 4096, (4 << 20) + 1, 16 << 20}) {
          byte[] data = new byte[size];
          new Random(size).nextBytes(data);
          io.writeFull("j2r-" + size, data);
          Path out = tmp.resolve("out-" + size);
          c.rados("-p", "secure", "get", "j2r-" + size, out.toString()).requireOk();
          assertThat(Files.readAllBytes(out)).as("rados reads %d bytes", size).isEqualTo(data);

          Path in = tmp.resolve("in-" + size);
          Files.write(in, data);
          c.rados("-p", "secure", "put", "r2j-" + size, in.toString()).requireOk();
          ByteBuf got = io.readBufferAsync("r2j-" + size, 0, size).get(60, TimeUnit.SECONDS);
          try {
            assertThat(ByteBufUtil.getBytes(got)).as("jrados reads %d bytes", size).isEqualTo(data);
          } finally {
            got.release();
          }
        }
      }
    }

    @Test
    void aCrcOnlyClientIsRefusedClearly(CephCluster c) {
      c.createPool("secure", 8);
      try (RadosClient client =
          MonSessionIT.connect(c, "--ms_client_mode", "crc", "--rados_osd_op_timeout", "10")) {
        IoCtx io = client.ioCtx("secure");
        assertThatThrownBy(() -> io.writeFull("refused", new byte[] {1}))
            .isInstanceOf(RadosTimeoutException.class)
            .hasMessageContaining("no session with osd.0 at v2:127.0.0.1:")
            .hasMessageContaining(
                "it allows connection modes [secure] and we offered [crc] (ms_client_mode");
      }
    }
  }
}
