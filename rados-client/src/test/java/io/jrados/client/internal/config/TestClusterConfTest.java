package io.jrados.client.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jrados.client.api.ClientOptions;
import io.jrados.client.api.MonAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ceph.conf that {@code bin/ceph-test-cluster start --mons 3 --msgr1} wrote, saved beside the
 * JSON line the launcher printed for it: our options must find the same monitors and keyring.
 */
class TestClusterConfTest {
  private static final Path FIXTURES = CephConfFileTest.FIXTURES;

  @Test
  void monAddressesAndKeyringMatchTheLaunchersReport() throws Exception {
    JsonNode launcher = new ObjectMapper().readTree(FIXTURES.resolve("test-cluster.json").toFile());
    ClientOptions options =
        new ClientOptionsLoader(Map.of(), () -> "host", 1)
            .load(List.of("-c", FIXTURES.resolve("test-cluster.conf").toString()))
            .options();

    List<String> ours = new ArrayList<>();
    for (List<MonAddress> mon : options.monHosts().orElseThrow().mons()) {
      assertThat(mon).hasSize(2);
      mon.forEach(a -> ours.add(a.toString()));
    }
    List<String> theirs = new ArrayList<>();
    launcher.get("mon_hosts").forEach(n -> theirs.add(n.asText()));
    assertThat(ours).isEqualTo(theirs);
    assertThat(options.keyringPaths()).containsExactly(Path.of(launcher.get("keyring").asText()));
    assertThat(options.cluster()).isEqualTo("test-cluster");
    assertThat(options.otherOption("fsid")).contains(launcher.get("fsid").asText());
    assertThat(options.otherOption("admin socket"))
        .contains("/tmp/cfgx-cluster/run/client.admin.asok");
  }
}
