package io.jrados.client.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetaVariablesTest {
  private static final Map<String, String> OPTIONS =
      Map.of(
          "run_dir", "/run/ceph",
          "admin_socket", "$run_dir/$name.asok",
          "log_file", "$admin_socket.log",
          "a_loop", "$b_loop/a",
          "b_loop", "$a_loop/b",
          "self", "$self/x");

  private final MetaVariables meta =
      new MetaVariables(
          "prod",
          "client.rgw.gw1",
          () -> "node7",
          4242,
          "/home/ceph",
          name -> Optional.ofNullable(OPTIONS.get(name)));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/etc/ceph/$cluster.$name.keyring|/etc/ceph/prod.client.rgw.gw1.keyring",
        "$type/$id/$num|client/rgw.gw1/rgw.gw1",
        "${cluster}x${name}y|prodxclient.rgw.gw1y",
        "$host.$pid|node7.4242",
        "$run_dir/a|/run/ceph/a",
        "$log_file|/run/ceph/client.rgw.gw1.asok.log",
        "$not_an_option/$data_dir|$not_an_option/$data_dir",
        "${not_an_option}|${not_an_option}",
        "cost $5 or $|cost $5 or $",
        "$$x|$$x",
        "pre ${cluster|pre $",
        "${clu-ster}|$-ster}",
        "x/$home/y|/home/ceph/y",
        "$a_loop|$a_loop/a",
        "$self/y|$self/y",
        "$CLUSTER|$CLUSTER",
      })
  void expandsAsCephDoes(String raw, String expanded) {
    assertThat(meta.expand(raw)).isEqualTo(expanded);
  }

  @Test
  void hostOptionOverridesTheHostName() {
    MetaVariables withHost =
        new MetaVariables(
            "ceph",
            "client.admin",
            () -> "node7",
            1,
            "",
            name -> name.equals("host") ? Optional.of("configured") : Optional.empty());
    assertThat(withHost.expand("$host")).isEqualTo("configured");
  }

  @Test
  void textWithoutDollarIsReturnedAsIs() {
    assertThat(meta.expand("/plain/path")).isEqualTo("/plain/path");
  }
}
