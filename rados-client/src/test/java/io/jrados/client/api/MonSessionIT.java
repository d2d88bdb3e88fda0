package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** RadosClient against the shared real cluster, with the ceph CLI as the oracle. */
@ExtendWith(CephClusterExtension.class)
class MonSessionIT {
  private final ObjectMapper json = new ObjectMapper();

  static RadosClient connect(CephCluster c, String... extraArgs) {
    String[] args = new String[2 + extraArgs.length];
    args[0] = "-c";
    args[1] = c.confPath().toString();
    System.arraycopy(extraArgs, 0, args, 2, extraArgs.length);
    RadosClient client = RadosClient.create(ClientOptions.fromArgs(args, Map.of()).options());
    try {
      client.connect();
      return client;
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  @Test
  void statusAgreesWithTheCephCli(CephCluster c) throws Exception {
    try (RadosClient client = connect(c)) {
      // The mgr changes the osdmap shortly after start (its pool); compare while nothing moves:
      // ceph's view before and after ours must agree.
      JsonNode ours = null;
      JsonNode theirs = null;
      for (int i = 0; i < 10; i++) {
        JsonNode before = c.cephJson("status").path("osdmap");
        ours =
            json.readTree(
                client
                    .monCommand("{\"prefix\": \"status\", \"format\": \"json\"}")
                    .orThrow("status")
                    .output());
        theirs = c.cephJson("status");
        if (before.path("epoch").equals(theirs.path("osdmap").path("epoch"))) {
          break;
        }
      }
      assertThat(ours.path("fsid").asText())
          .isEqualTo(theirs.path("fsid").asText())
          .isEqualTo(c.fsid());
      assertThat(ours.path("quorum_names")).isEqualTo(theirs.path("quorum_names"));
      assertThat(ours.path("monmap").path("epoch")).isEqualTo(theirs.path("monmap").path("epoch"));
      assertThat(ours.path("osdmap").path("epoch")).isEqualTo(theirs.path("osdmap").path("epoch"));
      assertThat(ours.path("osdmap").path("num_up_osds"))
          .isEqualTo(theirs.path("osdmap").path("num_up_osds"));
      assertThat(client.fsid()).isEqualTo(c.fsid());
      assertThat(client.monitorMap().monitors()).extracting(MonitorInfo::name).containsExactly("a");
      assertThat(client.sessionMon()).isEqualTo("a");
      // Pacific's default ms_mon_client_mode is "secure crc", and the mon allows both.
      assertThat(client.sessionMode()).isEqualTo("secure");
    }
  }

  @Test
  void aCommandTheMonRejectsCarriesErrnoAndStatus(CephCluster c) {
    try (RadosClient client = connect(c)) {
      MonCommandResult r =
          client.monCommand(
              "{\"prefix\": \"osd pool get\", \"pool\": \"nosuch\", \"var\": \"size\"}");
      assertThat(r.returnCode()).isEqualTo(-2);
      assertThat(r.status()).isEqualTo("unrecognized pool 'nosuch'");
      assertThatThrownBy(() -> r.orThrow("osd pool get"))
          .isInstanceOf(MonCommandException.class)
          .hasMessageStartingWith("Error ENOENT: unrecognized pool 'nosuch'");
    }
  }

  @Test
  void malformedJsonAndUnknownCommandsAreTheMonsEinval(CephCluster c) {
    try (RadosClient client = connect(c)) {
      MonCommandResult broken = client.monCommand("{\"prefix\": \"status\"");
      assertThat(broken.returnCode()).isEqualTo(-22);
      assertThat(broken.status()).startsWith("unparseable JSON");
      assertThatThrownBy(() -> broken.orThrow("status"))
          .hasMessageStartingWith("Error EINVAL: unparseable JSON");
      MonCommandResult unknown = client.monCommand("{\"prefix\": \"no such command\"}");
      assertThat(unknown.returnCode()).isEqualTo(-22);
      assertThat(unknown.status()).isEqualTo("command not known");
    }
  }

  @Test
  void crcCanBeAskedFor(CephCluster c) {
    try (RadosClient client = connect(c, "--ms_mon_client_mode", "crc")) {
      assertThat(client.sessionMode()).isEqualTo("crc");
      assertThat(client.monCommand("{\"prefix\": \"fsid\"}").outputString().strip())
          .isEqualTo(c.fsid());
    }
  }

  @Test
  void aWrongKeyFailsFastWithoutTheKey(CephCluster c) {
    String wrong = io.jrados.testcluster.internal.CephxKeys.newSecret();
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> connect(c, "--key", wrong, "--connect-timeout", "20"))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("EACCES")
        .hasMessageNotContaining(wrong);
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10_000);
  }
}
