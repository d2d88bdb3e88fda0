package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("-f");
    args.add("json");
    Result ours = JcephRunner.run(c.confPath().toString(), args.toArray(String[]::new));
    assertThat(ours.exitCode()).as(ours.stderr()).isZero();
    String theirs = c.ceph(args.toArray(String[]::new)).requireOk().stdout();
    JsonNode a = json.readTree(ours.stdout());
    JsonNode b = json.readTree(theirs);
    // The one field that moves between two calls: seconds since the quorum formed.
    for (JsonNode n : List.of(a, b)) {
      if (n.isObject()) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("quorum_age");
      }
    }
    assertThat(a).as(command).isEqualTo(b);
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
