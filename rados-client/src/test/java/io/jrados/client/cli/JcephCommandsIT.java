package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jrados.client.cli.JcephRunner.Result;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands jceph covers, each compared with what ceph prints on the same cluster. */
@ExtendWith(CephClusterExtension.class)
class JcephCommandsIT {
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mon dump",
        "osd dump",
        "osd tree",
        "osd pool ls detail",
        "quorum_status",
        "auth get client.admin",
        "auth ls",
        "versions",
        "config dump",
        "config get mon.a mon_max_pg_per_osd",
        "health detail",
        "osd crush rule ls",
        "mon stat",
        "fsid"
      })
  void jsonOutputEqualsCephs(String command, CephCluster c) throws Exception {
    String[] words = command.split(" ");
    List<String> args = new ArrayList<>(List.of(words));
    args.add("-f");
    args.add("json");
    String[] argv = args.toArray(String[]::new);
    // jceph prints what the mon answered, so the two can differ only if the cluster changed
    // between the calls (a new osdmap epoch as another test's pool gets its PGs). Ceph is asked
    // before and after jceph; when both its answers agree, the state held still across jceph's
    // call, and jceph's answer must equal it.
    JsonNode ours = null;
    JsonNode before = null;
    JsonNode after = withoutQuorumAge(c.cephJson(words));
    for (int attempt = 0; attempt < 5 && !after.equals(before); attempt++) {
      before = after;
      Result run = JcephRunner.run(c.confPath().toString(), argv);
      assertThat(run.exitCode()).as(run.stderr()).isZero();
      ours = withoutQuorumAge(json.readTree(run.stdout()));
      after = withoutQuorumAge(c.cephJson(words));
    }
    assertThat(after).as("%s: ceph's answer kept changing", command).isEqualTo(before);
    assertThat(ours).as(command).isEqualTo(after);
  }

  /** The one field that moves with no change of state: seconds since the quorum formed. */
  private static JsonNode withoutQuorumAge(JsonNode n) {
    if (n instanceof ObjectNode o) {
      o.remove("quorum_age");
    }
    return n;
  }

  @Test
  void dfReportsTheSamePoolsAndCapacity(CephCluster c) throws Exception {
    // The mgr creates its own pool shortly after start; compare once both calls see one state.
    List<String> poolsA = List.of();
    List<String> poolsB = List.of("(not read)");
    JsonNode a = null;
    JsonNode b = null;
    for (int attempt = 0; attempt < 10 && !poolsA.equals(poolsB); attempt++) {
      if (attempt > 0) {
        Thread.sleep(1000);
      }
      Result ours = JcephRunner.run(c.confPath().toString(), "df", "-f", "json");
      assertThat(ours.exitCode()).as(ours.stderr()).isZero();
      a = json.readTree(ours.stdout());
      b = c.cephJson("df");
      poolsA = poolNames(a);
      poolsB = poolNames(b);
    }
    assertThat(poolsA).isEqualTo(poolsB);
    assertThat(a.path("stats").path("total_bytes")).isEqualTo(b.path("stats").path("total_bytes"));
  }

  private static List<String> poolNames(JsonNode df) {
    List<String> names = new ArrayList<>();
    df.path("pools").forEach(p -> names.add(p.path("name").asText()));
    return names;
  }

  @Test
  void configSetIsSeenByCephAndPlainOutputMatches(CephCluster c) {
    Result set =
        JcephRunner.run(
            c.confPath().toString(), "config", "set", "global", "mon_max_pg_per_osd", "301");
    assertThat(set.exitCode()).as(set.stderr()).isZero();
    assertThat(c.ceph("config", "get", "mon.a", "mon_max_pg_per_osd").requireOk().stdout().strip())
        .isEqualTo("301");
    Result get =
        JcephRunner.run(c.confPath().toString(), "config", "get", "mon.a", "mon_max_pg_per_osd");
    assertThat(get.stdout().strip()).isEqualTo("301");
    JcephRunner.run(c.confPath().toString(), "config", "rm", "global", "mon_max_pg_per_osd");
  }
}
