package io.jrados.testcluster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.testcluster.CephClusterSpec;
import io.jrados.testcluster.MonAddress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CephConfWriterTest {
  private final ClusterLayout layout = new ClusterLayout(Path.of("/tmp/c"), Path.of("/tmp/c/run"));
  private final List<MonAddress> mons =
      List.of(
          new MonAddress("a", "127.0.0.1", 40001, 0),
          new MonAddress("b", "127.0.0.1", 40002, 40003));

  @Test
  void monHostListsEveryMonsAddressVector() {
    String conf = CephConfWriter.render(CephClusterSpec.builder().build(), layout, "f", mons);
    assertThat(conf)
        .contains("mon host = [v2:127.0.0.1:40001],[v2:127.0.0.1:40002,v1:127.0.0.1:40003]");
    assertThat(conf).contains("ms bind msgr1 = false");
    assertThat(conf).contains("auth client required = cephx");
  }

  @Test
  void specOptionsReplaceBaseOptionsWhateverTheSpelling() {
    CephClusterSpec spec =
        CephClusterSpec.builder().conf("global/osd_pool_default_size=2").conf("mon/x y=z").build();
    String conf = CephConfWriter.render(spec, layout, "f", mons);
    assertThat(conf).contains("osd_pool_default_size = 2");
    assertThat(conf).doesNotContain("osd pool default size = 1");
    assertThat(conf).contains("[mon]\n\tx y = z\n");
  }

  @Test
  void optionNamesNormalizeLikeCeph() {
    assertThat(CephConfWriter.normalize(" Mon Data_Avail-warn ")).isEqualTo("mon_data_avail_warn");
  }
}
