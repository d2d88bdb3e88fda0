package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jrados.client.cli.JcephRunner.Result;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.CommandResult;
import io.jrados.testcluster.internal.CephxKeys;
import io.jrados.testcluster.junit.CephClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** jceph against the real cluster, with the ceph tool on the same cluster as the oracle. */
@ExtendWith(CephClusterExtension.class)
class JcephIT {
  private final ObjectMapper json = new ObjectMapper();

  private static Result jceph(CephCluster c, String... args) {
    return JcephRunner.run(c.confPath().toString(), args);
  }

  @Test
  void statusAgreesWithCeph(CephCluster c) throws Exception {
    // Compare while the osdmap stands still (the mgr adds its pool shortly after start).
    JsonNode ours = null;
    JsonNode theirs = null;
    for (int i = 0; i < 10; i++) {
      JsonNode before = c.cephJson("status").path("osdmap");
      Result r = jceph(c, "status", "-f", "json");
      assertThat(r.exitCode()).as(r.stderr()).isZero();
      ours = json.readTree(r.stdout());
      theirs = c.cephJson("status");
      if (before.path("epoch").equals(theirs.path("osdmap").path("epoch"))) {
        break;
      }
    }
    assertThat(ours.path("fsid")).isEqualTo(theirs.path("fsid"));
    assertThat(ours.path("quorum_names")).isEqualTo(theirs.path("quorum_names"));
    assertThat(ours.path("monmap").path("epoch")).isEqualTo(theirs.path("monmap").path("epoch"));
    assertThat(ours.path("osdmap").path("epoch")).isEqualTo(theirs.path("osdmap").path("epoch"));
    assertThat(ours.path("osdmap").path("num_up_osds"))
        .isEqualTo(theirs.path("osdmap").path("num_up_osds"));
    Result s = jceph(c, "-s");
    assertThat(s.stdout()).contains("cluster:").contains("id:     " + c.fsid());
  }

  @Test
  void osdTreeJsonIsByteForByteCephs(CephCluster c) {
    Result r = jceph(c, "osd", "tree", "-f", "json");
    CommandResult theirs = c.ceph("osd", "tree", "-f", "json").requireOk();
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).isEqualTo(theirs.stdout());
  }

  @Test
  void poolCreateListDeleteRoundTrips(CephCluster c) {
    Result create = jceph(c, "osd", "pool", "create", "jceph-it", "8");
    assertThat(create.exitCode()).as(create.stderr()).isZero();
    assertThat(create.stderr().strip()).isEqualTo("pool 'jceph-it' created");
    assertThat(jceph(c, "osd", "pool", "ls").stdout().lines()).contains("jceph-it");
    assertThat(c.ceph("osd", "pool", "ls").requireOk().stdout().lines()).contains("jceph-it");
    Result size = jceph(c, "osd", "pool", "get", "jceph-it", "size", "-f", "json");
    assertThat(size.stdout()).contains("\"size\":1");
    Result delete =
        jceph(c, "osd", "pool", "delete", "jceph-it", "jceph-it", "--yes-i-really-really-mean-it");
    assertThat(delete.exitCode()).as(delete.stderr()).isZero();
    assertThat(delete.stderr().strip()).isEqualTo("pool 'jceph-it' removed");
    assertThat(c.ceph("osd", "pool", "ls").requireOk().stdout().lines()).doesNotContain("jceph-it");
  }

  @Test
  void errorsReadAndExitLikeCephs(CephCluster c) {
    Result missing = jceph(c, "osd", "pool", "get", "nosuch", "size");
    CommandResult cephMissing = c.ceph("osd", "pool", "get", "nosuch", "size");
    assertThat(missing.exitCode()).isEqualTo(cephMissing.exitCode()).isEqualTo(2);
    assertThat(missing.stderr()).isEqualTo(cephMissing.stderr());

    Result unknown = jceph(c, "osd", "pool", "frobnicate");
    CommandResult cephUnknown = c.ceph("osd", "pool", "frobnicate");
    assertThat(unknown.exitCode()).isEqualTo(cephUnknown.exitCode()).isEqualTo(22);
    assertThat(unknown.stderr().strip()).isEqualTo(cephUnknown.stderr().strip());
  }

  @Test
  void wrongKeyUnknownUserAndUnreachableMonsFailFastWithoutATrace(CephCluster c) {
    String wrong = CephxKeys.newSecret();
    long t0 = System.nanoTime();
    Result badKey = jceph(c, "--key", wrong, "status");
    assertThat(badKey.exitCode()).isEqualTo(13);
    assertThat(badKey.stderr()).contains("EACCES").doesNotContain(wrong).doesNotContain("\tat ");

    Result unknownUser = jceph(c, "--id", "nobody", "--key", wrong, "status");
    assertThat(unknownUser.exitCode()).isEqualTo(13);
    assertThat(unknownUser.stderr()).contains("client.nobody").doesNotContain("\tat ");

    Result noMon = jceph(c, "-m", "127.0.0.1:1", "--connect-timeout", "3", "status");
    assertThat(noMon.exitCode()).isNotZero();
    assertThat(noMon.stderr()).contains("127.0.0.1:1").doesNotContain("\tat ");
    assertThat((System.nanoTime() - t0) / 1_000_000_000).isLessThan(20);

    Result debug = jceph(c, "-m", "127.0.0.1:1", "--connect-timeout", "1", "--debug", "status");
    assertThat(debug.stderr()).contains("\tat ");
  }
}
