package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jrados.protocol.messages.MGetPoolStatsReply;
import io.jrados.protocol.messages.MStatfsReply;
import io.jrados.protocol.messages.ObjectStatSum;
import io.jrados.protocol.messages.PaxosHeader;
import io.jrados.protocol.messages.PoolStat;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * rados df's table and JSON from the numbers rados printed (df.json and df.out were captured one
 * after the other from the same idle cluster).
 */
class DfRenderingTest {
  @Test
  void tableAndJsonAreRadosDfs() throws Exception {
    JsonNode golden = new ObjectMapper().readTree(Golden.text("df.json"));
    Map<String, PoolStat> pools = new TreeMap<>();
    Map<String, Long> ids = new HashMap<>();
    for (JsonNode p : golden.path("pools")) {
      long[] c = new long[ObjectStatSum.COUNTERS];
      c[0] = p.path("size_bytes").asLong();
      c[1] = p.path("num_objects").asLong();
      c[2] = p.path("num_object_clones").asLong();
      c[3] = p.path("num_object_copies").asLong();
      c[4] = p.path("num_objects_missing_on_primary").asLong();
      c[5] = p.path("num_objects_degraded").asLong();
      c[6] = p.path("num_objects_unfound").asLong();
      c[7] = p.path("read_ops").asLong();
      c[8] = p.path("read_bytes").asLong() / 1024;
      c[9] = p.path("write_ops").asLong();
      c[10] = p.path("write_bytes").asLong() / 1024;
      long[] store = new long[10];
      store[6] = p.path("compress_bytes_used").asLong();
      store[7] = p.path("compress_under_bytes").asLong();
      pools.put(p.path("name").asText(), new PoolStat(new ObjectStatSum(c), 0, 0, 1, 1, store, 1));
      ids.put(p.path("name").asText(), p.path("id").asLong());
    }
    MGetPoolStatsReply stats =
        new MGetPoolStatsReply(PaxosHeader.CLIENT, new UUID(1, 2), pools, false);
    MStatfsReply totals =
        new MStatfsReply(
            new UUID(1, 2),
            1,
            golden.path("total_space").asLong(),
            golden.path("total_used").asLong(),
            golden.path("total_avail").asLong(),
            golden.path("total_objects").asLong());
    assertThat(DfCommand.table(stats) + "\n" + DfCommand.totals(totals))
        .isEqualTo(Golden.text("df.out"));
    assertThat(DfCommand.json(stats, ids, totals)).isEqualTo(Golden.text("df.json").strip());
  }
}
